import MeshCore
import MeshInterop
import MeshMetrics
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// The client metrics interceptor on a real client over HTTP/2 to a real server, beside the server's,
/// with kinds from the generated registry: both sides count the same calls, messages and bytes.
@Suite("gRPC client metrics interceptor")
struct GRPCClientMetricsInterceptorTests {
  /// Every generated method's kind, as the services build it.
  static let kinds = GRPCMethodKinds(paths: ProtoRegistry.methods.values.map {
    (path: $0.path, clientStreaming: $0.clientStreaming, serverStreaming: $0.serverStreaming)
  })

  @Test("calls are counted on the client by service, method, type and code, with bytes; promtool accepts both sides")
  func countsRealCalls() async throws {
    let registry = MetricsRegistry()
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [TestServiceProvider()],
                            interceptors: [GRPCServerMetricsInterceptor(metrics: GRPCServerMetrics(registry: registry), kinds: Self.kinds)],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel,
                            interceptors: [GRPCClientMetricsInterceptor(metrics: GRPCClientMetrics(registry: registry), kinds: Self.kinds)])
    try await InteropTestCase.largeUnary.run(with: client)          // UnaryCall, OK, 271,828 bytes in, 314,159 out
    try await InteropTestCase.statusCodeAndMessage.run(with: client) // UnaryCall and FullDuplexCall, UNKNOWN (2)
    try await InteropTestCase.pingPong.run(with: client)             // FullDuplexCall, 4 messages each way
    try await InteropTestCase.serverStreaming.run(with: client)      // StreamingOutputCall, 4 responses
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))

    let text = registry.exposition()
    let unary = #"grpc_type="unary",grpc_service="grpc.testing.TestService",grpc_method="UnaryCall""#
    let bidi = #"grpc_type="bidi_stream",grpc_service="grpc.testing.TestService",grpc_method="FullDuplexCall""#
    let serverStream = #"grpc_type="server_stream",grpc_service="grpc.testing.TestService",grpc_method="StreamingOutputCall""#
    for side in ["client", "server"] {
      #expect(text.contains("grpc_\(side)_started_total{\(unary)} 2"), "\(text)")
      #expect(text.contains("grpc_\(side)_handled_total{\(unary),grpc_code=\"OK\"} 1"), "\(text)")
      #expect(text.contains("grpc_\(side)_handled_total{\(unary),grpc_code=\"UNKNOWN\"} 1"), "\(text)")
      #expect(text.contains("grpc_\(side)_handled_total{\(bidi),grpc_code=\"OK\"} 1"), "\(text)")
      #expect(text.contains("grpc_\(side)_handled_total{\(serverStream),grpc_code=\"OK\"} 1"), "\(text)")
      #expect(text.contains("grpc_\(side)_handling_seconds_count{\(unary)} 2"), "\(text)")
      #expect(text.contains(#"grpc_\#(side)_in_flight{grpc_service="grpc.testing.TestService",grpc_method="UnaryCall"} 0"#), "\(text)")
    }
    #expect(text.contains("grpc_client_msg_sent_total{\(bidi)} 5"), "\(text)")
    #expect(text.contains("grpc_client_msg_received_total{\(bidi)} 4"), "\(text)")
    #expect(text.contains("grpc_client_msg_received_total{\(serverStream)} 4"), "\(text)")
    #expect(text.contains("grpc_server_msg_sent_total{\(serverStream)} 4"), "\(text)")
    // The bytes one side sent are the bytes the other received.
    for (sent, received) in [("client_msg_sent", "server_msg_received"), ("server_msg_sent", "client_msg_received")] {
      for labels in [unary, bidi, serverStream] {
        let a = Self.sample(text, "grpc_\(sent)_bytes_total{\(labels)}")
        let b = Self.sample(text, "grpc_\(received)_bytes_total{\(labels)}")
        #expect(a != nil && a == b, "\(sent) \(labels): \(String(describing: a)) vs \(String(describing: b))")
      }
    }
    #expect((Self.sample(text, "grpc_client_msg_received_bytes_total{\(unary)}") ?? 0) >= 314_159, "\(text)")
    #expect(!text.contains(#"grpc_type="unknown""#), "\(text)")
    let (status, output) = try await Promtool.checkMetrics(text)
    #expect(status == 0, "\(output)")
  }

  @Test("a method the kinds do not list is labelled unknown; a listed one by its kind")
  func kindsFromTheRegistry() {
    #expect(Self.kinds.type(of: MethodDescriptor(service: "mesh.chat.v1.ChatService", method: "Converse")) == .bidiStream)
    #expect(Self.kinds.type(of: MethodDescriptor(service: "mesh.chat.v1.ChatService", method: "StreamReply")) == .serverStream)
    #expect(Self.kinds.type(of: MethodDescriptor(service: "grpc.testing.TestService", method: "StreamingInputCall")) == .clientStream)
    #expect(Self.kinds.type(of: MethodDescriptor(service: "no.such.Service", method: "Call")) == .unknown)
  }

  @Test("registering a family again returns it; collectors run before a scrape")
  func registrationAndCollectors() async {
    let registry = MetricsRegistry()
    let first = registry.counter("things_total", help: "Things.", labels: ["a"])
    let again = registry.counter("things_total", help: "Things.", labels: ["a"])
    first.labels("x").increment()
    again.labels("x").increment()
    #expect(first === again)
    let depth = registry.gauge("depth", help: "A reading.").labels()
    registry.addCollector { depth.set(42) }
    #expect(registry.exposition().contains("depth 0"))
    await registry.collect()
    let text = registry.exposition()
    #expect(text.contains("depth 42"), "\(text)")
    #expect(text.contains(#"things_total{a="x"} 2"#), "\(text)")
  }

  /// The value of the sample `series` in an exposition.
  static func sample(_ text: String, _ series: String) -> Double? {
    text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
  }
}
