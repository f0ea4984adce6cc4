/// An object whose deadline its loop watches without a timer of its own (`EventLoop.watchDeadline`): a
/// relayed call, which nearly always ends before its deadline, so arming and disarming must cost no heap
/// entry, no closure and no hash (a `TimerQueue` timer cost all three, and its cancelled entries stayed in
/// the heap until their deadlines passed).
package protocol DeadlineWatched: AnyObject {
  /// Where the loop keeps it while it is watched; set by the loop only, nil when not watched.
  var deadlineSlot: Int? { get set }
  /// Runs on the loop once the deadline passed while it was watched; it is no longer watched then.
  func deadlinePassed()
}

/// The deadlines a loop watches: unordered arrays (watching appends, unwatching moves the last entry
/// into the freed slot) and a bound no later than the earliest deadline, so the loop looks at the entries
/// only when that bound has passed. Ends before the deadline (the usual case) leave the bound early: one
/// scan then finds the real earliest, so a scan happens about once per deadline span, not per call.
///
/// Deadlines are kept as `Duration`s past an origin (a frozen type, copied as two words), in an array
/// beside the targets: entries of `(ContinuousClock.Instant, any DeadlineWatched)` were copied and
/// destroyed through the standard library's value witnesses (`Instant` is resilient), ~790 instructions
/// per unwatch, once per relayed call (callgrind at 16x32).
struct WatchedDeadlines {
  /// What the deadlines count from.
  private let origin = ContinuousClock.now
  /// Each watched target's deadline, past `origin`; `targets[i]`'s is `deadlines[i]`.
  private var deadlines: [Duration] = []
  private var targets: [any DeadlineWatched] = []
  /// No later than every watched deadline, past `origin`; nil when nothing is watched.
  private var bound: Duration?

  /// No later than every watched deadline; nil when nothing is watched.
  var earliest: ContinuousClock.Instant? { bound.map { origin + $0 } }

  var count: Int { targets.count }

  /// Watches `target` until `deadline` (a new deadline for one already watched).
  mutating func watch(_ target: any DeadlineWatched, until deadline: ContinuousClock.Instant) {
    let offset = origin.duration(to: deadline)
    if let slot = target.deadlineSlot {
      deadlines[slot] = offset
    } else {
      target.deadlineSlot = targets.count
      targets.append(target)
      deadlines.append(offset)
    }
    if bound.map({ offset < $0 }) ?? true { bound = offset }
  }

  /// Stops watching `target`; nothing happens when it is not watched.
  mutating func unwatch(_ target: any DeadlineWatched) {
    guard let slot = target.deadlineSlot, slot < targets.count, targets[slot] === target else { return }
    target.deadlineSlot = nil
    // The last entry moves into the slot (`swapAt` of the existentials cost ~150 instructions more).
    let moved = targets.removeLast(), deadline = deadlines.removeLast()
    if slot < targets.count {
      targets[slot] = moved
      deadlines[slot] = deadline
      moved.deadlineSlot = slot
    }
    if targets.isEmpty { bound = nil }
  }

  /// Removes and returns the targets whose deadline is `now` or earlier (none, without a scan, while the
  /// bound has not passed), and sets the bound to the earliest deadline left.
  mutating func takeExpired(now: ContinuousClock.Instant) -> [any DeadlineWatched] {
    guard let bound else { return [] }
    let current = origin.duration(to: now)
    guard bound <= current else { return [] }
    var expired: [any DeadlineWatched] = []
    var next: Duration?
    var slot = 0
    while slot < targets.count {
      let deadline = deadlines[slot]
      if deadline <= current {
        let target = targets[slot]
        expired.append(target)
        unwatch(target)  // the last entry moves into `slot`: look at it next
      } else {
        if next.map({ deadline < $0 }) ?? true { next = deadline }
        slot += 1
      }
    }
    self.bound = next
    return expired
  }
}
