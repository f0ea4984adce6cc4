import Testing
@testable import MeshStandardServices

@Suite struct MeshStandardServicesModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
