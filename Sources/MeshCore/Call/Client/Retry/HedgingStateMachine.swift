/// The decisions of a hedged call (A6), as a value: when another attempt may go, and what an attempt's
/// end means for the call. The caller owns the timers and the streams; this only counts and decides.
public struct HedgingStateMachine: Sendable {
  /// What to do after an attempt ended without response headers.
  public enum Decision: Sendable, Hashable {
    /// This attempt's status is the call's: cancel the others (an OK or fatal code, or the last failure).
    case commit
    /// Send the next hedge after this delay instead of the regular one (zero: at once).
    case hedge(after: Duration)
    /// Other attempts are still in flight; wait for them.
    case waitForOthers
  }

  /// The policy.
  public let policy: HedgingPolicy
  /// Attempts started so far.
  public private(set) var started = 0
  /// Attempts in flight.
  public private(set) var inFlight = 0
  /// Set once a server pushback said stop: no more hedges.
  public private(set) var stopped = false

  /// Starts with no attempt; call `attemptStarted()` for the first.
  /// - Parameter policy: the hedging policy.
  public init(policy: HedgingPolicy) { self.policy = policy }

  /// Whether another hedge may be sent now: attempts are left, no pushback said stop, and the throttle
  /// (checked only for hedges after the first) allows it.
  /// - Parameter throttleAllows: whether the retry throttle is above its threshold.
  public func mayStartAttempt(throttleAllows: Bool) -> Bool {
    if started == 0 { return true }
    return started < policy.maxAttempts && !stopped && throttleAllows
  }

  /// Counts an attempt that was sent.
  public mutating func attemptStarted() {
    started += 1
    inFlight += 1
  }

  /// Decides after an attempt ended with `code` and (maybe) a pushback.
  /// - Parameters:
  ///   - code: the attempt's status code.
  ///   - pushback: the server's `grpc-retry-pushback-ms`, if any.
  ///   - recordFailure: counts a failure against the throttle and tells whether hedges are still allowed;
  ///     called only for non-fatal codes and a pushback that says stop.
  public mutating func attemptEnded(code: Status.Code, pushback: ServerPushback?, recordFailure: () -> Bool) -> Decision {
    inFlight = max(0, inFlight - 1)
    guard code != .ok, policy.nonFatalStatusCodes.contains(code) else {
      if pushback == .stop { _ = recordFailure() }
      return .commit
    }
    let throttleAllows = recordFailure()
    if pushback == .stop { stopped = true }
    if started < policy.maxAttempts && !stopped && throttleAllows {
      if case .retry(let delay) = pushback { return .hedge(after: delay) }
      return .hedge(after: .zero)
    }
    return inFlight > 0 ? .waitForOthers : .commit
  }
}
