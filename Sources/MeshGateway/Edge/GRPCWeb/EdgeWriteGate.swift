import Synchronization

/// Lets one task at a time write to an exchange: the handler's messages and the final bytes written on a
/// deadline come from different tasks, and an exchange must be used by one task at a time.
final class EdgeWriteGate: Sendable {
  private struct State {
    var busy = false
    var waiters: [CheckedContinuation<Void, Never>] = []
  }
  private let state = Mutex(State())

  /// Runs `body` once no other body runs.
  func withGate<T>(_ body: () async throws -> T) async rethrows -> T {
    await acquire()
    defer { release() }
    return try await body()
  }

  private func acquire() async {
    await withCheckedContinuation { continuation in
      let free = state.withLock { state -> Bool in
        if !state.busy {
          state.busy = true
          return true
        }
        state.waiters.append(continuation)
        return false
      }
      if free { continuation.resume() }
    }
  }

  private func release() {
    let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
      guard !state.waiters.isEmpty else {
        state.busy = false
        return nil
      }
      return state.waiters.removeFirst()
    }
    next?.resume()
  }
}
