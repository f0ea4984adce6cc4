import Synchronization

/// What one call through a cluster remembers across its attempts: how many were opened, and the
/// endpoints already tried, so that a retry or a hedge goes to a different one when it can.
final class UpstreamCallContext: Sendable {
  private struct State {
    var attempts = 0
    var tried: Set<Int> = []
  }

  /// Whether the call is hedged (its extra attempts are hedges, not retries).
  let hedged: Bool
  /// The gateway route that opened the call, for the retry metrics; nil for no route.
  let route: String?
  private let state = Mutex(State())

  init(hedged: Bool, route: String? = nil) {
    self.hedged = hedged
    self.route = route
  }

  /// Counts an attempt being opened; returns how many came before it.
  func attemptStarting() -> Int {
    state.withLock { state in
      defer { state.attempts += 1 }
      return state.attempts
    }
  }

  /// The endpoints tried so far.
  var tried: Set<Int> { state.withLock { $0.tried } }

  /// Records an endpoint as tried.
  func tried(_ endpoint: Int) { state.withLock { _ = $0.tried.insert(endpoint) } }
}
