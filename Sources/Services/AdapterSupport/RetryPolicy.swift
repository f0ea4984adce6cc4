/// Retries with exponential backoff and full jitter (a random wait between zero and the exponential
/// bound, as AWS's "Exponential Backoff and Jitter" recommends), for idempotent calls only.
public struct RetryPolicy: Sendable, Equatable {
  /// Attempts in all, the first included.
  public var maxAttempts: Int
  /// The bound of the first backoff.
  public var initialBackoff: Duration
  /// The largest bound.
  public var maxBackoff: Duration
  /// Growth of the bound per attempt.
  public var multiplier: Double

  /// Creates a policy.
  /// - Parameters:
  ///   - maxAttempts: attempts in all.
  ///   - initialBackoff: the first bound.
  ///   - maxBackoff: the cap.
  ///   - multiplier: the growth.
  public init(maxAttempts: Int = 3, initialBackoff: Duration = .milliseconds(50), maxBackoff: Duration = .seconds(1),
              multiplier: Double = 2) {
    self.maxAttempts = maxAttempts
    self.initialBackoff = initialBackoff
    self.maxBackoff = maxBackoff
    self.multiplier = multiplier
  }

  /// The bound of the wait before retry number `retry` (1 for the first retry).
  public func bound(retry: Int) -> Duration {
    let factor = (0..<max(0, retry - 1)).reduce(1.0) { value, _ in value * multiplier }
    let bound = initialBackoff * factor
    return bound > maxBackoff ? maxBackoff : bound
  }

  /// A jittered wait before retry number `retry`: uniform in [0, bound].
  /// - Parameters:
  ///   - retry: 1 for the first retry.
  ///   - generator: the randomness.
  public func backoff(retry: Int, using generator: inout some RandomNumberGenerator) -> Duration {
    bound(retry: retry) * Double.random(in: 0...1, using: &generator)
  }
}
