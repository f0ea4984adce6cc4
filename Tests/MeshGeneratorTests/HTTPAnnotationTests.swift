import Foundation
import MeshGenerator
import Testing

/// The generator reads `google.api.http` and `idempotency_level` from the descriptor set and writes them
/// into ProtoRegistry's method table.
@Suite struct HTTPAnnotationTests {
  private static let protos = GeneratedOutputTests.root.appendingPathComponent("Protos").path

  private func registry(_ text: String) async throws -> String {
    let set = try await ProtocRunner.descriptorSet(["shop/v1/shop.proto": text], includes: [Self.protos])
    let output = try StubGenerator.generate(descriptorSet: set)
    #expect(!output.swift.contains { $0.path.contains("annotations") || $0.path.contains("descriptor") },
            "files that only declare options get no Swift")
    let text = try #require(output.swift.first { $0.path == "ProtoRegistry.swift" }).contents
    return Self.unindented(text)
  }

  /// The text with each line's leading spaces removed, so expectations do not depend on nesting.
  private static func unindented(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0.drop { $0 == " " }) }.joined(separator: "\n")
  }

  private static let header = """
    syntax = "proto3";
    package shop.v1;
    import "google/api/annotations.proto";
    message Item { string id = 1; string shelf = 2; }
    message GetItemRequest { string name = 1; Item item = 2; }

    """

  @Test func rulesAndIdempotencyAreEmitted() async throws {
    let registry = try await registry(Self.header + """
      service Shop {
        rpc GetItem(GetItemRequest) returns (Item) {
          option (google.api.http) = {
            get: "/v1/{name=shelves/*/items/*}"
            additional_bindings { post: "/v1/items:get" body: "*" response_body: "id" }
            additional_bindings { custom { kind: "HEAD" path: "/v1/{name=**}" } }
          };
          option idempotency_level = NO_SIDE_EFFECTS;
        }
        rpc PutItem(GetItemRequest) returns (Item) {
          option (google.api.http) = { patch: "/v1/items/{item.id}" body: "item" };
          option idempotency_level = IDEMPOTENT;
        }
        rpc Plain(Item) returns (Item);
      }
      """)
    #expect(registry.contains("""
      "/shop.v1.Shop/GetItem": ProtoMethodInfo(
      path: "/shop.v1.Shop/GetItem", inputType: "shop.v1.GetItemRequest", outputType: "shop.v1.Item",
      clientStreaming: false, serverStreaming: false, idempotencyLevel: .noSideEffects,
      httpRules: [
      ProtoHTTPRule(method: "GET", path: "/v1/{name=shelves/*/items/*}"),
      ProtoHTTPRule(method: "POST", path: "/v1/items:get", body: "*", responseBody: "id"),
      ProtoHTTPRule(method: "HEAD", path: "/v1/{name=**}"),
      ]),
      """))
    #expect(registry.contains("""
      clientStreaming: false, serverStreaming: false, idempotencyLevel: .idempotent,
      httpRules: [
      ProtoHTTPRule(method: "PATCH", path: "/v1/items/{item.id}", body: "item"),
      ]),
      """))
    #expect(registry.contains("""
      "/shop.v1.Shop/Plain": ProtoMethodInfo(
      path: "/shop.v1.Shop/Plain", inputType: "shop.v1.Item", outputType: "shop.v1.Item",
      clientStreaming: false, serverStreaming: false),
      """))
    // Reflection still lists the option files, so clients can resolve the imports.
    #expect(registry.contains("name: \"google/api/annotations.proto\""))
    #expect(registry.contains("name: \"google/protobuf/descriptor.proto\""))
  }

  @Test func nestedAdditionalBindingsAreRefused() async throws {
    let set = try await ProtocRunner.descriptorSet(["shop/v1/shop.proto": Self.header + """
      service Shop {
        rpc GetItem(GetItemRequest) returns (Item) {
          option (google.api.http) = {
            get: "/v1/a"
            additional_bindings { get: "/v1/b" additional_bindings { get: "/v1/c" } }
          };
        }
      }
      """], includes: [Self.protos])
    let error = #expect(throws: GeneratorError.self) { try StubGenerator.generate(descriptorSet: set) }
    #expect(error?.element == "method shop.v1.Shop.GetItem")
    #expect(error?.reason.contains("must not nest") == true)
  }

  @Test func customOptionsOtherThanGoogleAPIsAreRefused() async throws {
    let set = try await ProtocRunner.descriptorSet(["bad/opts.proto": """
      syntax = "proto3";
      package bad;
      import "google/protobuf/descriptor.proto";
      message Note { string text = 1; }
      extend google.protobuf.MethodOptions { Note note = 50001; }
      """])
    let error = #expect(throws: GeneratorError.self) { try StubGenerator.generate(descriptorSet: set) }
    #expect(error?.reason.contains("extensions are not supported") == true)
  }
}
