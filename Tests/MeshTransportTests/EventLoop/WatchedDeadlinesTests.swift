import Dispatch
import Synchronization
import Testing
@testable import MeshTransport

/// The deadlines a loop watches without timers (`WatchedDeadlines`, `EventLoop.watchDeadline`): a target
/// unwatched before its deadline is never told, one still watched is told once, and the loop wakes for it.
struct WatchedDeadlinesTests {
  /// A target that counts how often it was told.
  final class Target: DeadlineWatched, @unchecked Sendable {
    var deadlineSlot: Int?
    let name: Int
    private let told: Mutex<Int> = Mutex(0)
    let fired = DispatchSemaphore(value: 0)
    init(_ name: Int) { self.name = name }
    var timesTold: Int { told.withLock { $0 } }
    func deadlinePassed() {
      told.withLock { $0 += 1 }
      fired.signal()
    }
  }

  @Test func unwatchedBeforeItsDeadlineIsNeverTold() {
    var queue = TimerQueue()
    let start = ContinuousClock.now
    let early = Target(0), late = Target(1)
    queue.watch(early, until: start + .milliseconds(10))
    queue.watch(late, until: start + .milliseconds(20))
    #expect(queue.millisecondsUntilNext(now: start) == 10)
    queue.unwatch(early)
    #expect(early.deadlineSlot == nil && queue.watchedCount == 1)
    // The bound still says 10 ms (an early end leaves it): the scan then finds nothing due and moves it on.
    #expect(queue.takeExpiredWatched(now: start + .milliseconds(15)).isEmpty)
    #expect(queue.millisecondsUntilNext(now: start + .milliseconds(15)) == 5)
    let due = queue.takeExpiredWatched(now: start + .milliseconds(20))
    #expect(due.count == 1 && due.first === late)
    #expect(late.deadlineSlot == nil && queue.watchedCount == 0)
    #expect(queue.millisecondsUntilNext(now: start) == -1)
    queue.unwatch(late)  // unwatching one no longer watched changes nothing
    #expect(queue.watchedCount == 0)
  }

  @Test func manyWatchedOnesAreToldExactlyWhenDueWhateverOrderTheyLeave() {
    var queue = TimerQueue()
    let start = ContinuousClock.now
    let targets = (0..<50).map(Target.init)
    for target in targets { queue.watch(target, until: start + .milliseconds(1 + target.name % 10)) }
    // Every third one ends early; the others are told at their deadline, and only then.
    for target in targets where target.name % 3 == 0 { queue.unwatch(target) }
    var told: [Int] = []
    for millisecond in 0...11 {
      let due = queue.takeExpiredWatched(now: start + .milliseconds(millisecond))
      for watched in due {
        guard let target = watched as? Target else { Issue.record("not a test target"); continue }
        #expect(1 + target.name % 10 <= millisecond)
        told.append(target.name)
      }
    }
    #expect(told.sorted() == targets.map(\.name).filter { $0 % 3 != 0 })
    #expect(queue.watchedCount == 0)
    #expect(targets.allSatisfy { $0.deadlineSlot == nil })
  }

  @Test func watchingAgainMovesTheDeadline() {
    var queue = TimerQueue()
    let start = ContinuousClock.now
    let target = Target(0)
    queue.watch(target, until: start + .milliseconds(5))
    queue.watch(target, until: start + .milliseconds(30))
    #expect(queue.watchedCount == 1)
    #expect(queue.takeExpiredWatched(now: start + .milliseconds(10)).isEmpty)
    #expect(queue.takeExpiredWatched(now: start + .milliseconds(30)).count == 1)
  }

  @Test func aLoopTellsAWatchedTargetAtItsDeadlineAndNotOneUnwatched() async throws {
    let loop = EventLoop(name: "watched-deadlines-test")
    defer {
      loop.shutdown()
      loop.waitUntilStopped()
    }
    let kept = Target(0), left = Target(1)
    let watched = DispatchSemaphore(value: 0)
    loop.execute {
      let now = ContinuousClock.now
      loop.watchDeadline(left, until: now + .milliseconds(20))
      loop.watchDeadline(kept, until: now + .milliseconds(40))
      loop.unwatchDeadline(left)
      watched.signal()
    }
    try #require(await signalled(watched))
    // The loop sleeps in epoll_wait until the deadline: it wakes for it with nothing else to do.
    #expect(await signalled(kept.fired))
    #expect(kept.timesTold == 1)
    // Well past the unwatched one's deadline, on the loop (after the kept one's turn): never told.
    let checked = DispatchSemaphore(value: 0)
    loop.execute { checked.signal() }
    try #require(await signalled(checked))
    #expect(left.timesTold == 0)
    #expect(left.deadlineSlot == nil && kept.deadlineSlot == nil)
  }
}
