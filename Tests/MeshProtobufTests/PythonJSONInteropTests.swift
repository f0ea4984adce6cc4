import MeshProtobuf
import MeshProtos
import Testing

/// Our proto3 JSON against Python protobuf's `json_format`, both ways.
@Suite struct PythonJSONInteropTests {
  static let type = "mesh.testing.v1.AllTypes"

  @Test func pythonParsesOurJSONIntoTheSameMessage() async throws {
    let message = RoundTripTests.fullMessage()
    let bytes = try await PythonProtobufPeer.run("json2bin", type: Self.type,
                                                 input: Array(try ProtobufJSON.encode(message).utf8))
    #expect(try AllTypes(wireBytes: bytes) == message)
  }

  @Test func weParsePythonsJSONIntoTheSameMessage() async throws {
    let message = RoundTripTests.fullMessage()
    let json = try await PythonProtobufPeer.run("bin2json", type: Self.type, input: try message.wireBytes())
    #expect(try ProtobufJSON.decode(AllTypes.self, from: String(decoding: json, as: UTF8.self)) == message)
  }
}
