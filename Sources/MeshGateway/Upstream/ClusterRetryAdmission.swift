import MeshCore

/// The retry budget of a cluster as `RetryingCall` asks it: a retry, hedge or transparent retry may go
/// while the cluster's retries in flight are below the budget's share of its active requests (or below
/// `maxRetries` when it has no budget). The count itself is taken when the attempt opens.
struct ClusterRetryAdmission: RetryAdmission {
  let cluster: UpstreamCluster

  var allowsRetries: Bool { cluster.retryAllowed(countRefusal: false) }

  func recordFailure() -> Bool { cluster.retryAllowed(countRefusal: true) }

  func recordSuccess() {}

  /// No: the budget counts retries in flight, not successes.
  var countsSuccesses: Bool { false }

  func admitsTransparentRetry() -> Bool { cluster.retryAllowed(countRefusal: true) }
}
