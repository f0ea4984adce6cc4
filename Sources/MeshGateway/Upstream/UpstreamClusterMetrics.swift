import MeshMetrics

/// A cluster's retry and outlier-ejection metrics, in the process's registry (what the gateway's `/metrics`
/// serves):
/// - `mesh_gateway_retries_total{cluster, route, reason}`: attempts after a call's first, where `reason`
///   is `connect_failure` (the endpoint could not be reached; another one is tried at once), `status` (the
///   retry policy's retry after a retryable status, or a stream the upstream refused) or `hedge`;
///   `route` is the gateway route's name, `none` for the calls of the gateway's own filters.
/// - `mesh_gateway_outlier_ejections_total{cluster, endpoint}`: times the outlier detector ejected an endpoint.
/// - `mesh_gateway_outlier_ejected{cluster, endpoint}`: 1 while its ejection runs, else 0; set when it is
///   ejected or let back, and from the detector at each scrape (an ejection whose time is up reads 0 even
///   before a call lets the endpoint back).
/// - `mesh_gateway_outlier_ejection_multiplier{cluster, endpoint}`: the detector's multiplier, read at each
///   scrape: while ejected, the n of the ejection's `base × n`; in service, the n the next ejection grows
///   from (it lasts `base × (n + 1)`), which one `outlier.interval` in service takes one off.
///
/// The endpoints' children are made with the cluster, so their series exist from the start; nothing is
/// counted on a call's first attempt.
struct UpstreamClusterMetrics: Sendable {
  /// Why an attempt after the first was sent.
  enum RetryReason: String, Sendable {
    case connectFailure = "connect_failure"
    case status
    case hedge
  }

  private let cluster: String
  private let retries: MetricFamily<Counter>
  /// Ejections, per endpoint in the configuration's order.
  let ejections: [Counter]
  /// Whether ejected now, per endpoint.
  let ejected: [Gauge]
  /// The ejection multiplier, per endpoint (set at scrapes: it decays with time, not with events).
  let multipliers: [Gauge]

  init(cluster: String, endpoints: [String], registry: MetricsRegistry = .process) {
    self.cluster = cluster
    retries = registry.counter("mesh_gateway_retries_total", help: "Upstream attempts after a call's first, by reason.",
                               labels: ["cluster", "route", "reason"])
    let ejectionFamily = registry.counter("mesh_gateway_outlier_ejections_total",
                                          help: "Endpoints ejected by the outlier detector.", labels: ["cluster", "endpoint"])
    let ejectedFamily = registry.gauge("mesh_gateway_outlier_ejected",
                                       help: "1 while the outlier detector keeps the endpoint out of rotation.",
                                       labels: ["cluster", "endpoint"])
    let multiplierFamily = registry.gauge("mesh_gateway_outlier_ejection_multiplier",
                                          help: "The outlier detector's ejection multiplier (decays while in service).",
                                          labels: ["cluster", "endpoint"])
    ejections = endpoints.map { ejectionFamily.labels(cluster, $0) }
    ejected = endpoints.map { ejectedFamily.labels(cluster, $0) }
    multipliers = endpoints.map { multiplierFamily.labels(cluster, $0) }
    // A cluster made again on a reload starts with every endpoint in rotation and forgiven.
    ejected.forEach { $0.set(0) }
    multipliers.forEach { $0.set(0) }
  }

  /// Sets every endpoint's ejection state and multiplier from the detector as it is at `now`.
  func refresh(from outliers: OutlierDetector, now: ContinuousClock.Instant) {
    for index in ejected.indices {
      ejected[index].set(outliers.isEjected(index, now: now) ? 1 : 0)
      multipliers[index].set(Double(outliers.multiplier(of: index, now: now)))
    }
  }

  /// Counts an attempt after the first (rare: the family's lookup is fine here).
  func retried(route: String?, reason: RetryReason) {
    retries.labels(cluster, route ?? "none", reason.rawValue).increment()
  }
}
