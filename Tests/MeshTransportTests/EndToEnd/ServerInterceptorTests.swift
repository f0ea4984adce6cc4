import MeshCore
import MeshTransport
import Testing

/// Refuses calls without `x-key: open`, and stamps the trailers of those it lets through.
private struct GatekeeperInterceptor: ServerInterceptor {
  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    guard context.requestMetadata.firstString(forKey: "x-key") == "open" else {
      throw RPCError(code: .permissionDenied, message: "No key.")
    }
    try await next(stream, context)
    var trailers = context.trailingResponseMetadata
    trailers.addString("gatekeeper", forKey: "x-checked-by")
    context.trailingResponseMetadata = trailers
  }
}

@Suite("Server interceptors over real sockets")
struct ServerInterceptorOverHTTP2Tests {
  @Test func serverRunsItsInterceptorsAroundEveryCall() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let probe = EchoService.Probe()
    let server = GRPCServer(services: [EchoService(probe: probe)], interceptors: [GatekeeperInterceptor()],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel)
    let refused = await #expect(throws: RPCError.self) {
      _ = try await client.unary(EchoService.unary, request: RawMessage([1]))
    }
    #expect(refused?.code == .permissionDenied)
    #expect(probe.calls.load(ordering: .relaxed) == 0)
    let response = try await client.unary(EchoService.unary, request: RawMessage([1]), metadata: [("x-key", "open")])
    #expect(response.message.bytes == [1])
    #expect(response.trailingMetadata.firstString(forKey: "x-trailer") == "done")
    #expect(response.trailingMetadata.firstString(forKey: "x-checked-by") == "gatekeeper")
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))
  }
}
