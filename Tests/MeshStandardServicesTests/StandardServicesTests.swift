import Foundation
import MeshCore
import MeshInterop
import MeshProtos
import MeshStandardServices
import MeshTestSupport
import MeshTransport
import Testing

@Suite("Health and reflection")
struct StandardServicesTests {
  /// A server with TestService, health and reflection; a client to it.
  private func withServer(_ body: (GRPCClient, HealthStatusStore, SocketAddress) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let store = HealthStatusStore()
    let own: [any RegistrableRPCService] = [TestServiceProvider()]
    let server = GRPCServer(services: own + StandardServices.make(for: own, health: store), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    do {
      try await body(GRPCClient(transport: channel), store, address)
    } catch {
      channel.close()
      await server.shutdown()
      throw error
    }
    channel.close()
    await server.shutdown()
  }

  @Test func healthCheckAnswersKnownAndRefusesUnknownServices() async throws {
    try await withServer { client, store, _ in
      let health = Grpc_Health_V1_Health.Client(wrapping: client)
      var request = Grpc_Health_V1_HealthCheckRequest()
      request.service = "grpc.testing.TestService"
      #expect(try await health.check(request).status == .serving)
      store.setStatus(.notServing, for: "grpc.testing.TestService")
      #expect(try await health.check(request).status == .notServing)
      request.service = "no.such.Service"
      do {
        _ = try await health.check(request)
        Issue.record("Check of an unknown service succeeded")
      } catch let error as RPCError {
        #expect(error.code == .notFound)
      }
    }
  }

  @Test func healthWatchStreamsEachChange() async throws {
    try await withServer { client, store, _ in
      let health = Grpc_Health_V1_Health.Client(wrapping: client)
      var request = Grpc_Health_V1_HealthCheckRequest()
      request.service = "mesh.Later"
      let seen = try await health.watch(request) { responses in
        var seen: [Grpc_Health_V1_HealthCheckResponse.ServingStatus] = []
        for try await response in responses {
          seen.append(response.status)
          switch seen.count {
          case 1: store.setStatus(.serving, for: "mesh.Later")
          case 2: store.setStatus(.notServing, for: "mesh.Later")
          default: return seen
          }
        }
        return seen
      }
      #expect(seen == [.serviceUnknown, .serving, .notServing])
    }
  }

  @Test(arguments: ["grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"])
  func reflectionListsServicesAndReturnsFileClosures(service: String) async throws {
    try await withServer { client, _, _ in
      let method = RPCMethod<Grpc_Reflection_V1_ServerReflectionRequest, Grpc_Reflection_V1_ServerReflectionResponse>(
        MethodDescriptor(service: service, method: "ServerReflectionInfo"), kind: .bidirectionalStreaming)
      let answers = try await client.bidirectionalStreaming(method) { writer, responses in
        var list = Grpc_Reflection_V1_ServerReflectionRequest()
        list.messageRequest = .listServices("")
        var symbol = Grpc_Reflection_V1_ServerReflectionRequest()
        symbol.messageRequest = .fileContainingSymbol("grpc.testing.SimpleRequest")
        var missing = Grpc_Reflection_V1_ServerReflectionRequest()
        missing.messageRequest = .fileByFilename("nope.proto")
        for request in [list, symbol, missing] { try await writer.write(request) }
        try await writer.finish()
        var answers: [Grpc_Reflection_V1_ServerReflectionResponse] = []
        for try await response in responses { answers.append(response) }
        return answers
      }
      #expect(answers.count == 3)
      guard case .listServicesResponse(let list) = answers[0].messageResponse else { return #expect(Bool(false)) }
      #expect(Set(list.service.map(\.name)) == ["grpc.testing.TestService", "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"])
      guard case .fileDescriptorResponse(let files) = answers[1].messageResponse else { return #expect(Bool(false)) }
      // messages.proto, which defines SimpleRequest (and imports nothing).
      #expect(files.fileDescriptorProto.count >= 1)
      #expect(String(decoding: files.fileDescriptorProto[0], as: UTF8.self).contains("grpc/testing/messages.proto"))
      guard case .errorResponse(let error) = answers[2].messageResponse else { return #expect(Bool(false)) }
      #expect(error.errorCode == Int32(Status.Code.notFound.rawValue))
    }
  }

  @Test func standardGrpcToolsWorkAgainstAMeshServer() async throws {
    try await withServer { _, _, address in
      let peer = try PeerProcess(try Repository.python, [
        Repository.root.appendingPathComponent("Tests/MeshStandardServicesTests/Peers/standard_tools.py").path,
        "\(address.port)"])
      #expect(try await peer.waitForExit() == 0, "\(peer.text)")
      struct Answer: Decodable {
        var services: [String]
        var methods: [String]
        var request_fields: [String]
        var health_server: Int
        var health_test_service: Int
        var health_unknown: String
      }
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      let answer = try JSONDecoder().decode(Answer.self, from: Data(line.utf8))
      #expect(answer.services.contains("grpc.testing.TestService"))
      #expect(answer.methods.contains("FullDuplexCall") && answer.methods.contains("UnaryCall"))
      #expect(answer.request_fields.contains("response_size") && answer.request_fields.contains("expect_compressed"))
      #expect(answer.health_server == 1 && answer.health_test_service == 1)
      #expect(answer.health_unknown == "NOT_FOUND")
    }
  }

  @Test func invalidProtobufInARequestIsInternal() async throws {
    try await withServer { client, _, _ in
      let raw = RPCMethod<RawMessage, RawMessage>(Grpc_Testing_TestService.Method.unaryCall.descriptor, kind: .unary)
      // A field header announcing 100 bytes of a length-delimited field, followed by 2.
      do {
        _ = try await client.unary(raw, request: RawMessage([0x1A, 100, 1, 2]))
        Issue.record("invalid protobuf was accepted")
      } catch let error as RPCError {
        #expect(error.code == .internal)
      }
      // The server goes on serving.
      let empty = Grpc_Testing_TestService.Client(wrapping: client)
      #expect(try await empty.emptyCall(Grpc_Testing_Empty()) == Grpc_Testing_Empty())
    }
  }
}
