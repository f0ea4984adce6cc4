public import MeshCore
public import MeshTransport

/// Everything an `UpstreamCluster` is told, apart from its logic: endpoints, balancing, connections,
/// health checks, outlier ejection, retries, hedging and circuit breaking. The gateway maps the mesh
/// file's `ClusterSpec` to it; the defaults are Envoy's where Envoy has one.
public struct UpstreamClusterConfiguration: Sendable {
  /// How calls are spread over the endpoints in rotation.
  public enum Balancing: Sendable, Hashable {
    /// Every call goes to the first endpoint in rotation, in the configuration's order.
    case pickFirst
    /// Each call goes to the next endpoint in turn.
    case roundRobin
    /// Of two endpoints drawn at random, the one with fewer calls in flight (power of two choices).
    case leastRequest
  }

  /// Active health checks with `grpc.health.v1.Health/Check`.
  public struct HealthCheck: Sendable, Hashable {
    /// The time between two checks of one endpoint.
    public var interval: Duration = .seconds(5)
    /// How long one check may take; a check that takes longer failed.
    public var timeout: Duration = .seconds(1)
    /// The service name asked about; "" asks about the server as a whole.
    public var service: String = ""
    /// Failed checks in a row before a healthy endpoint leaves the rotation.
    public var unhealthyThreshold: Int = 2
    /// Passed checks in a row before an unhealthy endpoint comes back.
    public var healthyThreshold: Int = 1

    /// Creates a health check with the defaults: every 5 s, 1 s timeout, the whole server, out after 2
    /// failures, back after 1 success.
    public init() {}
  }

  /// A retry budget (Envoy's): retries in flight may be at most `percent` of the active requests, or
  /// `minConcurrency`, whichever is more.
  public struct RetryBudget: Sendable, Hashable {
    /// The share of active requests that may be retries, in percent.
    public var percent: Double = 20
    /// Retries allowed in flight however few requests are active.
    public var minConcurrency: Int = 3

    /// Creates a budget: 20% of active requests, at least 3 (Envoy's defaults).
    public init() {}
  }

  /// The endpoints, as host and port.
  public var endpoints: [GRPCChannel.Target]
  /// The balancing policy.
  public var balancing: Balancing = .roundRobin
  /// HTTP/2 connections kept to each endpoint, spread over the event loops; calls rotate over those of
  /// their own loop. Nil (the default) keeps one per event loop.
  public var connectionsPerEndpoint: Int?
  /// How each connection connects: backoff, connect timeout, keepalive, TLS. Its balancing and
  /// service config are not used (the cluster does both).
  public var connection = GRPCChannel.Configuration()
  /// Active health checks; nil runs none.
  public var healthCheck: HealthCheck?
  /// Passive outlier ejection.
  public var outlierDetection = OutlierDetector.Configuration()
  /// The limits of the circuit breaker.
  public var circuitBreaker = CircuitBreaker.Limits()
  /// The retry budget, shared by every call of the cluster; nil limits retries by
  /// `circuitBreaker.maxRetries` instead (as in Envoy, a budget replaces that limit).
  public var retryBudget: RetryBudget? = RetryBudget()
  /// Methods safe to call twice: retried with `retryPolicy` (or hedged with `hedgingPolicy`). Each entry
  /// is a full path `/package.Service/Method` or a service `package.Service` (all its methods).
  public var idempotentMethods: Set<String> = []
  /// How a failed call of an idempotent method is retried; nil retries none (refused streams still are).
  public var retryPolicy: RetryPolicy?
  /// How idempotent methods are hedged; when set it replaces `retryPolicy` for them.
  public var hedgingPolicy: HedgingPolicy?
  /// The bytes of request messages the cluster's calls may hold for replay, all together.
  public var retryBufferBytes = 16 << 20
  /// The bytes of request messages one call may hold for replay; past it the call is not retried.
  public var retryBufferBytesPerCall = 256 << 10

  /// Creates a configuration with the defaults: round robin, one connection per endpoint, no health
  /// check, Envoy's outlier detection, breaker limits and retry budget, no idempotent method.
  /// - Parameter endpoints: the endpoints.
  public init(endpoints: [GRPCChannel.Target]) {
    self.endpoints = endpoints
  }

  /// Whether a method is listed as idempotent, by its path or its service.
  /// - Parameter method: the method.
  public func isIdempotent(_ method: MethodDescriptor) -> Bool {
    // Asked on every relayed call: a cluster that lists none (the usual one) hashes no path.
    !idempotentMethods.isEmpty && (idempotentMethods.contains(method.path) || idempotentMethods.contains(method.service))
  }

  /// The retry or hedging policy of a method: one for an idempotent method, nil for the others.
  /// - Parameter method: the method.
  public func executionPolicy(for method: MethodDescriptor) -> ServiceConfig.ExecutionPolicy? {
    guard isIdempotent(method) else { return nil }
    if let hedgingPolicy { return .hedge(hedgingPolicy) }
    return retryPolicy.map { .retry($0) }
  }

  /// The policy of a method on a route that sets its own number of retries: the idempotent methods get
  /// `retries` + 1 attempts (capped at `RetryPolicy.attemptLimit`), with the cluster's policy, or Envoy's
  /// backoff when the cluster has none; the others none. Zero retries: one attempt.
  /// - Parameters:
  ///   - method: the method.
  ///   - retries: the route's retries; nil keeps the cluster's policy.
  public func executionPolicy(for method: MethodDescriptor, retries: Int?) -> ServiceConfig.ExecutionPolicy? {
    guard let retries else { return executionPolicy(for: method) }
    guard isIdempotent(method), retries > 0 else { return nil }
    let attempts = min(retries + 1, RetryPolicy.attemptLimit)
    if var hedging = hedgingPolicy {
      hedging.maxAttempts = attempts
      return .hedge(hedging)
    }
    guard var policy = retryPolicy ?? Self.defaultRetryPolicy(attempts: attempts) else { return nil }
    policy.maxAttempts = attempts
    return .retry(policy)
  }
}
