import MeshCore
import Testing

@Suite("Retry and hedging decisions, without sockets")
struct RetryStateMachineTests {
  private let policy = try! RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(100), maxBackoff: .seconds(1),
                                        backoffMultiplier: 2, retryableStatusCodes: [.unavailable])

  @Test func retryableFailuresAreRetriedUntilMaxAttempts() {
    var machine = RetryStateMachine(policy: policy)
    var failures = 0
    let record = { failures += 1; return true }
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: record, random: 1) == .retry(after: .milliseconds(100)))
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: record, random: 1) == .retry(after: .milliseconds(200)))
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: record, random: 1) == .stop)
    #expect(machine.attempts == 3)
    #expect(failures == 3)
  }

  @Test func otherCodesEndTheCallWithoutTouchingTheThrottle() {
    var machine = RetryStateMachine(policy: policy)
    var failures = 0
    #expect(machine.attemptEnded(code: .invalidArgument, pushback: nil, recordFailure: { failures += 1; return true }, random: 0) == .stop)
    #expect(machine.attemptEnded(code: .ok, pushback: nil, recordFailure: { failures += 1; return true }, random: 0) == .stop)
    #expect(failures == 0)
  }

  @Test func aThrottleBelowItsThresholdStopsRetries() {
    var machine = RetryStateMachine(policy: policy)
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: { false }, random: 0) == .stop)
  }

  @Test func pushbackSetsTheDelayAndRestartsTheBackoff() {
    var machine = RetryStateMachine(policy: try! RetryPolicy(
      maxAttempts: 5, initialBackoff: .milliseconds(100), maxBackoff: .seconds(10), backoffMultiplier: 2,
      retryableStatusCodes: [.unavailable]))
    let yes = { true }
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: yes, random: 1) == .retry(after: .milliseconds(100)))
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: yes, random: 1) == .retry(after: .milliseconds(200)))
    #expect(machine.attemptEnded(code: .unavailable, pushback: .retry(after: .milliseconds(1500)), recordFailure: yes, random: 1) == .retry(after: .milliseconds(1500)))
    // After a pushback, the next backoff starts again from initialBackoff (A6, case 5).
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: yes, random: 1) == .retry(after: .milliseconds(100)))
  }

  @Test func pushbackThatSaysStopEndsTheCallAndCountsAsAFailure() {
    var machine = RetryStateMachine(policy: policy)
    var failures = 0
    #expect(machine.attemptEnded(code: .unavailable, pushback: .stop, recordFailure: { failures += 1; return true }, random: 0) == .stop)
    #expect(failures == 1)
  }

  @Test(arguments: [("100", ServerPushback.retry(after: .milliseconds(100))), ("0", .retry(after: .zero)),
                    ("-1", .stop), ("abc", .stop), ("007", .stop), ("", .stop), ("99999999999", .stop)])
  func pushbackValuesParseAsA6Says(text: String, expected: ServerPushback) {
    #expect(ServerPushback(headerValue: text) == expected)
  }

  @Test func hedgingSendsTheNextAttemptAtOnceAfterANonFatalFailure() throws {
    var machine = HedgingStateMachine(policy: try HedgingPolicy(maxAttempts: 3, hedgingDelay: .seconds(1),
                                                                nonFatalStatusCodes: [.unavailable]))
    #expect(machine.mayStartAttempt(throttleAllows: false))  // the first attempt always goes
    machine.attemptStarted()
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: { true }) == .hedge(after: .zero))
    machine.attemptStarted()
    machine.attemptStarted()
    #expect(!machine.mayStartAttempt(throttleAllows: true))
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: { true }) == .waitForOthers)
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: { true }) == .commit)
  }

  @Test func hedgingCommitsOnAFatalCodeAndHonoursPushback() throws {
    let policy = try HedgingPolicy(maxAttempts: 4, hedgingDelay: .seconds(1), nonFatalStatusCodes: [.unavailable])
    var machine = HedgingStateMachine(policy: policy)
    machine.attemptStarted()
    machine.attemptStarted()
    #expect(machine.attemptEnded(code: .permissionDenied, pushback: nil, recordFailure: { true }) == .commit)

    var pushed = HedgingStateMachine(policy: policy)
    pushed.attemptStarted()
    #expect(pushed.attemptEnded(code: .unavailable, pushback: .retry(after: .milliseconds(300)), recordFailure: { true })
            == .hedge(after: .milliseconds(300)))
    pushed.attemptStarted()
    pushed.attemptStarted()
    #expect(pushed.attemptEnded(code: .unavailable, pushback: .stop, recordFailure: { true }) == .waitForOthers)
    #expect(!pushed.mayStartAttempt(throttleAllows: true))
  }

  @Test func hedgingStopsWhenTheThrottleSaysSo() throws {
    var machine = HedgingStateMachine(policy: try HedgingPolicy(maxAttempts: 3, nonFatalStatusCodes: [.unavailable]))
    machine.attemptStarted()
    #expect(!machine.mayStartAttempt(throttleAllows: false))
    #expect(machine.attemptEnded(code: .unavailable, pushback: nil, recordFailure: { false }) == .commit)
  }
}
