/// What decides whether a call may send another attempt: A6's `RetryThrottle` for a channel, or a
/// gateway cluster's retry budget (Envoy's: retries in flight as a share of active requests).
/// `RetryingCallStream` asks it; it owns no attempt.
public protocol RetryAdmission: Sendable {
  /// Whether a retry or hedged attempt may be sent now.
  var allowsRetries: Bool { get }

  /// Records an attempt that failed with a retryable (or non-fatal) code and tells whether retries are
  /// still allowed after it.
  func recordFailure() -> Bool

  /// Records a call that succeeded.
  func recordSuccess()

  /// Whether an attempt the server never saw (REFUSED_STREAM, a GOAWAY that did not cover it) may be
  /// sent again at once. A6 retries those outside the throttle, so the default is yes.
  func admitsTransparentRetry() -> Bool

  /// Whether `recordSuccess()` does anything: a call with no policy is then watched to its end for it,
  /// otherwise it runs without a task of its own.
  var countsSuccesses: Bool { get }
}

extension RetryAdmission {
  /// Yes: A6's transparent retry is not throttled.
  public func admitsTransparentRetry() -> Bool { true }

  /// Yes: A6's throttle gains tokens from successes.
  public var countsSuccesses: Bool { true }
}

extension RetryThrottle: RetryAdmission {}
