/// The timers of one event loop: a binary min-heap by deadline, with lazy cancellation, and the deadlines
/// the loop watches (`WatchedDeadlines`), which cost no heap entry.
package struct TimerQueue {
  /// Identifies a scheduled timer.
  package typealias ID = UInt64

  private struct Entry {
    let deadline: ContinuousClock.Instant
    let id: ID
  }

  private var heap: [Entry] = []
  private var work: [ID: () -> Void] = [:]
  private var nextID: ID = 1
  private var watched = WatchedDeadlines()

  /// How many deadlines are watched (for tests).
  var watchedCount: Int { watched.count }

  /// Watches `target`'s deadline; see `DeadlineWatched`.
  mutating func watch(_ target: any DeadlineWatched, until deadline: ContinuousClock.Instant) {
    watched.watch(target, until: deadline)
  }

  /// Stops watching `target`'s deadline: O(1), and nothing is left behind.
  mutating func unwatch(_ target: any DeadlineWatched) { watched.unwatch(target) }

  /// Removes and returns the watched targets whose deadline passed; the caller tells them, outside this
  /// mutation.
  mutating func takeExpiredWatched(now: ContinuousClock.Instant) -> [any DeadlineWatched] {
    watched.takeExpired(now: now)
  }

  /// Adds a timer.
  mutating func insert(deadline: ContinuousClock.Instant, _ body: @escaping () -> Void) -> ID {
    let id = nextID
    nextID += 1
    work[id] = body
    heap.append(Entry(deadline: deadline, id: id))
    var child = heap.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard heap[child].deadline < heap[parent].deadline else { break }
      heap.swapAt(child, parent)
      child = parent
    }
    return id
  }

  /// Cancels a timer; its heap entry is dropped when it reaches the top.
  mutating func cancel(_ id: ID) { work[id] = nil }

  /// Milliseconds until the next live timer or watched deadline, rounded up; -1 when there is none (wait
  /// forever).
  mutating func millisecondsUntilNext(now: ContinuousClock.Instant) -> Int32 {
    dropCancelledTop()
    let next: ContinuousClock.Instant
    switch (heap.first?.deadline, watched.earliest) {
    case (nil, nil): return -1
    case (let timer?, nil): next = timer
    case (nil, let bound?): next = bound
    case (let timer?, let bound?): next = min(timer, bound)
    }
    if next <= now { return 0 }
    let (seconds, attoseconds) = (next - now).components
    let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: millis)
  }

  /// Removes and returns the next timer whose deadline has passed; the caller runs it, outside this
  /// mutation, because a timer's work may schedule more timers.
  mutating func popExpired(now: ContinuousClock.Instant) -> (() -> Void)? {
    while let first = heap.first, first.deadline <= now {
      popTop()
      if let body = work.removeValue(forKey: first.id) { return body }
    }
    return nil
  }

  private mutating func dropCancelledTop() {
    while let first = heap.first, work[first.id] == nil { popTop() }
  }

  private mutating func popTop() {
    let last = heap.removeLast()
    guard !heap.isEmpty else { return }
    heap[0] = last
    var parent = 0
    while true {
      let left = 2 * parent + 1, right = left + 1
      var smallest = parent
      if left < heap.count && heap[left].deadline < heap[smallest].deadline { smallest = left }
      if right < heap.count && heap[right].deadline < heap[smallest].deadline { smallest = right }
      if smallest == parent { break }
      heap.swapAt(parent, smallest)
      parent = smallest
    }
  }
}
