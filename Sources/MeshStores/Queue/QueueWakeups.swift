import Synchronization

/// Consumers waiting for messages, woken by the queue's NOTIFY. A generation counter per queue makes a
/// notification that arrives between "the queue was empty" and "start waiting" still count.
///
/// One notification (one enqueued message) wakes one waiter, the longest waiting: waking every idle
/// consumer for each message would send them all to the database for a message only one can take.
/// Nothing is lost: a consumer that is busy when the notification comes dequeues again as soon as it
/// is done, and one about to wait sees the changed generation and does not sleep.
final class QueueWakeups: Sendable {
  private struct Waiter {
    let queue: String
    let continuation: CheckedContinuation<Void, Never>
  }

  private struct State {
    var generations: [String: UInt64] = [:]
    var allGeneration: UInt64 = 0
    var waiters: [UInt64: Waiter] = [:]
    var nextID: UInt64 = 0
  }

  private let state = Mutex(State())

  /// A token to pass to `wait`: it changes whenever `queue` is signalled.
  func generation(of queue: String) -> UInt64 {
    state.withLock { ($0.generations[queue] ?? 0) &+ $0.allGeneration }
  }

  /// Wakes the longest waiting consumer of `queue`, or every waiter of every queue when nil (after a
  /// reconnection, when hints were lost).
  func signal(_ queue: String?) {
    let woken = state.withLock { s -> [CheckedContinuation<Void, Never>] in
      if let queue { s.generations[queue, default: 0] &+= 1 } else { s.allGeneration &+= 1 }
      let ids = queue.map { queue in s.waiters.filter { $0.value.queue == queue }.map(\.key).min().map { [$0] } ?? [] }
        ?? Array(s.waiters.keys)
      return ids.compactMap { s.waiters.removeValue(forKey: $0)?.continuation }
    }
    for continuation in woken { continuation.resume() }
  }

  /// The consumers of `queue` asleep now.
  func waiting(on queue: String) -> Int {
    state.withLock { $0.waiters.values.filter { $0.queue == queue }.count }
  }

  /// Returns when `queue` is signalled after `generation` was read, or when `timeout` passes.
  func wait(for queue: String, since generation: UInt64, timeout: Duration) async {
    let id = state.withLock { s -> UInt64 in s.nextID += 1; return s.nextID }
    let timer = Task { [weak self] in
      try? await Task.sleep(for: timeout)
      self?.wake(id)
    }
    defer { timer.cancel() }
    await withTaskCancellationHandler {
      await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let now = state.withLock { s -> Bool in
          if (s.generations[queue] ?? 0) &+ s.allGeneration != generation || timer.isCancelled { return true }
          s.waiters[id] = Waiter(queue: queue, continuation: continuation)
          return false
        }
        if now { continuation.resume() }
      }
    } onCancel: {
      self.wake(id)
    }
  }

  private func wake(_ id: UInt64) {
    state.withLock { $0.waiters.removeValue(forKey: id) }?.continuation.resume()
  }
}
