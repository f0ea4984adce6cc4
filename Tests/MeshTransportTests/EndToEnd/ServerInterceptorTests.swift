import MeshCore
import MeshTransport
import Synchronization
import Testing

/// Refuses calls without `x-key: open`, and stamps the trailers of those it lets through (also used by
/// `ServerTransportTests`).
struct GatekeeperInterceptor: ServerInterceptor {
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

/// Reads each call's requests as a forwarder does: what the stream has now without waiting, then the
/// rest by waiting; echoes them back itself.
private final class ImmediateReadInterceptor: ServerInterceptor, @unchecked Sendable {
  let calls = Atomic<Int>(0)

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    calls.add(1, ordering: .relaxed)
    var messages: [[UInt8]] = []
    reading: while true {
      switch try stream.receiveWithoutWaiting() {
      case .message(let message): messages.append(message)
      case .end: break reading
      case .unknown:
        guard let message = try await stream.receive() else { break reading }
        messages.append(message)
      }
    }
    for message in messages { try await stream.send(message, compress: false) }
  }
}

@Suite("Reading a request stream without waiting")
struct ImmediateRequestTests {
  /// What a handler reads without waiting, and then by waiting, is the request stream once and in order.
  /// (This client sends the request's HEADERS, DATA and END_STREAM in separate writes, so the handler
  /// mostly has to wait; a client that sends them in one, as the benchmark's loadgen, finds them there.)
  @Test func requestsReadWithoutWaitingThenByWaitingArriveOnce() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let interceptor = ImmediateReadInterceptor()
    let server = GRPCServer(services: [EchoService(probe: EchoService.Probe())], interceptors: [interceptor],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel)
    for byte in UInt8(1)...5 {
      let response = try await client.unary(EchoService.unary, request: RawMessage([byte, byte]))
      #expect(response.message.bytes == [byte, byte])
    }
    #expect(interceptor.calls.load(ordering: .relaxed) == 5)
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))
  }
}
