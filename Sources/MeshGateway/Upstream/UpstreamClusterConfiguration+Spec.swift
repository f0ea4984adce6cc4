public import MeshConfig
public import MeshCore
public import MeshTransport

/// A `gateway.clusters[]` entry of the mesh file that cannot become a cluster.
public struct UpstreamConfigurationError: Error, CustomStringConvertible {
  /// What is wrong, naming the cluster and the field.
  public let description: String
}

extension UpstreamClusterConfiguration {
  /// The configuration a mesh file's cluster describes; fields it leaves out keep their defaults.
  /// - Parameters:
  ///   - spec: the cluster's entry.
  ///   - endpoints: its endpoints: `spec.endpoints`, or the replicas of `spec.service` as the gateway
  ///     resolves them.
  /// - Throws: `UpstreamConfigurationError` when a value is out of range.
  public init(spec: ClusterSpec, endpoints: [GRPCChannel.Target]) throws {
    self.init(endpoints: endpoints)
    let name = spec.name
    func check(_ valid: Bool, _ field: String, _ rule: String) throws {
      guard valid else { throw UpstreamConfigurationError(description: "cluster \(name): \(field) must be \(rule)") }
    }
    switch spec.balancing ?? .roundRobin {
    case .roundRobin: balancing = .roundRobin
    case .pickFirst: balancing = .pickFirst
    case .leastRequest: balancing = .leastRequest
    }
    if let count = spec.connectionsPerEndpoint {
      try check(count >= 1, "connections_per_endpoint", "1 or more")
      connectionsPerEndpoint = count
    }
    if let outlier = spec.outlier {
      try check(outlier.consecutiveErrors >= 1, "outlier.consecutive_errors", "1 or more")
      outlierDetection.consecutiveFailures = outlier.consecutiveErrors
      outlierDetection.baseEjectionTime = outlier.ejection.duration
      if let maximum = outlier.maxEjection { outlierDetection.maxEjectionTime = maximum.duration }
      if let percent = outlier.maxEjectionPercent {
        try check((0...100).contains(percent), "outlier.max_ejection_percent", "between 0 and 100")
        outlierDetection.maxEjectionPercent = percent
      }
      if let interval = outlier.interval {
        try check(interval.duration > .zero, "outlier.interval", "above zero")
        outlierDetection.decayInterval = interval.duration
      }
    }
    if let health = spec.healthCheck {
      var value = HealthCheck()
      if let interval = health.interval { value.interval = interval.duration }
      if let timeout = health.timeout { value.timeout = timeout.duration }
      if let service = health.service { value.service = service }
      if let threshold = health.unhealthyThreshold { value.unhealthyThreshold = threshold }
      if let threshold = health.healthyThreshold { value.healthyThreshold = threshold }
      try check(value.interval > .zero && value.timeout > .zero, "health_check.interval and timeout", "above zero")
      try check(value.unhealthyThreshold >= 1 && value.healthyThreshold >= 1, "health_check thresholds", "1 or more")
      healthCheck = value
    }
    if let breaker = spec.circuitBreaker {
      for (field, value) in [("max_connections", breaker.maxConnections), ("max_pending_requests", breaker.maxPendingRequests),
                             ("max_requests", breaker.maxRequests), ("max_retries", breaker.maxRetries)] {
        try check((value ?? 0) >= 0, "circuit_breaker.\(field)", "0 or more")
      }
      if let value = breaker.maxConnections { circuitBreaker.maxConnections = value }
      if let value = breaker.maxPendingRequests { circuitBreaker.maxPendingRequests = value }
      if let value = breaker.maxRequests { circuitBreaker.maxRequests = value }
      if let value = breaker.maxRetries { circuitBreaker.maxRetries = value }
    }
    if let budget = spec.retryBudget {
      var value = RetryBudget()
      if let percent = budget.percent {
        try check(percent.isFinite && percent >= 0 && percent <= 100, "retry_budget.percent", "between 0 and 100")
        value.percent = percent
      }
      if let minimum = budget.minConcurrency {
        try check(minimum >= 0, "retry_budget.min_concurrency", "0 or more")
        value.minConcurrency = minimum
      }
      retryBudget = value
    }
    idempotentMethods = Set(spec.idempotentMethods ?? [])
    if !idempotentMethods.isEmpty { retryPolicy = Self.defaultRetryPolicy(attempts: 3) }
    if let hedging = spec.hedging {
      do {
        hedgingPolicy = try HedgingPolicy(maxAttempts: hedging.maxAttempts ?? 2, hedgingDelay: hedging.delay.duration,
                                          nonFatalStatusCodes: [.unavailable])
      } catch let error as RPCError {
        throw UpstreamConfigurationError(description: "cluster \(name): hedging: \(error.message)")
      }
    }
  }

  /// Envoy's retry backoff (25 ms, growing ×2, at most 250 ms) for UNAVAILABLE, with `attempts` in all.
  /// - Parameter attempts: attempts in all, the first included; 2 at least.
  public static func defaultRetryPolicy(attempts: Int) -> RetryPolicy? {
    try? RetryPolicy(maxAttempts: max(2, attempts), initialBackoff: .milliseconds(25), maxBackoff: .milliseconds(250),
                     backoffMultiplier: 2, retryableStatusCodes: [.unavailable])
  }
}
