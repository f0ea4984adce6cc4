import MeshCore
import MeshGateway
import Testing

@Suite("Upstream pickers, outlier ejection, breaker, budget and health counting (no sockets)")
struct UpstreamStateMachineTests {
  @Test func roundRobinVisitsEveryCandidateInTurnAndFollowsChanges() {
    var picker = EndpointPicker(balancing: .roundRobin)
    let picks = (0..<6).map { _ in picker.pick(from: [0, 1, 2], load: { _ in 0 }, random: { _ in 0 }) }
    #expect(picks == [0, 1, 2, 0, 1, 2])
    // Endpoint 1 leaves the rotation: the others share the calls, none is skipped or picked twice in a row.
    let after = (0..<4).map { _ in picker.pick(from: [0, 2], load: { _ in 0 }, random: { _ in 0 }) }
    #expect(Set(after) == [0, 2])
    #expect(zip(after, after.dropFirst()).allSatisfy { $0 != $1 })
  }

  @Test func leastRequestTakesTheLessLoadedOfTwoDraws() {
    var picker = EndpointPicker(balancing: .leastRequest)
    let load = [10: 7, 20: 2, 30: 5]
    // Draws positions 0 and (1 → 1): endpoints 10 and 20; 20 has fewer calls.
    var draws = [0, 0]
    let chosen = picker.pick(from: [10, 20, 30], load: { load[$0] ?? 0 }, random: { _ in draws.removeFirst() })
    #expect(chosen == 20)
    // Draws 2 and 0: endpoints 30 and 10; 30 wins; never an endpoint outside the candidates.
    var other = [2, 0]
    do { let result = picker.pick(from: [10, 20, 30], load: { load[$0] ?? 0 }, random: { _ in other.removeFirst() }); #expect(result == 30) }
    do { let result = picker.pick(from: [30], load: { _ in 0 }, random: { _ in 0 }); #expect(result == 30) }
  }

  @Test func outlierEjectionGrowsWithEachEjectionUpToTheMaximumAndEnds() {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = 3
    configuration.baseEjectionTime = .seconds(10)
    configuration.maxEjectionTime = .seconds(25)
    configuration.maxEjectionPercent = 100
    var detector = OutlierDetector(configuration: configuration, endpointCount: 2)
    let start = ContinuousClock.now
    do { let result = detector.recordFailure(0, now: start); #expect(result == .none) }
    do { let result = detector.recordFailure(0, now: start); #expect(result == .none) }
    detector.recordSuccess(0)
    // A success breaks the run: three more are needed.
    do { let result = detector.recordFailure(0, now: start); #expect(result == .none) }
    do { let result = detector.recordFailure(0, now: start); #expect(result == .none) }
    do { let result = detector.recordFailure(0, now: start); #expect(result == .ejected(until: start + .seconds(10), ejections: 1)) }
    #expect(detector.isEjected(0))
    do { let result = detector.releaseExpired(now: start + .seconds(9)); #expect(result == []) }
    do { let result = detector.releaseExpired(now: start + .seconds(10)); #expect(result == [0]) }
    #expect(!detector.isEjected(0))
    let later = start + .seconds(10)
    for _ in 0..<2 { _ = detector.recordFailure(0, now: later) }
    do { let result = detector.recordFailure(0, now: later); #expect(result == .ejected(until: later + .seconds(20), ejections: 2)) }
    _ = detector.releaseExpired(now: later + .seconds(20))
    let third = later + .seconds(20)
    for _ in 0..<2 { _ = detector.recordFailure(0, now: third) }
    // 3 × 10 s is capped at 25 s.
    do { let result = detector.recordFailure(0, now: third); #expect(result == .ejected(until: third + .seconds(25), ejections: 3)) }
  }

  @Test func outlierEjectionNeverTakesMoreThanItsShareOfTheCluster() {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = 1
    configuration.maxEjectionPercent = 50
    var detector = OutlierDetector(configuration: configuration, endpointCount: 4)
    let now = ContinuousClock.now
    #expect(detector.maxEjected == 2)
    do { let result = detector.recordFailure(0, now: now); #expect(result != .none) }
    do { let result = detector.recordFailure(1, now: now); #expect(result != .none) }
    do { let result = detector.recordFailure(2, now: now); #expect(result == .capped) }
    #expect(detector.ejectedCount == 2)
    // With 10% of 3 endpoints, one may still be ejected; with 0% none.
    configuration.maxEjectionPercent = 10
    #expect(OutlierDetector(configuration: configuration, endpointCount: 3).maxEjected == 1)
    configuration.maxEjectionPercent = 0
    var none = OutlierDetector(configuration: configuration, endpointCount: 3)
    do { let result = none.recordFailure(0, now: now); #expect(result == .capped) }
  }

  @Test func circuitBreakerRefusesPastEachLimitAndCountsIt() {
    var limits = CircuitBreaker.Limits()
    limits.maxRequests = 2
    limits.maxPendingRequests = 1
    var breaker = CircuitBreaker(limits: limits)
    do { let result = breaker.acquire(.requests); #expect(result) }
    do { let result = breaker.acquire(.requests); #expect(result) }
    do { let result = breaker.acquire(.requests); #expect(!result) }
    #expect(breaker.overflows[.requests] == 1)
    breaker.release(.requests)
    do { let result = breaker.acquire(.requests); #expect(result) }
    do { let result = breaker.acquire(.pendingRequests); #expect(result) }
    do { let result = breaker.acquire(.pendingRequests); #expect(!result) }
    // A threshold given at the call (the retry budget's share) replaces the configured one.
    do { let result = breaker.acquire(.retries, maximum: 1); #expect(result) }
    do { let result = breaker.acquire(.retries, maximum: 1); #expect(!result) }
    #expect(breaker.overflows == [.requests: 1, .pendingRequests: 1, .retries: 1])
    breaker.release(.retries)
    breaker.release(.retries)
    #expect(breaker.count(.retries) == 0)
  }

  @Test(arguments: [(0, 3), (10, 3), (15, 3), (20, 4), (100, 20), (1000, 200)])
  func retryBudgetIsAShareOfActiveRequestsWithAMinimum(active: Int, allowed: Int) {
    let budget = UpstreamClusterConfiguration.RetryBudget()
    #expect(budget.allowedRetries(activeRequests: active) == allowed)
  }

  @Test func healthCountingNeedsItsThresholdsInARow() {
    var counter = HealthCheckCounter(unhealthyThreshold: 2, healthyThreshold: 3)
    do { let result = counter.record(passed: false); #expect(!result) }
    do { let result = counter.record(passed: true); #expect(!result) }
    do { let result = counter.record(passed: false); #expect(!result) }
    do { let result = counter.record(passed: false); #expect(result) }
    #expect(!counter.isHealthy)
    do { let result = counter.record(passed: true); #expect(!result) }
    do { let result = counter.record(passed: true); #expect(!result) }
    do { let result = counter.record(passed: false); #expect(!result) }
    for _ in 0..<2 { let result = counter.record(passed: true); #expect(!result) }
    do { let result = counter.record(passed: true); #expect(result) }
    #expect(counter.isHealthy)
  }

  @Test func onlyIdempotentMethodsGetAPolicyAndHedgingReplacesRetries() throws {
    var configuration = UpstreamClusterConfiguration(endpoints: [])
    configuration.idempotentMethods = ["/grpc.testing.TestService/UnaryCall", "mesh.Catalogue"]
    configuration.retryPolicy = try RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(10),
                                                maxBackoff: .milliseconds(100), backoffMultiplier: 2,
                                                retryableStatusCodes: [.unavailable])
    let unary = MethodDescriptor(service: "grpc.testing.TestService", method: "UnaryCall")
    let empty = MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall")
    let catalogue = MethodDescriptor(service: "mesh.Catalogue", method: "Get")
    #expect(configuration.executionPolicy(for: unary) == .retry(try #require(configuration.retryPolicy)))
    #expect(configuration.executionPolicy(for: empty) == nil)
    #expect(configuration.isIdempotent(catalogue))
    let hedging = try HedgingPolicy(maxAttempts: 2, hedgingDelay: .milliseconds(50), nonFatalStatusCodes: [.unavailable])
    configuration.hedgingPolicy = hedging
    #expect(configuration.executionPolicy(for: catalogue) == .hedge(hedging))
  }
}
