import Foundation
import MeshMetrics
import MeshTestSupport
import Testing

@Suite("metrics registry and exposition")
struct MetricsRegistryTests {
  @Test("counters, gauges and histograms are written in Prometheus' text format")
  func exposition() {
    let registry = MetricsRegistry()
    let requests = registry.counter("http_requests_total", help: "Requests by code.", labels: ["code", "path"])
    requests.labels("200", "/a").increment(by: 3)
    requests.labels("500", "/with \"quote\"\nand\\slash").increment()
    registry.gauge("queue_depth", help: "Messages waiting.").labels().set(7)
    let latency = registry.histogram("call_seconds", help: "Latency.", labels: ["m"], buckets: [0.1, 1])
    latency.labels("x").observe(0.05)
    latency.labels("x").observe(0.5)
    latency.labels("x").observe(3)
    #expect(registry.exposition() == """
      # HELP http_requests_total Requests by code.
      # TYPE http_requests_total counter
      http_requests_total{code="200",path="/a"} 3
      http_requests_total{code="500",path="/with \\"quote\\"\\nand\\\\slash"} 1
      # HELP queue_depth Messages waiting.
      # TYPE queue_depth gauge
      queue_depth 7
      # HELP call_seconds Latency.
      # TYPE call_seconds histogram
      call_seconds_bucket{m="x",le="0.1"} 1
      call_seconds_bucket{m="x",le="1"} 2
      call_seconds_bucket{m="x",le="+Inf"} 3
      call_seconds_sum{m="x"} 3.55
      call_seconds_count{m="x"} 3

      """)
  }

  /// An enum of reasons, as the processor's drop and fallback counters use.
  private enum Outcome: String, CaseIterable { case kept, dropped = "dropped_late" }

  @Test("a counter labelled by an enum shows every case at 0 before the first event")
  func counterOfEnumCases() {
    let registry = MetricsRegistry()
    let outcomes = registry.counter("outcomes_total", help: "Outcomes.", label: "outcome", cases: Outcome.self)
    outcomes.labels(Outcome.dropped.rawValue).increment(by: 2)
    let exposition = registry.exposition()
    #expect(exposition.contains("outcomes_total{outcome=\"kept\"} 0\n"))
    #expect(exposition.contains("outcomes_total{outcome=\"dropped_late\"} 2\n"))
    #expect(registry.counter("outcomes_total", help: "Outcomes.", label: "outcome", cases: Outcome.self) === outcomes)
  }

  @Test("increments from several threads are all counted")
  func concurrentIncrements() async {
    let registry = MetricsRegistry()
    let counter = registry.counter("events_total", help: "Events.").labels()
    let histogram = registry.histogram("sizes", help: "Sizes.", buckets: [10]).labels()
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<4 {
        group.addTask {
          for index in 0..<50_000 {
            counter.increment()
            histogram.observe(Double(index % 20))
          }
        }
      }
    }
    #expect(counter.value == 200_000)
    #expect(histogram.snapshot.cumulative == [110_000, 200_000])
  }

  @Test("the gRPC server metrics follow a call from start to status")
  func grpcServerMetrics() {
    let registry = MetricsRegistry()
    let metrics = GRPCServerMetrics(registry: registry)
    let call = metrics.start(service: "grpc.testing.TestService", method: "UnaryCall", type: .unary)
    #expect(registry.exposition().contains(
      #"grpc_server_in_flight{grpc_service="grpc.testing.TestService",grpc_method="UnaryCall"} 1"#))
    call.messageReceived()
    call.messageSent()
    call.finish(code: "OK")
    metrics.start(service: "grpc.testing.TestService", method: "UnaryCall", type: .unary).finish(code: "UNAVAILABLE")
    let text = registry.exposition()
    let labels = #"grpc_type="unary",grpc_service="grpc.testing.TestService",grpc_method="UnaryCall""#
    #expect(text.contains("grpc_server_started_total{\(labels)} 2"))
    #expect(text.contains("grpc_server_handled_total{\(labels),grpc_code=\"OK\"} 1"))
    #expect(text.contains("grpc_server_handled_total{\(labels),grpc_code=\"UNAVAILABLE\"} 1"))
    #expect(text.contains("grpc_server_handling_seconds_count{\(labels)} 2"))
    #expect(text.contains("grpc_server_msg_received_total{\(labels)} 1"))
    #expect(text.contains(#"grpc_server_in_flight{grpc_service="grpc.testing.TestService",grpc_method="UnaryCall"} 0"#))
  }

  @Test("promtool check metrics accepts the exposition")
  func promtoolAccepts() async throws {
    let registry = MetricsRegistry()
    let metrics = GRPCServerMetrics(registry: registry)
    for code in ["OK", "NOT_FOUND", "INTERNAL"] {
      let call = metrics.start(service: "mesh.chat.v1.ChatService", method: "Send", type: .bidiStream)
      call.messageReceived()
      call.finish(code: code)
    }
    registry.gauge("mesh_queue_depth", help: "Messages waiting in the durable queue.", labels: ["queue"]).labels("replies").set(4)
    registry.counter("mesh_label_escapes_total", help: "A help with a \\ backslash\nand a newline.", labels: ["v"])
      .labels("a \"b\"\n\\c").increment()
    let (status, output) = try await Promtool.checkMetrics(registry.exposition())
    #expect(status == 0, "\(output)\n\(registry.exposition())")
  }

  @Test("promtool rejects what it should: the check can fail")
  func promtoolRejects() async throws {
    let (status, _) = try await Promtool.checkMetrics("# TYPE x counter\nx{a=\"1\"} one\n")
    #expect(status != 0)
  }
}
