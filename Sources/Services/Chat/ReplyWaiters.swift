import MeshPostgres
import MeshStores
import Synchronization

/// Callers waiting for the processor's reply to their turn, woken by `NOTIFY chat_reply '<turn key>'`
/// (no polling; `ReplyNotifications` delivers them). A notification that carries the stored reply
/// (`ReplyAnnouncement`) hands it to the waiters, so they need not read it. A reconnection of the listener
/// wakes everyone, since notifications sent meanwhile are lost; each waiter then re-checks the database.
final class ReplyWaiters: Sendable {
  private struct Waiter {
    var notified = false
    var continuation: CheckedContinuation<Void, Never>?
    /// The reply the announcement carried, if it carried one.
    var reply: ReplyAnnouncement?
  }
  private struct State {
    var waiters: [String: [Int: Waiter]] = [:]
    var nextID = 0
  }
  private let state = Mutex(State())

  init() {}

  /// Wakes the waiters of the turn `payload` names (handing them the reply it carries, if any), or every
  /// waiter when it is empty (the listener reconnected and may have missed announcements).
  func deliver(_ payload: String) {
    let (announced, reply) = ReplyAnnouncement.parse(payload)
    let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      let keys = payload.isEmpty ? Array(state.waiters.keys) : [announced]
      var woken: [CheckedContinuation<Void, Never>] = []
      for key in keys {
        guard var entries = state.waiters[key] else { continue }
        for id in entries.keys {
          entries[id]?.notified = true
          if let reply { entries[id]?.reply = reply }
          if let continuation = entries[id]?.continuation { woken.append(continuation) }
          entries[id]?.continuation = nil
        }
        state.waiters[key] = entries
      }
      return woken
    }
    woken.forEach { $0.resume() }
  }

  /// A waiter registered ahead of its wait: an announcement made at any time after registering is kept for it.
  struct Registration: Sendable {
    let key: String
    let id: Int
  }

  /// Registers a waiter for the turn `key`.
  func register(_ key: String) -> Registration {
    let id = state.withLock { state -> Int in
      state.nextID += 1
      state.waiters[key, default: [:]][state.nextID] = Waiter()
      return state.nextID
    }
    return Registration(key: key, id: id)
  }

  /// Forgets a registration (nothing happens when it is already forgotten).
  func cancel(_ registration: Registration) {
    state.withLock { state in
      state.waiters[registration.key]?[registration.id] = nil
      if state.waiters[registration.key]?.isEmpty == true { state.waiters[registration.key] = nil }
    }
  }

  /// Registers first, then runs `check` (is the reply already stored?), then waits for a notification of
  /// `key` or the timeout. A reply committed at any moment after registration is seen.
  /// - Returns: the reply the announcement carried, if it carried one.
  @discardableResult
  func wait(for key: String, timeout: Duration, check: () async -> Bool) async -> ReplyAnnouncement? {
    let registration = register(key)
    if await check() {
      cancel(registration)
      return nil
    }
    return await wait(registration, timeout: timeout)
  }

  /// Waits until the turn of `registration` is announced (at any time since it was registered) or
  /// `timeout` passes, then forgets the registration.
  /// - Returns: the reply the announcement carried, if it carried one.
  @discardableResult
  func wait(_ registration: Registration, timeout: Duration) async -> ReplyAnnouncement? {
    defer { cancel(registration) }
    let (key, id) = (registration.key, registration.id)
    await withTaskGroup(of: Void.self) { group in
      group.addTask {
        await withCheckedContinuation { continuation in
          let now = self.state.withLock { state -> Bool in
            guard let waiter = state.waiters[key]?[id], !waiter.notified else { return true }
            state.waiters[key]?[id]?.continuation = continuation
            return false
          }
          if now { continuation.resume() }
        }
      }
      group.addTask {
        try? await Task.sleep(for: timeout)
        self.fire(key, id)
      }
      await group.next()
      group.cancelAll()
      self.fire(key, id)
    }
    return state.withLock { $0.waiters[key]?[id]?.reply }
  }

  private func fire(_ key: String, _ id: Int) {
    let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
      guard state.waiters[key]?[id] != nil else { return nil }
      state.waiters[key]?[id]?.notified = true
      defer { state.waiters[key]?[id]?.continuation = nil }
      return state.waiters[key]?[id]?.continuation
    }
    continuation?.resume()
  }

  /// Wakes every waiter (the service is stopping).
  func stop() {
    let all = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      var all: [CheckedContinuation<Void, Never>] = []
      for key in state.waiters.keys {
        for id in state.waiters[key]?.keys ?? [:].keys {
          state.waiters[key]?[id]?.notified = true
          if let continuation = state.waiters[key]?[id]?.continuation { all.append(continuation) }
          state.waiters[key]?[id]?.continuation = nil
        }
      }
      return all
    }
    all.forEach { $0.resume() }
  }
}
