import Synchronization

/// Whether a process should receive traffic, and why not: not ready while it starts, ready once it
/// serves, not ready again as soon as it begins to drain (so load balancers stop sending first).
public final class Readiness: Sendable {
  private let state = Mutex<(ready: Bool, reason: String)>((false, "starting"))

  /// Not ready, "starting".
  public init() {}

  /// Ready for traffic.
  public func markReady() { state.withLock { $0 = (true, "") } }

  /// Not ready, for `reason` (such as "draining").
  public func markNotReady(_ reason: String) { state.withLock { $0 = (false, reason) } }

  /// Whether the process is ready.
  public var isReady: Bool { state.withLock { $0.ready } }

  /// Why it is not ready ("" when it is).
  public var reason: String { state.withLock { $0.reason } }
}
