/// A cluster's counters at one moment, for the gateway's metrics: totals since the cluster started
/// (counters) and what is in flight now (gauges).
public struct UpstreamClusterStats: Sendable, Hashable {
  /// One endpoint's counters.
  public struct Endpoint: Sendable, Hashable {
    /// The endpoint, `host:port`.
    public var address: String
    /// Attempts sent to it.
    public var requests = 0
    /// Attempts that ended with a failure code of the outlier detector, or could not connect.
    public var failures = 0
    /// Attempts in flight on it now.
    public var active = 0
    /// Times it was ejected.
    public var ejections = 0
    /// Whether it is ejected now.
    public var ejected = false
    /// Whether the health checks let it serve (true without health checks).
    public var healthy = true
    /// Whether a connection to it is ready now.
    public var connected = false
  }

  /// The cluster's name.
  public var cluster: String
  /// Calls opened on the cluster.
  public var requests = 0
  /// Calls that ended with a status other than OK.
  public var failures = 0
  /// Calls in flight now.
  public var active = 0
  /// Attempts after the first of a call: retries, transparent retries and hedges.
  public var retries = 0
  /// Hedged attempts (counted in `retries` too).
  public var hedges = 0
  /// Calls relayed as bytes (`GatewayRelayRouter`), among `requests`.
  public var relayed = 0
  /// Retries the budget (or `maxRetries`) refused.
  public var retriesRefusedByBudget = 0
  /// Calls refused at once by a limit of the circuit breaker, by limit name (`max_requests`, …).
  public var overflows: [String: Int] = [:]
  /// Attempts waiting for a connection now.
  public var pending = 0
  /// Ejections of any endpoint.
  public var ejections = 0
  /// Ejections the cap on ejected endpoints prevented.
  public var ejectionsCapped = 0
  /// Each endpoint, in the configuration's order.
  public var endpoints: [Endpoint] = []

  /// Creates empty stats.
  /// - Parameter cluster: the cluster's name.
  public init(cluster: String) { self.cluster = cluster }
}
