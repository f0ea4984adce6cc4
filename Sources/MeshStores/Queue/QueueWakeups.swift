import Synchronization

/// Consumers waiting for messages, woken by the queue's NOTIFY. A generation counter per queue makes a
/// notification that arrives between "the queue was empty" and "start waiting" still count.
///
/// One notification (one enqueued message) wakes one waiter, the longest waiting: waking every idle
/// consumer for each message would send them all to the database for a message only one can take.
/// Nothing is lost: a notification that finds no waiter (every consumer busy) is kept as a hint, and a
/// consumer that has finished a message claims one and dequeues before it waits; one about to wait sees
/// the changed generation and does not sleep. A consumer that finishes while no hint is kept waits
/// without a dequeue: every message since it last looked woke a waiter, which takes it (ChatBenchmark
/// counted 1.16 dequeues per turn that found nothing, nearly all of them this look).
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
    /// Per queue: notifications that woke no waiter, not yet claimed by a consumer done with a message.
    var unclaimed: [String: Int] = [:]
    /// Times the listener lost hints (reconnected); per queue, the count the last empty dequeue began
    /// after. Fewer: hints of that queue may be lost, so a consumer done with a message always looks.
    var losses: UInt64 = 0
    var emptyAfterLosses: [String: UInt64] = [:]
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
      if let queue { s.generations[queue, default: 0] &+= 1 } else { s.allGeneration &+= 1; s.losses += 1 }
      let ids = queue.map { queue in s.waiters.filter { $0.value.queue == queue }.map(\.key).min().map { [$0] } ?? [] }
        ?? Array(s.waiters.keys)
      if let queue, ids.isEmpty { s.unclaimed[queue, default: 0] += 1 }
      return ids.compactMap { s.waiters.removeValue(forKey: $0)?.continuation }
    }
    for continuation in woken { continuation.resume() }
  }

  /// For a consumer done with a message: the generation to wait on (read first, so a notification that
  /// comes after this call wakes the wait at once), and whether to dequeue before waiting: when a
  /// notification woke no waiter (its hint is claimed here, one per look) or hints may have been lost.
  func lookAfterHandling(_ queue: String) -> (generation: UInt64, look: Bool) {
    state.withLock { s in
      let generation = (s.generations[queue] ?? 0) &+ s.allGeneration
      if s.emptyAfterLosses[queue, default: 0] < s.losses { return (generation, true) }
      guard let hints = s.unclaimed[queue], hints > 0 else { return (generation, false) }
      s.unclaimed[queue] = hints > 1 ? hints - 1 : nil
      return (generation, true)
    }
  }

  /// The count of lost-hint events now, to pass to `foundEmpty` for a dequeue that begins after this.
  var losses: UInt64 { state.withLock { $0.losses } }

  /// A dequeue of `queue` that began when `losses` read `losses` found nothing: the hints lost before
  /// it no longer matter (a message committed before it began was visible to it).
  func foundEmpty(_ queue: String, losses: UInt64) {
    state.withLock { s in s.emptyAfterLosses[queue] = max(s.emptyAfterLosses[queue, default: 0], losses) }
  }

  /// Notifications of `queue` that woke no waiter and are not yet claimed (for tests).
  func unclaimedHints(_ queue: String) -> Int { state.withLock { $0.unclaimed[queue] ?? 0 } }

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
