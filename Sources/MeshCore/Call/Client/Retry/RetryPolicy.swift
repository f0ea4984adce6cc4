/// How a failed call is tried again (gRPC's A6 `retryPolicy`): up to `maxAttempts` attempts in all, with
/// exponential backoff and full jitter, only for the listed status codes.
public struct RetryPolicy: Sendable, Hashable {
  /// Attempts in all, the first included; at least 2, and at most `RetryPolicy.attemptLimit` (A6's client cap).
  public var maxAttempts: Int
  /// The bound of the first retry's random delay.
  public var initialBackoff: Duration
  /// The largest bound a retry's random delay may have.
  public var maxBackoff: Duration
  /// The growth of the bound from one retry to the next.
  public var backoffMultiplier: Double
  /// The codes that are worth another attempt; any other code ends the call.
  public var retryableStatusCodes: Set<Status.Code>

  /// The client-side cap on `maxAttempts` (A6: 5 by default; a service config may not ask for more).
  public static let attemptLimit = 5

  /// Creates a policy; `maxAttempts` above `attemptLimit` is lowered to it.
  /// - Parameters:
  ///   - maxAttempts: attempts in all, at least 2.
  ///   - initialBackoff: the bound of the first retry's delay, above zero.
  ///   - maxBackoff: the largest bound, above zero.
  ///   - backoffMultiplier: the growth of the bound, above zero.
  ///   - retryableStatusCodes: the codes worth retrying, not empty.
  /// - Throws: `RPCError` with `.invalidArgument` when a value is out of range, as A6 requires.
  public init(maxAttempts: Int, initialBackoff: Duration, maxBackoff: Duration, backoffMultiplier: Double,
              retryableStatusCodes: Set<Status.Code>) throws {
    guard maxAttempts >= 2 else { throw Self.invalid("maxAttempts must be 2 or more, not \(maxAttempts)") }
    guard initialBackoff > .zero, maxBackoff > .zero else { throw Self.invalid("backoffs must be above zero") }
    guard backoffMultiplier > 0, backoffMultiplier.isFinite else {
      throw Self.invalid("backoffMultiplier must be above zero, not \(backoffMultiplier)")
    }
    guard !retryableStatusCodes.isEmpty else { throw Self.invalid("retryableStatusCodes must not be empty") }
    guard !retryableStatusCodes.contains(.ok) else { throw Self.invalid("OK cannot be retryable") }
    self.maxAttempts = min(maxAttempts, Self.attemptLimit)
    self.initialBackoff = initialBackoff
    self.maxBackoff = maxBackoff
    self.backoffMultiplier = backoffMultiplier
    self.retryableStatusCodes = retryableStatusCodes
  }

  /// The delay before retry `retry` (1 is the first retry): random in [0, min(initial × multiplier^(n-1), max)].
  /// - Parameters:
  ///   - retry: which retry, from 1.
  ///   - random: a number in [0, 1); injected so tests are deterministic.
  public func backoff(beforeRetry retry: Int, random: Double) -> Duration {
    var bound = initialBackoff.secondsValue
    for _ in 1..<max(retry, 1) { bound *= backoffMultiplier }
    bound = min(bound, maxBackoff.secondsValue)
    return .seconds(bound * min(max(random, 0), 1))
  }

  static func invalid(_ reason: String) -> RPCError {
    RPCError(code: .invalidArgument, message: "Invalid retry policy: \(reason).")
  }
}

extension Duration {
  /// The duration in seconds, as a Double.
  var secondsValue: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
