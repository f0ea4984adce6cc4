extension UpstreamClusterConfiguration.RetryBudget {
  /// The retries that may be in flight beside `activeRequests` requests: `percent` of them, at least
  /// `minConcurrency` (Envoy's `budget_percent` and `min_retry_concurrency`).
  /// - Parameter activeRequests: the requests in flight, retries included.
  public func allowedRetries(activeRequests: Int) -> Int {
    max(minConcurrency, Int((Double(max(0, activeRequests)) * percent / 100).rounded(.down)))
  }
}
