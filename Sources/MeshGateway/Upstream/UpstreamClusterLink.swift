import Synchronization

/// How the cluster's metrics collector and health-check tasks reach it without a weak reference.
///
/// A weak reference gives its object a side table for good, and every later retain and release of the
/// object then takes the runtime's slow path (`incrementSlow`, `doDecrementSlow`: ~50 instructions more
/// each); a relayed call retains its cluster a few times. The link holds the cluster unretained instead, and
/// the cluster's `deinit` clears it under the same lock a call through it holds, so a call either finds
/// the cluster whole (its `deinit` waits for the call to end) or finds none.
final class UpstreamClusterLink: Sendable {
  private let cluster = Mutex<Unmanaged<UpstreamCluster>?>(nil)

  /// Points the link at `cluster` (once its stored properties are all set).
  func attach(_ cluster: UpstreamCluster) {
    self.cluster.withLock { $0 = .passUnretained(cluster) }
  }

  /// Lets the cluster go: from now on `withCluster` finds none. Called by the cluster's `deinit`.
  func detach() {
    cluster.withLock { $0 = nil }
  }

  /// Calls `body` with the cluster while it lives, holding the link's lock (so `body` must not drop the
  /// last reference to it, nor call back into the link).
  /// - Returns: what `body` returned; nil once the cluster is gone.
  func withCluster<R: Sendable>(_ body: (UpstreamCluster) -> R) -> R? {
    cluster.withLock { linked -> R? in
      guard let linked else { return nil }
      return linked._withUnsafeGuaranteedRef { body($0) }
    }
  }
}
