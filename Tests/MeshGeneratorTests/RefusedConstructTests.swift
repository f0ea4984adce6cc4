import MeshGenerator
import Testing

/// Constructs the generator cannot map to correct Swift are refused with the file, element and line.
@Suite struct RefusedConstructTests {
  private func error(_ text: String, file: String = "bad/test.proto") async throws -> GeneratorError? {
    let set = try await ProtocRunner.descriptorSet([file: text])
    return #expect(throws: GeneratorError.self) { try StubGenerator.generate(descriptorSet: set) }
  }

  @Test func requiredFields() async throws {
    let error = try await error("""
      syntax = "proto2";
      package bad;
      message M {
        required int32 id = 1;
      }
      """)
    #expect(error?.file == "bad/test.proto")
    #expect(error?.element == "field bad.M.id")
    #expect(error?.line == 4)
    #expect(error?.reason.contains("required") == true)
  }

  @Test func groups() async throws {
    let error = try await error("""
      syntax = "proto2";
      package bad;
      message M {
        optional group Result = 1 {
          optional string url = 2;
        }
      }
      """)
    #expect(error?.element == "field bad.M.result")
    #expect(error?.line == 4)
    #expect(error?.reason.contains("groups") == true)
  }

  @Test func extensionRanges() async throws {
    let error = try await error("""
      syntax = "proto2";
      package bad;
      message M {
        optional int32 a = 1;
        extensions 100 to 199;
      }
      """)
    #expect(error?.element == "message bad.M")
    #expect(error?.line == 5)
    #expect(error?.reason.contains("extension ranges") == true)
  }

  @Test func extensionsInProto3() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      import "google/protobuf/descriptor.proto";

      extend google.protobuf.MessageOptions {
        string table_name = 50000;
      }
      """)
    #expect(error?.element == "extension table_name")
    #expect(error?.line == 6)
    #expect(error?.reason.contains("extensions are not supported") == true)
  }

  @Test func proto2Files() async throws {
    let error = try await error("""
      syntax = "proto2";
      package bad;
      message M {
        optional int32 a = 1 [default = 7];
      }
      """)
    #expect(error?.element == "syntax")
    #expect(error?.line == 1)
    #expect(error?.reason.contains("only proto3") == true)
  }

  @Test func fieldsWithOneSwiftName() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      message M {
        int32 kindValue = 1;
        oneof kind_value {
          string text = 2;
        }
      }
      """)
    #expect(error?.element == "oneof bad.M.kind_value")
    #expect(error?.line == 5)
    #expect(error?.reason.contains("kindValue") == true)
  }

  @Test func typeNamesThatMeanSomethingElseInSwift() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      message M {
        message Type {
          int32 a = 1;
        }
        Type type = 1;
      }
      """)
    #expect(error?.element == "message bad.M.Type")
    #expect(error?.line == 4)
  }

  @Test func enumValuesReservedByTheGeneratedCode() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      enum Mode {
        MODE_FAST = 0;
        UNRECOGNIZED = 1;
      }
      """)
    #expect(error?.element == "enum value bad.Mode.UNRECOGNIZED")
    #expect(error?.line == 5)
  }

  @Test func methodsWithOneSwiftName() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      message M {}
      service S {
        rpc Get(M) returns (M);
        rpc get(M) returns (M);
      }
      """)
    #expect(error?.element == "method bad.S.get")
    #expect(error?.line == 6)
  }

  @Test func fieldsReservedByTheGeneratedCode() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      message M {
        string protobuf_descriptor = 1;
      }
      """)
    #expect(error?.element == "field bad.M.protobuf_descriptor")
    #expect(error?.reason.contains("reserved") == true)
  }

  @Test func customJSONNames() async throws {
    let error = try await error("""
      syntax = "proto3";
      package bad;
      message M {
        string user_name = 1 [json_name = "login"];
      }
      """)
    #expect(error?.element == "field bad.M.user_name")
    #expect(error?.line == 4)
    #expect(error?.reason.contains("json_name") == true)
  }

  @Test func bytesThatAreNotADescriptorSet() {
    let error = #expect(throws: GeneratorError.self) {
      try StubGenerator.generate(descriptorSet: [0x0A, 0x7F, 0x01])
    }
    #expect(error?.reason.contains("FileDescriptorSet") == true)
  }
}
