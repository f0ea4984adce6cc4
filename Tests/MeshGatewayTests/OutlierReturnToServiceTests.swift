import MeshGateway
import Testing

@Suite("Outlier detector: an endpoint seen serving returns before its time")
struct OutlierReturnToServiceTests {
  /// A detector that may eject every endpoint, for 30 s the first time.
  private static func detector(ejectedAfter failures: Int, endpoints: Int) -> OutlierDetector {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = failures
    configuration.baseEjectionTime = .seconds(30)
    configuration.maxEjectionPercent = 100
    return OutlierDetector(configuration: configuration, endpointCount: endpoints)
  }

  @Test func anEjectedEndpointReturnsToServiceAndItsNextEjectionStillGrows() {
    var detector = Self.detector(ejectedAfter: 2, endpoints: 2)
    let start = ContinuousClock.now
    do { let returned = detector.returnToService(0, now: start); #expect(!returned, "not ejected: nothing to return") }
    _ = detector.recordFailure(0, now: start)
    do { let result = detector.recordFailure(0, now: start); #expect(result == .ejected(until: start + .seconds(30), ejections: 1)) }
    do { let returned = detector.returnToService(0, now: start); #expect(returned) }
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
    var detector = Self.detector(ejectedAfter: 3, endpoints: 1)
    let now = ContinuousClock.now
    for _ in 0..<3 { _ = detector.recordFailure(0, now: now) }
    #expect(detector.isEjected(0))
    do { let returned = detector.returnToService(0, now: now); #expect(returned) }
    for _ in 0..<2 { do { let result = detector.recordFailure(0, now: now); #expect(result == .none) } }
    do { let result = detector.recordFailure(0, now: now); #expect(result != .none) }
  }
}
