import Foundation
import MeshAdmin
import MeshHTTP
import MeshMetrics
import MeshTestSupport
import MeshTransport
import Testing

/// The admin endpoint over a real socket, asked by curl.
@Suite("admin endpoint")
struct AdminEndpointTests {
  /// `curl -s -o - -w '\n%{http_code} %{content_type}' ARGS URL`: the body, then the status and type.
  func curl(_ url: String, _ arguments: [String] = []) async throws -> (body: String, status: Int, type: String) {
    let process = try PeerProcess("/usr/bin/curl", ["-s", "-S", "--max-time", "10", "-w", "\n%{http_code} %{content_type}"]
                                  + arguments + [url])
    #expect(try await process.waitForExit(seconds: 30) == 0, "\(process.text)")
    var lines = process.text.split(separator: "\n", omittingEmptySubsequences: false)
    let last = lines.removeLast().split(separator: " ", maxSplits: 1)
    return (lines.joined(separator: "\n"), Int(last.first ?? "") ?? 0, last.count > 1 ? String(last[1]) : "")
  }

  @Test("/metrics, /healthz and /readyz answer as Prometheus and Kubernetes expect")
  func routes() async throws {
    let registry = MetricsRegistry()
    registry.counter("mesh_admin_test_total", help: "A test counter.").labels().increment(by: 5)
    let readiness = Readiness()
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let server = HTTPServer(handler: AdminEndpoint(registry: registry, readiness: readiness).router,
                            configuration: HTTPServerConfiguration(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let base = "http://127.0.0.1:\(address.port)"

    let metrics = try await curl(base + "/metrics")
    #expect(metrics.status == 200)
    #expect(metrics.type == "text/plain; version=0.0.4; charset=utf-8")
    #expect(metrics.body.contains("mesh_admin_test_total 5"))
    // One allocator line, whichever malloc the test bundle runs on (ProcessAllocatorTests checks the products').
    let allocator = metrics.body.split(separator: "\n").filter { $0.hasPrefix("mesh_process_allocator_info{") }.map(String.init)
    let named = ["mimalloc", "glibc", "other"].map { #"mesh_process_allocator_info{name="\#($0)"} 1"# }
    #expect(allocator.count == 1 && named.contains(allocator.first ?? ""), "\(allocator)")
    #expect(try await curl(base + "/healthz").status == 200)
    let starting = try await curl(base + "/readyz")
    #expect(starting.status == 503 && starting.body.contains("starting"))
    readiness.markReady()
    #expect(try await curl(base + "/readyz").status == 200)
    readiness.markNotReady("draining")
    let draining = try await curl(base + "/readyz")
    #expect(draining.status == 503 && draining.body.contains("draining"))
    #expect(try await curl(base + "/metrics", ["-X", "POST", "-d", "x"]).status == 405)
    #expect(try await curl(base + "/nothing").status == 404)
    await server.shutdown(gracePeriod: .seconds(1))
  }
}
