import Testing
@testable import MeshInterop

@Suite struct MeshInteropModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
