/// The answer to one request: allowed or not, how much is left, and when to retry.
public struct RateLimitDecision: Sendable, Equatable {
  /// Whether the request may proceed.
  public let allowed: Bool
  /// Requests of cost 1 that would be allowed right now after this one.
  public let remaining: Int
  /// When denied, how long until a request of the same cost would be allowed; zero when allowed.
  public let retryAfter: Duration

  /// A decision.
  /// - Parameters:
  ///   - allowed: whether the request may proceed.
  ///   - remaining: requests of cost 1 still available now.
  ///   - retryAfter: the wait before a retry can succeed (zero when allowed).
  public init(allowed: Bool, remaining: Int, retryAfter: Duration) {
    self.allowed = allowed
    self.remaining = remaining
    self.retryAfter = retryAfter
  }
}
