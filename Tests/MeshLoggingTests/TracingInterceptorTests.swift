import Logging
import MeshCore
import MeshInterop
import MeshLogging
import MeshProtos
import MeshTransport
import Synchronization
import Testing

/// Records what the handler's side of a call sees: the headers that arrived, the task's trace context,
/// and a log line written there.
private final class CallRecorder: ServerInterceptor {
  struct Seen: Sendable {
    var header: String?
    var requestIDHeader: String?
    var span: TraceParent?
    var requestID: String?
  }

  let seen = Mutex<[Seen]>([])
  let sink = MemoryLogSink()

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    seen.withLock {
      $0.append(Seen(header: context.requestMetadata.firstString(forKey: "traceparent"),
                     requestIDHeader: context.requestMetadata.firstString(forKey: "x-request-id"),
                     span: TraceContext.current, requestID: TraceContext.requestID))
    }
    let sink = self.sink
    Logger(label: "recorder") { JSONLinesLogHandler(label: $0, service: "downstream", sink: sink) }.info("handling")
    try await next(stream, context)
  }
}

@Suite("W3C trace propagation through interceptors")
struct TracingInterceptorTests {
  typealias Test = Grpc_Testing_TestService.Method

  @Test("a server continues the caller's trace, answers with its span, and its logs carry the ids")
  func serverContinuesTrace() async throws {
    let recorder = CallRecorder()
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [TestServiceProvider()], interceptors: [TracingServerInterceptor(), recorder],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel)
    let caller = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    let response = try await client.unary(Test.emptyCall, request: Grpc_Testing_Empty(),
                                          metadata: [("traceparent", caller), ("x-request-id", "req-7")])
    // A malformed header starts a new trace instead of failing the call.
    _ = try await client.unary(Test.emptyCall, request: Grpc_Testing_Empty(), metadata: [("traceparent", "00-zz-01")])
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))

    let seen = recorder.seen.withLock { $0 }
    #expect(seen.count == 2)
    let first = try #require(seen.first?.span)
    #expect(first.traceID == "4bf92f3577b34da6a3ce929d0e0e4736")
    #expect(first.parentID != "00f067aa0ba902b7")
    #expect(seen.first?.requestID == "req-7")
    let answered = try #require(response.initialMetadata.firstString(forKey: "traceparent").flatMap(TraceParent.init(header:)))
    #expect(answered == first)
    let second = try #require(seen.last?.span)
    #expect(second.traceID != first.traceID)
    #expect(seen.last?.requestID == second.traceID, "without x-request-id, the trace id identifies the request")
    let line = try #require(recorder.sink.lines.first)
    #expect(line.contains(#""request_id":"req-7","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736""#), "\(line)")
  }

  @Test("calls made inside a traced task carry the trace on, with a new span id and the request id")
  func clientPassesTraceOn() async throws {
    let recorder = CallRecorder()
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [TestServiceProvider()], interceptors: [recorder],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel, interceptors: [TracingClientInterceptor()])
    let span = TraceParent.random()
    try await TraceContext.$current.withValue(span) {
      try await TraceContext.$requestID.withValue("req-9") {
        _ = try await client.unary(Test.emptyCall, request: Grpc_Testing_Empty(),
                                   metadata: [("traceparent", "00-11111111111111111111111111111111-2222222222222222-01")])
      }
    }
    _ = try await client.unary(Test.emptyCall, request: Grpc_Testing_Empty())  // outside a trace: no header
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))

    let seen = recorder.seen.withLock { $0 }
    let sent = try #require(seen.first?.header.flatMap(TraceParent.init(header:)))
    #expect(sent.traceID == span.traceID)
    #expect(sent.parentID != span.parentID)
    #expect(seen.first?.requestIDHeader == "req-9")
    #expect(seen.last?.header == nil)
  }
}
