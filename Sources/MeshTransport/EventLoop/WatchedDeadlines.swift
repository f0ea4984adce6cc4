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

/// The deadlines a loop watches: an unordered array (watching appends, unwatching moves the last entry
/// into the freed slot) and a bound no later than the earliest deadline, so the loop looks at the entries
/// only when that bound has passed. Ends before the deadline (the usual case) leave the bound early: one
/// scan then finds the real earliest, so a scan happens about once per deadline span, not per call.
struct WatchedDeadlines {
  private var entries: [(deadline: ContinuousClock.Instant, target: any DeadlineWatched)] = []
  /// No later than every watched deadline; nil when nothing is watched.
  private(set) var earliest: ContinuousClock.Instant?

  var count: Int { entries.count }

  /// Watches `target` until `deadline` (a new deadline for one already watched).
  mutating func watch(_ target: any DeadlineWatched, until deadline: ContinuousClock.Instant) {
    if let slot = target.deadlineSlot {
      entries[slot].deadline = deadline
    } else {
      target.deadlineSlot = entries.count
      entries.append((deadline, target))
    }
    if earliest.map({ deadline < $0 }) ?? true { earliest = deadline }
  }

  /// Stops watching `target`; nothing happens when it is not watched.
  mutating func unwatch(_ target: any DeadlineWatched) {
    guard let slot = target.deadlineSlot, slot < entries.count, entries[slot].target === target else { return }
    target.deadlineSlot = nil
    let last = entries.removeLast()
    if slot < entries.count {
      entries[slot] = last
      last.target.deadlineSlot = slot
    }
    if entries.isEmpty { earliest = nil }
  }

  /// Removes and returns the targets whose deadline is `now` or earlier (none, without a scan, while the
  /// bound has not passed), and sets the bound to the earliest deadline left.
  mutating func takeExpired(now: ContinuousClock.Instant) -> [any DeadlineWatched] {
    guard let bound = earliest, bound <= now else { return [] }
    var expired: [any DeadlineWatched] = []
    var next: ContinuousClock.Instant?
    var slot = 0
    while slot < entries.count {
      let entry = entries[slot]
      if entry.deadline <= now {
        expired.append(entry.target)
        unwatch(entry.target)  // the last entry moves into `slot`: look at it next
      } else {
        if next.map({ entry.deadline < $0 }) ?? true { next = entry.deadline }
        slot += 1
      }
    }
    earliest = next
    return expired
  }
}
