import MeshStores
import Testing

/// The consumer's worker count as a state machine: it grows while every worker is busy, up to the
/// ceiling, and shrinks back to the floor as workers find nothing.
@Suite struct ConsumerScalingTests {
  @Test func growsWhileEveryWorkerIsBusyUpToTheCeiling() {
    var scaling = ConsumerScaling(floor: 2, ceiling: 4)
    #expect(scaling.workers == 2)
    // The first of two taken: the other can take the next message. Then, both busy: one more starts, and
    // again each time the newest is taken too, until the ceiling.
    let starts = (0..<4).map { _ in scaling.tookMessage() }
    #expect(starts == [false, true, true, false])
    #expect(scaling.workers == 4)
    #expect(scaling.busy == 4)
  }

  @Test func shrinksToTheFloorAsWorkersFindNothing() {
    var scaling = ConsumerScaling(floor: 1, ceiling: 3)
    let starts = (0..<3).map { _ in scaling.tookMessage() }
    #expect(starts == [true, true, false])
    #expect(scaling.workers == 3)
    for _ in 0..<3 { scaling.finishedMessage() }
    #expect(scaling.busy == 0)
    let retirements = (0..<3).map { _ in scaling.foundNothing() }
    #expect(retirements == [true, true, false])
    #expect(scaling.workers == 1)
  }

  @Test func aFixedCountNeverChangesAndBoundsAreSane() {
    var fixed = ConsumerScaling(floor: 3, ceiling: 3)
    let starts = (0..<5).map { _ in fixed.tookMessage() }
    #expect(starts == Array(repeating: false, count: 5))
    let retired = fixed.foundNothing()
    #expect(!retired)
    #expect(fixed.workers == 3)
    // At least one worker; a ceiling below the floor is the floor.
    let odd = ConsumerScaling(floor: 0, ceiling: -2)
    #expect(odd.floor == 1 && odd.ceiling == 1 && odd.workers == 1)
  }
}
