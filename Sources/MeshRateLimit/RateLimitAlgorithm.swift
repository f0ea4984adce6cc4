/// A rate-limiting rule for one key: its per-key state and how a request changes it.
///
/// Times are nanoseconds of a `RateLimitClock`. `isIdle` must be true exactly when the state is
/// equivalent to a fresh one, so that forgetting an idle key changes no future decision.
public protocol RateLimitAlgorithm: Sendable {
  /// What the limiter remembers per key.
  associatedtype State: Sendable

  /// The state of a key never seen before.
  /// - Parameters:
  ///   - now: the current time in nanoseconds.
  func initialState(now: UInt64) -> State

  /// Decides one request and updates the state when it is allowed.
  /// - Parameters:
  ///   - state: the key's state.
  ///   - cost: how many units the request takes (at least 1).
  ///   - now: the current time in nanoseconds.
  func acquire(_ state: inout State, cost: Int, now: UInt64) -> RateLimitDecision

  /// Whether `state` has recovered completely, so the key can be forgotten.
  /// - Parameters:
  ///   - state: the key's state.
  ///   - now: the current time in nanoseconds.
  func isIdle(_ state: State, now: UInt64) -> Bool
}
