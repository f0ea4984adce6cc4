import Synchronization

/// The endpoints the attempts of one call went to, shared by those attempts (A6 retries and hedges).
/// A transport that balances over several endpoints (`GRPCChannel` under round robin or least-request)
/// sends the next attempt to one not in it while another is ready, so that a hedge does not join the
/// first attempt on the server where it hangs and a retry after a failure on one server tries another;
/// with every ready endpoint tried, any ready one does. `RetryingCallStream` makes one per call with a
/// policy and hands it to each attempt in `CallOptions.attemptedEndpoints`; a call without a policy has
/// none, and its pick costs nothing more.
public final class AttemptedEndpoints: Sendable {
  /// Endpoint keys in the order they were used: a call has a handful of attempts (A6 caps them at 5),
  /// so a scan beats a set.
  private let keys = Mutex<[Int]>([])

  /// Creates an empty record, for a call's first attempt.
  public init() {}

  /// Whether an attempt of the call went to the endpoint.
  /// - Parameter key: the transport's key for the endpoint.
  public func contains(_ key: Int) -> Bool { keys.withLock { $0.contains(key) } }

  /// Records that an attempt goes to the endpoint.
  /// - Parameter key: the transport's key for the endpoint.
  public func insert(_ key: Int) {
    keys.withLock { keys in if !keys.contains(key) { keys.append(key) } }
  }

  /// The endpoints used so far, each once, in the order of their first attempt.
  public var all: [Int] { keys.withLock { $0 } }
}
