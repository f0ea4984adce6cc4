import Synchronization

/// What one call through a cluster remembers across its attempts: how many were opened, the endpoints
/// already tried, so that a retry or a hedge goes to a different one when it can, and the room in the
/// retry budget it holds for a retry that has not opened yet.
final class UpstreamCallContext: Sendable {
  private struct State {
    var attempts = 0
    var tried: Set<Int> = []
    var reservedRetries = 0
    var ended = false
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

  /// The budget gave the call room for one more retry (taken in the cluster's breaker count): the call
  /// holds it, unless it already ended (a committed attempt's failure is still told to the budget after
  /// the call's end may have been counted); false then, and the room is to be given back at once.
  func retryReserved() -> Bool {
    state.withLock { state in
      guard !state.ended else { return false }
      state.reservedRetries += 1
      return true
    }
  }

  /// Takes the room held for one retry, for the attempt that opens now; false when it holds none.
  func takeReservedRetry() -> Bool {
    state.withLock { state in
      guard state.reservedRetries > 0 else { return false }
      state.reservedRetries -= 1
      return true
    }
  }

  /// The call ended: takes all the room still held (retries that never opened), and holds none from now on.
  func endAndTakeReservedRetries() -> Int {
    state.withLock { state in
      state.ended = true
      defer { state.reservedRetries = 0 }
      return state.reservedRetries
    }
  }
}
