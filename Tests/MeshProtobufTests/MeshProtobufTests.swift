import Testing
@testable import MeshProtobuf

@Suite struct MeshProtobufModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
