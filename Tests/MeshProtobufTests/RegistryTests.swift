import MeshProtobuf
import MeshProtos
import Testing

/// The generated registry against the protobuf-c descriptors it points at.
@Suite struct RegistryTests {
  @Test func everyMessageNameLeadsToItsOwnDescriptor() {
    #expect(ProtoRegistry.messages.count > 100)
    for (name, descriptor) in ProtoRegistry.messages {
      #expect(descriptor.fullName == name)
    }
  }

  /// Generated readers and writers address fields by index in number order: protoc-c must sort them so.
  @Test func protocCSortsEveryMessagesFieldsByNumber() {
    for (name, descriptor) in ProtoRegistry.messages {
      let numbers = (0..<descriptor.fieldCount).map { descriptor.fieldNumber(at: $0) }
      #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count, "\(name): \(numbers)")
    }
  }

  @Test func everyMethodNamesRegisteredTypes() {
    #expect(ProtoRegistry.methods["/grpc.testing.TestService/FullDuplexCall"]?.clientStreaming == true)
    #expect(ProtoRegistry.methods["/grpc.health.v1.Health/Watch"]?.serverStreaming == true)
    for method in ProtoRegistry.methods.values {
      #expect(ProtoRegistry.messages[method.inputType] != nil, "\(method.path) input")
      #expect(ProtoRegistry.messages[method.outputType] != nil, "\(method.path) output")
    }
  }

  @Test func generatedTypesAndTheRegistryAgree() {
    #expect(Grpc_Testing_SimpleRequest.protoMessageName == "grpc.testing.SimpleRequest")
    #expect(Mesh_Testing_V1_AllTypes.Nested.protoMessageName == "mesh.testing.v1.AllTypes.Nested")
    #expect(Google_Protobuf_Timestamp.protobufDescriptor.fieldName(at: 1) == "nanos")
  }
}
