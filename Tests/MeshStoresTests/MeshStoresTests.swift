import Testing
@testable import MeshStores

@Suite struct MeshStoresModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
