import MeshCore

/// The retry budget of a cluster as one call's `RetryingCall` asks it: a retry, hedge or transparent
/// retry may go while the cluster's retries in flight are below the budget's share of its active
/// requests (or below `maxRetries` when it has no budget). A retry the budget lets go takes its room
/// then (as Envoy's `retries().inc()` at the decision), and its attempt opens on that room after the
/// backoff: checked then taken later, several calls whose attempts failed together were all let go, and
/// the last to open found the room gone and failed on the breaker, a refusal the budget did not count.
struct ClusterRetryAdmission: RetryAdmission {
  let cluster: UpstreamCluster
  /// The call whose retries this admits: it holds their room until they open (or it ends).
  let call: UpstreamCallContext

  var allowsRetries: Bool { cluster.retryAllowed(countRefusal: false) }

  /// Takes room for the retry, or counts the refusal. `RetryingCall` also asks after a call's last
  /// attempt (A6's throttle counts every failure); room taken then, never used, is given back when the
  /// call ends, at once after.
  func recordFailure() -> Bool { cluster.reserveRetry(for: call) }

  func recordSuccess() {}

  /// No: the budget counts retries in flight, not successes.
  var countsSuccesses: Bool { false }

  func admitsTransparentRetry() -> Bool { cluster.reserveRetry(for: call) }
}
