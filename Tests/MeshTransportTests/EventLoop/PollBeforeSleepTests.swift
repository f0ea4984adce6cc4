@testable import MeshTransport
import Testing

@Suite("Polling before sleeping, while it pays")
struct PollBeforeSleepTests {
  /// Which of the next `chances` wake-ups with I/O poll, given what each poll finds.
  private func polls(_ policy: inout PollBeforeSleep, chances: Int, finding: Bool) -> [Bool] {
    (0..<chances).map { _ in
      guard policy.shouldPoll() else { return false }
      policy.polled(foundEvents: finding)
      return true
    }
  }

  @Test func pollsThatFindEventsGoOnAfterEveryTurn() {
    var policy = PollBeforeSleep()
    #expect(polls(&policy, chances: 100, finding: true).allSatisfy { $0 })
  }

  @Test func emptyPollsAreSkippedForDoublingStretchesUpToTheLimit() {
    var policy = PollBeforeSleep()
    let pattern = polls(&policy, chances: 1 + 1 + 1 + 2 + 1 + 4 + 1, finding: false)
    // poll, skip 1, poll, skip 2, poll, skip 4, poll
    #expect(pattern == [true, false, true, false, false, true, false, false, false, false, true])
    var long = PollBeforeSleep()
    let many = polls(&long, chances: 10_000, finding: false)
    #expect(many.filter { $0 }.count < 10_000 / PollBeforeSleep.maxSkips + 10)
    #expect(many.filter { $0 }.count > 10_000 / (PollBeforeSleep.maxSkips + 1) - 1)
  }

  @Test func aPollThatFindsEventsStartsTheStretchesOver() {
    var policy = PollBeforeSleep()
    _ = polls(&policy, chances: 200, finding: false)
    // Somewhere in the next stretch a poll comes; after it finds events, polls follow every turn again.
    var found = false
    for _ in 0..<(PollBeforeSleep.maxSkips + 1) where !found {
      if policy.shouldPoll() {
        policy.polled(foundEvents: true)
        found = true
      }
    }
    #expect(found)
    #expect(polls(&policy, chances: 20, finding: true).allSatisfy { $0 })
  }

  /// How many of the next `chances` wake-ups with I/O poll, when the `n`th poll made finds events if
  /// `finds(n)`.
  private func pollCount(_ policy: inout PollBeforeSleep, chances: Int, finds: (Int) -> Bool) -> Int {
    var made = 0
    for _ in 0..<chances where policy.shouldPoll() {
      made += 1
      policy.polled(foundEvents: finds(made))
    }
    return made
  }

  @Test func rareFindsKeepPollsRare() {
    // One poll in ten finding events does not pay for the nine that spin in vain. Starting over at each
    // find, polls came after 3.8% of the turns; halving the stretch, after fewer than 2.5% (about one in
    // `maxSkips / 2` to `maxSkips` turns).
    var policy = PollBeforeSleep()
    let made = pollCount(&policy, chances: 10_000) { $0 % 10 == 0 }
    #expect(made < 250)
    #expect(made > 10_000 / (PollBeforeSleep.maxSkips + 1) - 1)
  }

  @Test func pollsThatMostlyFindEventsStillComeAfterNearlyEveryTurn() {
    // Nine polls in ten finding events: each empty one costs a skipped turn, and the finds shrink the next
    // stretch back to one.
    var policy = PollBeforeSleep()
    let made = pollCount(&policy, chances: 1_000) { $0 % 10 != 0 }
    #expect(made > 900)
  }

  @Test func aLargeReadBlocksTheNextWakeUpsWithoutPollingThenPollingResumes() {
    var policy = PollBeforeSleep()
    // Small reads, however many, change nothing.
    policy.read(byteCount: 100)
    policy.read(byteCount: PollBeforeSleep.bulkReadBytes - 1)
    let small = polls(&policy, chances: 3, finding: true)
    #expect(small == [true, true, true])
    // One large read: the next `bulkTurns` wake-ups block at once, then polls come after every turn again
    // (the skips were not empty polls, so no stretch of skips follows them).
    policy.read(byteCount: PollBeforeSleep.bulkReadBytes)
    let after = polls(&policy, chances: PollBeforeSleep.bulkTurns + 3, finding: true)
    #expect(after == Array(repeating: false, count: PollBeforeSleep.bulkTurns) + [true, true, true])
    // A large read during the stretch starts it over.
    policy.read(byteCount: PollBeforeSleep.bulkReadBytes)
    _ = polls(&policy, chances: PollBeforeSleep.bulkTurns - 1, finding: true)
    policy.read(byteCount: 1 << 20)
    let rearmed = polls(&policy, chances: PollBeforeSleep.bulkTurns + 1, finding: true)
    #expect(rearmed == Array(repeating: false, count: PollBeforeSleep.bulkTurns) + [true])
  }
}
