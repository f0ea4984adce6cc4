import Foundation
import MeshGenerator
import Testing

/// What the generator writes for valid protos.
@Suite struct GeneratedOutputTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func repositoryOutput() async throws -> StubGenerator.Output {
    let protos = root.appendingPathComponent("Protos")
    let files = FileManager.default.enumerator(atPath: protos.path)!.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".proto") }.sorted()
    return try StubGenerator.generate(descriptorSet: try await ProtocRunner.run(includes: [protos.path], files: files))
  }

  @Test func theCommittedStubsAreWhatTheGeneratorWrites() async throws {
    let output = try await Self.repositoryOutput()
    for file in output.swift {
      let committed = try String(
        contentsOf: Self.root.appendingPathComponent("Sources/MeshProtos/" + file.path), encoding: .utf8)
      #expect(committed == file.contents, "Sources/MeshProtos/\(file.path) is stale")
    }
    for file in output.c {
      let committed = try String(
        contentsOf: Self.root.appendingPathComponent("Sources/CMeshProtos/" + file.path), encoding: .utf8)
      #expect(committed == file.contents, "Sources/CMeshProtos/\(file.path) is stale")
    }
  }

  @Test func outputIsDeterministicAndFreeOfLocalPaths() async throws {
    let first = try await Self.repositoryOutput()
    let second = try await Self.repositoryOutput()
    #expect(first.swift == second.swift)
    #expect(first.c == second.c)
    for file in first.swift + first.c {
      #expect(!file.contents.contains(Self.root.path), "\(file.path) names a local path")
      #expect(!file.contents.contains("/tmp/"), "\(file.path) names a temporary path")
    }
  }

  @Test func servicesHaveTheFourKindsOfMethod() async throws {
    let set = try await ProtocRunner.descriptorSet(["kinds/v1/kinds.proto": """
      syntax = "proto3";
      package kinds.v1;
      message Req { int32 n = 1; }
      message Resp { int32 n = 1; }
      service Kinds {
        rpc One(Req) returns (Resp);
        rpc Upload(stream Req) returns (Resp);
        rpc Download(Req) returns (stream Resp);
        rpc Chat(stream Req) returns (stream Resp);
      }
      """])
    let output = try StubGenerator.generate(descriptorSet: set)
    let swift = try #require(output.swift.first { $0.path == "kinds/v1/kinds_v1_kinds.pb.swift" }).contents
    #expect(swift.contains("public enum Kinds_V1_Kinds {"))
    #expect(swift.contains("kind: .unary)"))
    #expect(swift.contains("kind: .clientStreaming)"))
    #expect(swift.contains("kind: .serverStreaming)"))
    #expect(swift.contains("kind: .bidirectionalStreaming)"))
    #expect(swift.contains("func download(request: Kinds_V1_Req, response: ResponseWriter<Kinds_V1_Resp>, context: ServerContext) async throws\n"))
    #expect(swift.contains("router.registerBidirectionalStreaming(Kinds_V1_Kinds.Method.chat)"))
  }

  @Test func theRegistryListsFilesDependenciesAndSymbols() async throws {
    let output = try await Self.repositoryOutput()
    let registry = try #require(output.swift.first { $0.path == "ProtoRegistry.swift" }).contents
    #expect(registry.contains("name: \"grpc/testing/test.proto\""))
    #expect(registry.contains("dependencies: [\"grpc/testing/empty.proto\", \"grpc/testing/messages.proto\"]"))
    #expect(registry.contains("\"grpc.testing.TestService.UnaryCall\","))
    #expect(registry.contains("\"grpc.testing.LoadBalancerStatsResponse.MetadataType\","))
  }
}
