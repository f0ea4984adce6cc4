import MeshProtobuf
import MeshProtos
import Testing

/// Our bytes read by protoc (C++ protobuf) and protoc's bytes read by us.
@Suite struct ProtocInteropTests {
  static let file = "mesh/testing/v1/all_types.proto"
  static let type = "mesh.testing.v1.AllTypes"

  @Test func protocReadsWhatWeWriteAndWeReadWhatProtocWrites() async throws {
    let message = RoundTripTests.fullMessage()
    let text = try await ProtocPeer.decode(try message.wireBytes(), type: Self.type, file: Self.file)
    #expect(text.contains("f_int64: -9223372036854775808"))
    #expect(text.contains("f_uint64: 18446744073709551615"))
    #expect(text.contains("f_color: COLOR_BLUE"))
    #expect(text.contains("label: \"grandchild\""))
    #expect(text.contains("c_nested {"))
    #expect(text.contains("o_int32: 0"))
    let back = try AllTypes(wireBytes: try await ProtocPeer.encode(text, type: Self.type, file: Self.file))
    #expect(back == message)
  }

  @Test func protocTextBecomesTheExpectedValue() async throws {
    let bytes = try await ProtocPeer.encode("""
      f_sint32: -2147483648
      f_string: "hello"
      r_sint64: [-1, 1]
      m_string_int32 { key: "k" value: 7 }
      o_bool: false
      c_color: COLOR_GREEN
      f_timestamp { seconds: -62135596800 nanos: 1 }
      """, type: Self.type, file: Self.file)
    let message = try AllTypes(wireBytes: bytes)
    var expected = AllTypes()
    expected.fSint32 = .min
    expected.fString = "hello"
    expected.rSint64 = [-1, 1]
    expected.mStringInt32 = ["k": 7]
    expected.oBool = false
    expected.choice = .cColor(.green)
    var timestamp = Google_Protobuf_Timestamp()
    timestamp.seconds = -62_135_596_800
    timestamp.nanos = 1
    expected.fTimestamp = timestamp
    #expect(message == expected)
  }

  @Test func reflectionDescriptorsAreFileDescriptorProtosProtocCanRead() async throws {
    let test = try #require(ProtoRegistry.files.first { $0.name == "grpc/testing/test.proto" })
    #expect(test.dependencies == ["grpc/testing/empty.proto", "grpc/testing/messages.proto"])
    #expect(test.symbols.contains("grpc.testing.TestService.FullDuplexCall"))
    let text = try await ProtocPeer.decode(test.serializedDescriptor, type: "google.protobuf.FileDescriptorProto",
                                           file: "google/protobuf/descriptor.proto")
    #expect(text.contains("name: \"grpc/testing/test.proto\""))
    #expect(text.contains("name: \"StreamingOutputCall\""))
    #expect(!text.contains("source_code_info"))
    // Every file's dependencies come before it, so a reflection client can build its pool in order.
    var seen: Set<String> = []
    for file in ProtoRegistry.files {
      #expect(file.dependencies.allSatisfy(seen.contains), "\(file.name) before its dependencies")
      seen.insert(file.name)
    }
  }
}

typealias AllTypes = Mesh_Testing_V1_AllTypes
