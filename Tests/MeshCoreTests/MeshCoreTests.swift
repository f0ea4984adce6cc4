import Testing
@testable import MeshCore

@Suite struct MeshCoreModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
