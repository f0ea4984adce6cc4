public import MeshCore
public import MeshMetrics

/// The gateway's metrics, per route and cluster: calls, calls answered 4xx and 5xx (by the HTTP status
/// their gRPC status maps to), and upstream latency. Exposed on the gateway's admin port.
public struct GatewayMetrics: UpstreamCallObserver {
  private let requests: MetricFamily<Counter>
  private let clientErrors: MetricFamily<Counter>
  private let serverErrors: MetricFamily<Counter>
  private let upstreamLatency: MetricFamily<Histogram>
  private let known = GatewayMetricsSeries()

  /// Registers the metrics.
  /// - Parameter registry: where they are kept.
  public init(registry: MetricsRegistry) {
    let labels = ["route", "cluster"]
    requests = registry.counter("mesh_gateway_requests_total", help: "Calls forwarded by the gateway.", labels: labels)
    clientErrors = registry.counter("mesh_gateway_responses_4xx_total",
                                    help: "Calls that ended with a status mapping to HTTP 4xx.", labels: labels)
    serverErrors = registry.counter("mesh_gateway_responses_5xx_total",
                                    help: "Calls that ended with a status mapping to HTTP 5xx.", labels: labels)
    upstreamLatency = registry.histogram("mesh_gateway_upstream_latency_seconds",
                                         help: "From opening the upstream call to its status.", labels: labels)
  }

  /// False: the series are by route and cluster; the ids are never read.
  public var readsCallIdentifiers: Bool { false }

  public func callEnded(_ record: UpstreamCallRecord) {
    count(route: record.route, cluster: record.cluster, status: record.status, upstreamDuration: record.upstreamDuration)
  }

  /// Counts the relayed call from what it gives, with no record made.
  public func relayedCallEnded(route: String?, cluster: String?, status: Status.Code, upstreamDuration: Duration?,
                               record: () -> UpstreamCallRecord) {
    count(route: route, cluster: cluster, status: status, upstreamDuration: upstreamDuration)
  }

  private func count(route: String?, cluster: String?, status: Status.Code, upstreamDuration: Duration?) {
    let route = route ?? "none"
    let cluster = cluster ?? "none"
    known.record(route: route, cluster: cluster, httpStatus: StatusMapping.httpStatus(for: status),
                 upstream: upstreamDuration) {
      GatewayMetricsSeries.Series(route: route, cluster: cluster, requests: requests.labels(route, cluster),
                                  clientErrors: clientErrors.labels(route, cluster),
                                  serverErrors: serverErrors.labels(route, cluster),
                                  upstreamLatency: upstreamLatency.labels(route, cluster))
    }
  }
}
