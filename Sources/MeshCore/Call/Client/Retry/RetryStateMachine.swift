/// The decisions of a retried call (A6), as a value: after each failed attempt, whether to try again and
/// after how long. Randomness and the throttle come in as arguments, so a test can replay any sequence.
public struct RetryStateMachine: Sendable {
  /// What to do after an attempt ended without response headers.
  public enum Decision: Sendable, Hashable {
    /// Start another attempt after this delay.
    case retry(after: Duration)
    /// End the call with this attempt's status.
    case stop
  }

  /// The policy.
  public let policy: RetryPolicy
  /// Attempts made so far under the policy (transparent retries are not counted).
  public private(set) var attempts = 1
  /// Which backoff step the next retry uses; a server pushback starts the steps again (A6).
  private var backoffStep = 1

  /// Starts with the first attempt in flight.
  /// - Parameter policy: the retry policy.
  public init(policy: RetryPolicy) { self.policy = policy }

  /// Decides after an attempt ended with `code` and (maybe) a pushback.
  /// - Parameters:
  ///   - code: the attempt's status code.
  ///   - pushback: the server's `grpc-retry-pushback-ms`, if any.
  ///   - recordFailure: counts a failure against the throttle and tells whether retries are still
  ///     allowed; called only for the failures A6 counts (retryable codes, pushback that says stop).
  ///   - random: a number in [0, 1) for the backoff's jitter.
  public mutating func attemptEnded(code: Status.Code, pushback: ServerPushback?, recordFailure: () -> Bool,
                                    random: Double) -> Decision {
    guard code != .ok else { return .stop }
    let retryable = policy.retryableStatusCodes.contains(code)
    if pushback == .stop {
      _ = recordFailure()
      return .stop
    }
    guard retryable else { return .stop }
    let throttleAllows = recordFailure()
    guard throttleAllows, attempts < policy.maxAttempts else { return .stop }
    attempts += 1
    if case .retry(let delay) = pushback {
      backoffStep = 1
      return .retry(after: delay)
    }
    let delay = policy.backoff(beforeRetry: backoffStep, random: random)
    backoffStep += 1
    return .retry(after: delay)
  }
}
