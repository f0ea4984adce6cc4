public import MeshMetrics

/// The revocation feed's metrics, in the registry the gateway's `/metrics` serves:
/// - `mesh_gateway_revoked_sessions`: the sign-in sessions the gateway knows to be revoked now.
/// - `mesh_gateway_revocation_staleness_seconds`: seconds since the feed's last successful round, set at
///   each scrape (from the first round's start while none has succeeded); no sample before the first token
///   checked starts the feed.
/// - `mesh_gateway_revocation_refresh_failures_total`: rounds that failed after all their attempts.
/// - `mesh_gateway_revoked_calls_total`: tokens refused because their session was revoked.
///
/// Without labels: a gateway has one auth filter. The children are made with the feed, so the counters'
/// series exist from the start.
public struct RevocationFeedMetrics: Sendable {
  /// The revoked sessions' gauge's name.
  public static let revokedSessionsName = "mesh_gateway_revoked_sessions"
  /// The staleness gauge's name.
  public static let stalenessName = "mesh_gateway_revocation_staleness_seconds"
  /// The failed rounds' counter's name.
  public static let refreshFailuresName = "mesh_gateway_revocation_refresh_failures_total"
  /// The refused tokens' counter's name.
  public static let revokedCallsName = "mesh_gateway_revoked_calls_total"

  let revokedSessions: Gauge
  let refreshFailures: Counter
  let revokedCalls: Counter
  private let staleness: MetricFamily<Gauge>
  private let registry: MetricsRegistry

  /// Registers (or finds) the families in `registry`.
  /// - Parameter registry: where the metrics are; by default the process's, which `/metrics` serves.
  public init(registry: MetricsRegistry = .process) {
    self.registry = registry
    revokedSessions = registry.gauge(Self.revokedSessionsName, help: "Sign-in sessions the gateway knows to be revoked.").labels()
    staleness = registry.gauge(Self.stalenessName,
                               help: "Seconds since the revocation feed was last fetched successfully.")
    refreshFailures = registry.counter(Self.refreshFailuresName,
                                       help: "Rounds of the revocation feed that failed after all their attempts.").labels()
    revokedCalls = registry.counter(Self.revokedCallsName, help: "Tokens refused because their sign-in session was revoked.").labels()
  }

  /// Sets the staleness from `feed` before each exposition, while the feed lives (a reload that replaces
  /// the feed leaves a collector that does nothing).
  func watch(_ feed: RevocationFeed) {
    let staleness = self.staleness
    registry.addCollector { [weak feed] in
      guard let seconds = feed?.secondsSinceRefresh else { return }
      staleness.labels().set(seconds)
    }
  }
}
