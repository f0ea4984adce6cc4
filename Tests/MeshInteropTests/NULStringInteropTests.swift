import MeshCore
import MeshInterop
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// A protobuf string holding U+0000 from grpcio (which keeps it whole) is refused with a status naming
/// the field, both as a request to our server and as a response to our client: never cut at the NUL,
/// which is what protobuf-c's `char *` strings did silently.
@Suite("NUL inside protobuf strings, with grpcio", .serialized)
struct NULStringInteropTests {
  static let peer = Repository.root.appendingPathComponent("Tests/MeshInteropTests/Peers/grpcio_nul_string.py").path

  @Test("grpcio client → our server: the request is refused, the same one without the NUL echoes whole")
  func grpcioClientSendsNUL() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [TestServiceProvider()], configuration: .init(host: "127.0.0.1", port: 0),
                            group: group)
    let address = try server.start()
    let client = try PeerProcess(try Repository.python, [Self.peer, "client", "--server_port", "\(address.port)"])
    let status = try await client.waitForExit()
    await server.shutdown(gracePeriod: .seconds(1))
    #expect(status == 0, "\(client.text)")
    let lines = client.text.split(separator: "\n")
    // Without the check, protobuf-c would hand the handler "before" and the status would echo it cut.
    #expect(lines.contains { $0.hasPrefix("nul INTERNAL ") && $0.contains("response_status.message holds U+0000") },
            "\(client.text)")
    #expect(lines.contains("plain UNKNOWN 'before after'"), "\(client.text)")
  }

  @Test("our client ← grpcio server: the response is refused with INTERNAL naming the field")
  func grpcioServerAnswersNUL() async throws {
    let peer = try PeerProcess(try Repository.python, [Self.peer, "server", "--port", "0"])
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on"))
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, configuration: .init(), group: group)
    defer { channel.close() }
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
    let error = await #expect(throws: RPCError.self) { _ = try await client.unaryCall(Grpc_Testing_SimpleRequest()) }
    #expect(error?.code == .internal)
    #expect(error?.message.contains("string field username holds U+0000") == true, "\(String(describing: error))")
  }
}
