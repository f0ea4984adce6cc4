import Testing

@testable import MeshStores

/// `QueueWakeups`'s hints, without a database: when a consumer that has finished a message dequeues
/// before it waits (a notification woke nobody, or hints were lost) and when it waits at once.
@Suite struct QueueWakeupsTests {
  @Test func aNotificationThatWakesNobodyLeavesOneHint() {
    let wakeups = QueueWakeups()
    #expect(!wakeups.lookAfterHandling("turns").look, "nothing came: no look")
    wakeups.signal("turns")
    wakeups.signal("turns")
    #expect(wakeups.unclaimedHints("turns") == 2)
    // One look per hint, then none.
    #expect(wakeups.lookAfterHandling("turns").look)
    #expect(wakeups.lookAfterHandling("turns").look)
    #expect(!wakeups.lookAfterHandling("turns").look)
    // Another queue's notification is not a hint for this one.
    wakeups.signal("other")
    #expect(!wakeups.lookAfterHandling("turns").look)
    #expect(wakeups.lookAfterHandling("other").look)
  }

  @Test func aNotificationThatWakesAWaiterLeavesNoHint() async throws {
    let wakeups = QueueWakeups()
    let generation = wakeups.generation(of: "turns")
    let waiter = Task { await wakeups.wait(for: "turns", since: generation, timeout: .seconds(3600)) }
    var asleep = false
    for _ in 0..<6000 where !asleep {
      asleep = wakeups.waiting(on: "turns") == 1
      if !asleep { try await Task.sleep(for: .milliseconds(20)) }
    }
    #expect(asleep, "the waiter never went to sleep")
    wakeups.signal("turns")
    await waiter.value
    #expect(wakeups.unclaimedHints("turns") == 0)
    #expect(!wakeups.lookAfterHandling("turns").look)
  }

  @Test func theGenerationIsReadBeforeTheDecision() {
    // A notification after `lookAfterHandling` changes the generation it returned, so the wait that
    // follows returns at once and the consumer looks.
    let wakeups = QueueWakeups()
    let (generation, look) = wakeups.lookAfterHandling("turns")
    #expect(!look)
    wakeups.signal("turns")
    #expect(wakeups.generation(of: "turns") != generation)
  }

  @Test func lostHintsMakeEveryConsumerLookUntilADequeueAfterThemFindsNothing() {
    let wakeups = QueueWakeups()
    let before = wakeups.losses
    wakeups.signal(nil)  // the listener reconnected
    #expect(wakeups.lookAfterHandling("turns").look)
    #expect(wakeups.lookAfterHandling("turns").look, "no hint is used up: every consumer looks")
    // An empty dequeue that began before the loss says nothing about the messages of the lost hints.
    wakeups.foundEmpty("turns", losses: before)
    #expect(wakeups.lookAfterHandling("turns").look)
    wakeups.foundEmpty("turns", losses: wakeups.losses)
    #expect(!wakeups.lookAfterHandling("turns").look)
    // Per queue: another queue still looks.
    #expect(wakeups.lookAfterHandling("other").look)
  }
}
