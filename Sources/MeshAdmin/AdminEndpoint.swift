public import MeshHTTP
public import MeshMetrics

/// The admin HTTP routes every mesh process serves on its admin port: `GET /metrics` (Prometheus text
/// format, after the registry's collectors refreshed their gauges), `GET /healthz` (the process is alive: always 200) and `GET /readyz` (200 when it should get
/// traffic, 503 while it starts or drains). Other methods get 405, other paths 404.
public struct AdminEndpoint: Sendable {
  /// The process's metrics.
  public let registry: MetricsRegistry
  /// The path of the metrics (default `/metrics`, the mesh file's `metrics.path`).
  public let metricsPath: String
  /// Whether the process is ready for traffic.
  public let readiness: Readiness

  /// The routes for a process; registers `mesh_process_allocator_info` in `registry`.
  public init(registry: MetricsRegistry, readiness: Readiness, metricsPath: String = "/metrics") {
    self.registry = registry
    self.readiness = readiness
    self.metricsPath = metricsPath
    // Which malloc the process runs on: a binary built without mimalloc (or under ASan) shows it here.
    registry.gauge("mesh_process_allocator_info", help: "The malloc this process runs on: mimalloc, glibc or other (ASan, a preloaded one).",
                   labels: ["name"]).labels(ProcessAllocator.name).set(1)
  }

  /// The router answering the admin paths.
  public var router: HTTPRouter {
    var router = HTTPRouter()
    let registry = self.registry
    let readiness = self.readiness
    router.add("GET", metricsPath) { _ in
      await registry.collect()
      return HTTPResponse.text(200, registry.exposition(), contentType: MetricsRegistry.contentType)
    }
    router.add("GET", "/healthz") { _ in HTTPResponse.text(200, "ok\n") }
    router.add("GET", "/readyz") { _ in
      readiness.isReady ? HTTPResponse.text(200, "ready\n") : HTTPResponse.text(503, "not ready: \(readiness.reason)\n")
    }
    return router
  }
}
