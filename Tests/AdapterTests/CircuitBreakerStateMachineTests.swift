import AdapterSupport
import Testing

/// The breaker's transitions with a clock in hand.
@Suite struct CircuitBreakerStateMachineTests {
  private let start = ContinuousClock.now
  private let configuration = CircuitBreakerStateMachine.Configuration(failureThreshold: 3, openDuration: .seconds(10),
                                                                       halfOpenProbes: 1)

  @Test func opensAfterConsecutiveFailuresAndASuccessResetsTheCount() {
    var breaker = CircuitBreakerStateMachine(configuration: configuration)
    breaker.recordFailure(now: start)
    breaker.recordFailure(now: start)
    breaker.recordSuccess()
    #expect(breaker.state == .closed(failures: 0))
    for _ in 0..<3 {
      #expect(breaker.decide(now: start) == .allow)
      breaker.recordFailure(now: start)
    }
    #expect(breaker.state == .open(until: start + .seconds(10)))
    #expect(breaker.decide(now: start + .seconds(4)) == .reject(retryAfter: .seconds(6)))
  }

  @Test func halfOpenLetsOneProbeThroughThenClosesOnSuccess() {
    var breaker = CircuitBreakerStateMachine(configuration: configuration)
    for _ in 0..<3 { breaker.recordFailure(now: start) }
    let later = start + .seconds(10)
    #expect(breaker.decide(now: later) == .allow)
    #expect(breaker.state == .halfOpen(probes: 1))
    #expect(breaker.decide(now: later) == .reject(retryAfter: .zero))
    breaker.recordSuccess()
    #expect(breaker.state == .closed(failures: 0))
    #expect(breaker.decide(now: later) == .allow)
  }

  @Test func aFailedProbeReopensForAnotherCoolDown() {
    var breaker = CircuitBreakerStateMachine(configuration: configuration)
    for _ in 0..<3 { breaker.recordFailure(now: start) }
    let later = start + .seconds(11)
    #expect(breaker.decide(now: later) == .allow)
    breaker.recordFailure(now: later)
    #expect(breaker.state == .open(until: later + .seconds(10)))
    // Outcomes of calls let through before the circuit opened change nothing while it is open.
    breaker.recordSuccess()
    breaker.recordFailure(now: later)
    #expect(breaker.state == .open(until: later + .seconds(10)))
  }
}

/// Backoff bounds and jitter.
@Suite struct RetryPolicyTests {
  @Test func boundsGrowExponentiallyUpToTheCapAndJitterStaysInside() {
    let policy = RetryPolicy(maxAttempts: 5, initialBackoff: .milliseconds(100), maxBackoff: .milliseconds(500), multiplier: 2)
    #expect(policy.bound(retry: 1) == .milliseconds(100))
    #expect(policy.bound(retry: 2) == .milliseconds(200))
    #expect(policy.bound(retry: 3) == .milliseconds(400))
    #expect(policy.bound(retry: 4) == .milliseconds(500))
    var generator = SystemRandomNumberGenerator()
    var waits: Set<Duration> = []
    for _ in 0..<200 {
      let wait = policy.backoff(retry: 3, using: &generator)
      #expect(wait >= .zero && wait <= .milliseconds(400))
      waits.insert(wait)
    }
    #expect(waits.count > 100)
  }
}
