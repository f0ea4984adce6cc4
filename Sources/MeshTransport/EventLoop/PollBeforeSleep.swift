/// Whether a loop that just handled I/O polls briefly before it blocks in `epoll_wait`, learnt from
/// whether such polls have been finding anything.
///
/// Polling pays where the next event follows within microseconds (a ping-pong peer's next message: the
/// wake-up of a halted CPU costs more than the poll). Where it does not, it is pure cost, and on a
/// machine with more loops than cores it takes the CPU from the threads that would produce the event: in
/// ChatBenchmark's process (some fifteen loops on two cores) the polls were 1,900 empty `epoll_wait`s per
/// chat turn, 90% of the process's system calls. So a poll that found nothing makes the loop block at once
/// the next time, then the next two times, doubling up to `maxSkips`; a poll that found events starts
/// over. A loop whose polls pay keeps polling after every turn with I/O, as before.
struct PollBeforeSleep {
  /// The most wake-ups with I/O in a row that block without polling, after polls that found nothing.
  static let maxSkips = 64
  private var skipsLeft = 0
  private var nextSkips = 1

  /// Whether to poll now, after a turn with I/O; counts a skipped chance.
  mutating func shouldPoll() -> Bool {
    guard skipsLeft == 0 else {
      skipsLeft -= 1
      return false
    }
    return true
  }

  /// What the poll found: events (polling pays here: keep polling) or nothing (skip the next chances).
  mutating func polled(foundEvents: Bool) {
    if foundEvents {
      nextSkips = 1
    } else {
      skipsLeft = nextSkips
      nextSkips = min(nextSkips * 2, Self.maxSkips)
    }
  }
}
