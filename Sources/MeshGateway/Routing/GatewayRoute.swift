/// One route: the calls it takes and the cluster they go to.
public struct GatewayRoute: Sendable, Hashable {
  /// A name for logs and metrics.
  public var name: String
  /// What a call must look like.
  public var match: RouteMatch
  /// The upstream cluster's name.
  public var cluster: String
  /// The longest the upstream call may take; a caller's shorter deadline wins.
  public var timeout: Duration?
  /// Retries of a failed call (within the cluster's budget); nil for the cluster's default.
  public var retries: Int?

  /// Creates a route.
  /// - Parameters:
  ///   - name: for logs and metrics.
  ///   - match: the calls it takes.
  ///   - cluster: where they go.
  ///   - timeout: the per-route bound on the upstream call.
  ///   - retries: retries of a failed call, when the cluster retries.
  public init(name: String, match: RouteMatch, cluster: String, timeout: Duration? = nil, retries: Int? = nil) {
    self.retries = retries
    self.name = name
    self.match = match
    self.cluster = cluster
    self.timeout = timeout
  }
}
