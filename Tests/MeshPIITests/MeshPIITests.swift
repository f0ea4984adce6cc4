import Testing
@testable import MeshPII

@Suite struct MeshPIIModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
