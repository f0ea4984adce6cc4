import MeshCore
import MeshInterop
import MeshMetrics
import MeshTestSupport
import MeshProtos
import MeshTransport
import Testing

/// The metrics interceptor on a real server over HTTP/2, driven by the interop cases' client.
@Suite("gRPC server metrics interceptor")
struct GRPCServerMetricsInterceptorTests {
  @Test("calls are counted by service, method, type and code; promtool accepts the result")
  func countsRealCalls() async throws {
    let registry = MetricsRegistry()
    let metrics = GRPCServerMetrics(registry: registry)
    typealias Test = Grpc_Testing_TestService.Method
    let kinds = Dictionary(uniqueKeysWithValues: [GRPCServerMetricsInterceptor.entry(Test.emptyCall),
                                                  GRPCServerMetricsInterceptor.entry(Test.unaryCall),
                                                  GRPCServerMetricsInterceptor.entry(Test.fullDuplexCall)])
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [TestServiceProvider()],
                            interceptors: [GRPCServerMetricsInterceptor(metrics: metrics, kinds: kinds)],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel)
    try await InteropTestCase.largeUnary.run(with: client)          // UnaryCall, OK
    try await InteropTestCase.statusCodeAndMessage.run(with: client) // UnaryCall and FullDuplexCall, UNKNOWN (2)
    try await InteropTestCase.pingPong.run(with: client)             // FullDuplexCall, 4 messages each way
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))

    let text = registry.exposition()
    let unary = #"grpc_type="unary",grpc_service="grpc.testing.TestService",grpc_method="UnaryCall""#
    let bidi = #"grpc_type="bidi_stream",grpc_service="grpc.testing.TestService",grpc_method="FullDuplexCall""#
    #expect(text.contains("grpc_server_started_total{\(unary)} 2"), "\(text)")
    #expect(text.contains("grpc_server_handled_total{\(unary),grpc_code=\"OK\"} 1"), "\(text)")
    #expect(text.contains("grpc_server_handled_total{\(unary),grpc_code=\"UNKNOWN\"} 1"), "\(text)")
    #expect(text.contains("grpc_server_handled_total{\(bidi),grpc_code=\"OK\"} 1"), "\(text)")
    #expect(text.contains("grpc_server_msg_received_total{\(bidi)} 5"), "\(text)")
    #expect(text.contains("grpc_server_msg_sent_total{\(bidi)} 4"), "\(text)")
    #expect(text.contains("grpc_server_handling_seconds_count{\(unary)} 2"), "\(text)")
    #expect(text.contains(#"grpc_server_in_flight{grpc_service="grpc.testing.TestService",grpc_method="UnaryCall"} 0"#))
    let (status, output) = try await Promtool.checkMetrics(text)
    #expect(status == 0, "\(output)")
  }

  @Test("a unary call's short path goes through the interceptor and is counted")
  func unaryShortPathIsPassedOn() async throws {
    let registry = MetricsRegistry()
    let interceptor = GRPCServerMetricsInterceptor(metrics: GRPCServerMetrics(registry: registry),
                                                   kinds: Dictionary(uniqueKeysWithValues: [
                                                     GRPCServerMetricsInterceptor.entry(Grpc_Testing_TestService.Method.unaryCall)]))
    let base = ImmediateUnaryStream(request: [1, 2, 3])
    let context = ServerContext(head: ServerCallHead(method: Grpc_Testing_TestService.Method.unaryCall.descriptor,
                                                     metadata: [], deadline: nil, peer: "ipv4:127.0.0.1:1"))
    try await interceptor.intercept(stream: base, context: context) { stream, _ in
      guard case .message(let request) = try stream.receiveWithoutWaiting() else {
        Issue.record("the request known at once was not passed on")
        return
      }
      #expect(request == [1, 2, 3])
      guard case .end = try stream.receiveWithoutWaiting() else {
        Issue.record("the end of the requests was not passed on")
        return
      }
      #expect(try stream.sendLastWithoutWaiting([4, 5], compress: false, initialMetadata: []))
    }
    #expect(base.sentLast == [4, 5])
    let text = registry.exposition()
    let labels = #"grpc_type="unary",grpc_service="grpc.testing.TestService",grpc_method="UnaryCall""#
    #expect(text.contains("grpc_server_msg_received_total{\(labels)} 1"), "\(text)")
    #expect(text.contains("grpc_server_msg_sent_total{\(labels)} 1"), "\(text)")
  }
}

/// A transport's unary stream whose request is whole before the handler runs and which takes the
/// response at once, as `ServerStream` does.
private final class ImmediateUnaryStream: ServerCallStream, @unchecked Sendable {
  private var requests: [[UInt8]]
  private(set) var sentLast: [UInt8]?

  init(request: [UInt8]) { requests = [request] }

  func receive() async throws -> [UInt8]? { requests.isEmpty ? nil : requests.removeFirst() }
  func receiveWithoutWaiting() throws -> ImmediateRequest { requests.isEmpty ? .end : .message(requests.removeFirst()) }
  func sendInitialMetadata(_ metadata: Metadata) async throws {}
  func send(_ message: [UInt8], compress: Bool) async throws { Issue.record("the response took the long path") }
  func sendLastWithoutWaiting(_ message: [UInt8], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    sentLast = message
    return true
  }
  func finish(status: Status, trailers: Metadata) {}
}
