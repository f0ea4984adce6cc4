import MeshGateway
import Testing

@Suite("Outlier detector: an endpoint seen serving returns before its time")
struct OutlierReturnToServiceTests {
  @Test func anEjectedEndpointReturnsToServiceAndItsNextEjectionStillGrows() {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = 2
    configuration.baseEjectionTime = .seconds(30)
    configuration.maxEjectionPercent = 100
    var detector = OutlierDetector(configuration: configuration, endpointCount: 2)
    let start = ContinuousClock.now
    do { let returned = detector.returnToService(0); #expect(!returned, "not ejected: nothing to return") }
    _ = detector.recordFailure(0, now: start)
    do { let result = detector.recordFailure(0, now: start); #expect(result == .ejected(until: start + .seconds(30), ejections: 1)) }
    do { let returned = detector.returnToService(0); #expect(returned) }
    #expect(!detector.isEjected(0) && detector.ejectedCount == 0)
    // Nothing is left to release when its time would have been up.
    do { let result = detector.releaseExpired(now: start + .seconds(30)); #expect(result == []) }
    // It starts a new run of failures from zero, and its second ejection is twice as long.
    let later = start + .seconds(5)
    do { let result = detector.recordFailure(0, now: later); #expect(result == .none) }
    do { let result = detector.recordFailure(0, now: later); #expect(result == .ejected(until: later + .seconds(60), ejections: 2)) }
    #expect(!detector.isEjected(1) && detector.ejections(of: 1) == 0)
  }

  @Test func aFailureRunInterruptedByAReturnStartsOver() {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = 3
    configuration.maxEjectionPercent = 100
    var detector = OutlierDetector(configuration: configuration, endpointCount: 1)
    let now = ContinuousClock.now
    for _ in 0..<3 { _ = detector.recordFailure(0, now: now) }
    #expect(detector.isEjected(0))
    do { let returned = detector.returnToService(0); #expect(returned) }
    for _ in 0..<2 { do { let result = detector.recordFailure(0, now: now); #expect(result == .none) } }
    do { let result = detector.recordFailure(0, now: now); #expect(result != .none) }
  }
}
