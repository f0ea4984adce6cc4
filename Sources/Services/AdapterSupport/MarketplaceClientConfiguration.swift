/// Where the marketplace is and how to call it.
public struct MarketplaceClientConfiguration: Sendable {
  /// The marketplace's base URL, such as `http://127.0.0.1:8080` (a real shop with the same API works).
  public var baseURL: String
  /// The timeout of one HTTP attempt (shortened to the gRPC call's deadline when that is nearer).
  public var timeout: Duration
  /// Retries of idempotent calls.
  public var retry: RetryPolicy
  /// When to stop calling an unwell marketplace for a while.
  public var breaker: CircuitBreakerStateMachine.Configuration

  /// Creates a configuration.
  /// - Parameters:
  ///   - baseURL: the marketplace's base URL.
  ///   - timeout: per-attempt timeout.
  ///   - retry: retries of idempotent calls.
  ///   - breaker: the circuit breaker's thresholds.
  public init(baseURL: String, timeout: Duration = .seconds(2), retry: RetryPolicy = RetryPolicy(),
              breaker: CircuitBreakerStateMachine.Configuration = .init()) {
    self.baseURL = baseURL
    self.timeout = timeout
    self.retry = retry
    self.breaker = breaker
  }
}
