/// Whether a loop that just handled I/O polls briefly before it blocks in `epoll_wait`, learnt from
/// whether such polls have been finding anything.
///
/// Polling pays where the next event follows within microseconds (a ping-pong peer's next message: the
/// wake-up of a halted CPU costs more than the poll). Where it does not, it is pure cost, and on a
/// machine with more loops than cores it takes the CPU from the threads that would produce the event: in
/// ChatBenchmark's process (some fifteen loops on two cores) the polls were 1,900 empty `epoll_wait`s per
/// chat turn, 90% of the process's system calls. So a poll that found nothing makes the loop block at once
/// the next time, then the next two times, doubling up to `maxSkips`; a poll that found events halves the
/// next stretch. A loop whose polls pay keeps polling after every turn with I/O, as before.
///
/// Halved, not started over: a poll that finds nothing spins the whole window, one that finds events saves
/// one wake-up, so polls pay only where nearly all of them find something. Where few do (a gateway under
/// many clients' calls: a turn relays dozens of calls and the peers' answers come later than the window;
/// nearly every turn ended in a blocking wait), starting over after each rare find kept the loop polling in
/// vain on a good part of its turns: 0.09-0.49 empty `epoll_wait`s per relayed call at 16 connections x 32
/// calls, by run (`mesh/bench/gateway/README.md`, gw39). Halved, such polls thin out to one in tens of turns, while polls
/// that mostly find something (a ping-pong peer) still come after every turn.
///
/// A read of a large block (`bulkReadBytes` at once: a peer sending large messages) makes the loop block
/// without polling for the next `bulkTurns` wake-ups, a large read re-arming it: such a peer's next bytes
/// come at its own pace, a poll catches their first frames and the loop reads the rest piece by piece, turn
/// after turn, where a blocking wait reads them together. With ten connections of 64 KiB unary calls
/// (`syscalls.sh`, issue 8) polling made 0.41-0.50 reads and 1.9-2.7 system calls per call, this 0.33-0.38
/// and 0.7-0.9. Such a skip is not an empty poll; traffic of small messages never reads that much at once
/// and polls as before.
struct PollBeforeSleep {
  /// One read this large marks its turn as bulk transfer: the loop blocks after it without polling.
  /// Above what small-message traffic reads at once (50 x 20 calls of 1 KiB read 20 KiB a connection).
  static let bulkReadBytes = 64 * 1024
  /// How many wake-ups with I/O after a large read block without polling (reads of a large message's
  /// frames in between are usually smaller: only the next large read re-arms it).
  static let bulkTurns = 16
  /// The most wake-ups with I/O in a row that block without polling, after polls that found nothing.
  static let maxSkips = 64
  private var skipsLeft = 0
  private var nextSkips = 1
  /// Wake-ups left that block without polling, after a large read.
  private var bulkTurnsLeft = 0

  /// A read of `byteCount` bytes in this turn.
  mutating func read(byteCount: Int) {
    if byteCount >= Self.bulkReadBytes { bulkTurnsLeft = Self.bulkTurns }
  }

  /// Whether to poll now, after a turn with I/O; counts a skipped chance.
  mutating func shouldPoll() -> Bool {
    guard bulkTurnsLeft == 0 else {
      bulkTurnsLeft -= 1
      return false
    }
    guard skipsLeft == 0 else {
      skipsLeft -= 1
      return false
    }
    return true
  }

  /// What the poll found: events (polling pays here: keep polling, and the next stretch of skips is half
  /// as long) or nothing (skip the next chances).
  mutating func polled(foundEvents: Bool) {
    if foundEvents {
      nextSkips = max(1, nextSkips / 2)
    } else {
      skipsLeft = nextSkips
      nextSkips = min(nextSkips * 2, Self.maxSkips)
    }
  }
}
