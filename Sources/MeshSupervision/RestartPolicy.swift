/// When a crashed child is started again: exponential backoff from `initialDelay` up to `maximumDelay`,
/// and giving up on a service that crashed `maximumCrashes` times within `window` (a crash loop that
/// restarting will not cure). A child that stayed up for `window` starts again from the first delay.
public struct RestartPolicy: Sendable, Equatable {
  /// The delay before the first restart.
  public var initialDelay: Duration
  /// The longest delay between restarts.
  public var maximumDelay: Duration
  /// How many crashes within `window` make the supervisor give up.
  public var maximumCrashes: Int
  /// The span crashes are counted over.
  public var window: Duration

  /// A policy; the defaults restart after 0.5 s, 1 s, 2 s, ... up to 30 s and give up after 5 crashes in 2 minutes.
  public init(initialDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(30), maximumCrashes: Int = 5,
              window: Duration = .seconds(120)) {
    self.initialDelay = initialDelay
    self.maximumDelay = maximumDelay
    self.maximumCrashes = maximumCrashes
    self.window = window
  }

  /// The delay before restart number `attempt` (1 for the first restart), doubling each time, capped.
  /// - Parameter attempt: how many restarts there have been in a row, this one included.
  public func delay(forAttempt attempt: Int) -> Duration {
    guard attempt > 1 else { return initialDelay }
    var delay = initialDelay
    for _ in 1..<min(attempt, 64) {
      delay = delay * 2
      if delay >= maximumDelay { return maximumDelay }
    }
    return delay
  }
}

/// The crash history of one replica under a `RestartPolicy`: each crash is recorded with its time, and
/// the answer is either "restart after this delay" or "give up".
public struct RestartTracker: Sendable, Equatable {
  /// What to do after a crash.
  public enum Decision: Sendable, Equatable {
    /// Start the replica again after this delay.
    case restart(after: Duration)
    /// Stop restarting: it crashed `crashes` times within the policy's window.
    case giveUp(crashes: Int)
  }

  /// The policy followed.
  public let policy: RestartPolicy
  /// The times of the crashes still inside the window, oldest first (seconds on any monotonic clock).
  public private(set) var crashTimes: [Double] = []
  /// How many restarts there were since the replica last stayed up for a whole window.
  public private(set) var consecutiveRestarts = 0
  /// The restarts so far, over the replica's life (what the status table shows).
  public private(set) var totalRestarts = 0

  /// A tracker with no crash yet.
  /// - Parameter policy: the policy to follow.
  public init(policy: RestartPolicy) { self.policy = policy }

  /// Records a crash at `now` (seconds) after the replica had been up since `startedAt`, and decides.
  /// - Parameters:
  ///   - now: the time of the crash.
  ///   - startedAt: when the crashed process had been started.
  public mutating func recordCrash(at now: Double, startedAt: Double) -> Decision {
    let window = Self.seconds(policy.window)
    crashTimes.removeAll { now - $0 > window }
    crashTimes.append(now)
    if now - startedAt >= window { consecutiveRestarts = 0 }
    guard crashTimes.count < policy.maximumCrashes else { return .giveUp(crashes: crashTimes.count) }
    consecutiveRestarts += 1
    totalRestarts += 1
    return .restart(after: policy.delay(forAttempt: consecutiveRestarts))
  }

  /// A duration in seconds.
  public static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
