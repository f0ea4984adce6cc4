import Foundation
import Logging
import MeshCore
import MeshInterop
import MeshLogging
import MeshProtos
import MeshStandardServices
import MeshTransport
import Testing

@Suite("gRPC access log")
struct RequestLoggingInterceptorTests {
  @Test("one JSON line per call: method, code, duration, peer, trace and request ids; errors at warning; health probes at debug")
  func accessLog() async throws {
    let sink = MemoryLogSink()
    let logger = Logger(label: "access") { JSONLinesLogHandler(label: $0, service: "interop", sink: sink) }
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = GRPCServer(services: [TestServiceProvider()] + StandardServices.make(for: [TestServiceProvider()]),
                            interceptors: [TracingServerInterceptor(), RequestLoggingInterceptor(logger: logger)],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let client = GRPCClient(transport: channel)
    _ = try await client.unary(Grpc_Testing_TestService.Method.emptyCall, request: Grpc_Testing_Empty(),
                               metadata: [("x-request-id", "req-1")])
    // A successful probe is logged at debug, below this logger's info level: no line.
    _ = try await client.unary(Grpc_Health_V1_Health.Method.check, request: Grpc_Health_V1_HealthCheckRequest())
    await #expect(throws: RPCError.self) {
      _ = try await client.unary(Grpc_Testing_TestService.Method.unimplementedCall, request: Grpc_Testing_Empty())
    }
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))

    let lines = try sink.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(lines.count == 2, "\(sink.lines)")
    let ok = try #require(lines.first { $0["grpc_method"] as? String == "/grpc.testing.TestService/EmptyCall" })
    #expect(ok["level"] as? String == "info")
    #expect(ok["grpc_code"] as? String == "OK")
    #expect(ok["request_id"] as? String == "req-1")
    #expect((ok["trace_id"] as? String)?.count == 32)
    #expect(ok["duration_ms"] as? Double != nil, "\(ok)")  // a JSON number
    // The peer's IP address is personal data to MeshPII: redacted like any other before it is written.
    #expect((ok["peer"] as? String)?.hasPrefix("ipv4:[IP]:") == true, "\(ok)")
    let failed = try #require(lines.first { $0["grpc_method"] as? String == "/grpc.testing.TestService/UnimplementedCall" })
    #expect(failed["level"] as? String == "warning")
    #expect(failed["grpc_code"] as? String == "UNIMPLEMENTED", "\(failed)")
  }
}
