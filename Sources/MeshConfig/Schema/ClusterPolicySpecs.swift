/// Active health checks of a cluster's endpoints with `grpc.health.v1.Health/Check`.
public struct HealthCheckSpec: Decodable, Sendable, Equatable {
  /// The time between two checks of an endpoint (default 5s).
  public var interval: MeshDuration?
  /// How long a check may take (default 1s).
  public var timeout: MeshDuration?
  /// The service asked about; the whole server when absent.
  public var service: String?
  /// Failed checks in a row before an endpoint leaves the rotation (default 2).
  public var unhealthyThreshold: Int?
  /// Passed checks in a row before it comes back (default 1).
  public var healthyThreshold: Int?
}

/// A cluster's circuit-breaker limits; past one, a call fails at once with UNAVAILABLE naming it.
public struct CircuitBreakerSpec: Decodable, Sendable, Equatable {
  /// Connections to all the endpoints together (default 1024).
  public var maxConnections: Int?
  /// Calls waiting for a connection (default 1024).
  public var maxPendingRequests: Int?
  /// Requests in flight (default 1024).
  public var maxRequests: Int?
  /// Retries in flight when the cluster has no retry budget (default 3).
  public var maxRetries: Int?
}

/// Envoy's retry budget: retries in flight ≤ `percent` of active requests, or `min_concurrency`.
public struct RetryBudgetSpec: Decodable, Sendable, Equatable {
  /// The share of active requests, in percent (default 20).
  public var percent: Double?
  /// Retries allowed however few requests are active (default 3).
  public var minConcurrency: Int?
}

/// Hedging of idempotent methods: another attempt on a different endpoint after `delay`.
public struct HedgingSpec: Decodable, Sendable, Equatable {
  /// Attempts in all, the first included (default 2, at most 5).
  public var maxAttempts: Int?
  /// The time before the next attempt while none has answered.
  public var delay: MeshDuration
}
