import Testing
@testable import MeshGenerator

@Suite struct MeshGeneratorModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
