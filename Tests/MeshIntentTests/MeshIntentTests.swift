import Testing
@testable import MeshIntent

@Suite struct MeshIntentModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
