import Testing
@testable import MeshTransport

@Suite struct MeshTransportModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
