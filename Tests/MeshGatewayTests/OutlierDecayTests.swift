import MeshCore
import MeshGateway
import Testing

@Suite("Outlier ejection multipliers decay while an endpoint serves (no sockets)")
struct OutlierDecayTests {
  /// Ejected at the second failure in a row, 10 s the first time, at most 40 s, a multiplier off each 10 s
  /// in service; every endpoint may be ejected.
  static func detector(endpoints: Int = 2) -> OutlierDetector {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = 2
    configuration.baseEjectionTime = .seconds(10)
    configuration.maxEjectionTime = .seconds(40)
    configuration.decayInterval = .seconds(10)
    configuration.maxEjectionPercent = 100
    return OutlierDetector(configuration: configuration, endpointCount: endpoints)
  }

  /// Ejects endpoint `index` at `now` and returns the ejection's length.
  static func eject(_ detector: inout OutlierDetector, _ index: Int, at now: ContinuousClock.Instant) -> Duration? {
    _ = detector.recordFailure(index, now: now)
    guard case .ejected(let until, _) = detector.recordFailure(index, now: now) else { return nil }
    return until - now
  }

  @Test("A code counts as a failure exactly when the configuration lists it, codes past the bits included")
  func failureCodesAsBits() {
    var configuration = OutlierDetector.Configuration()
    for listed: Set<Status.Code> in [[.unavailable], [], [.internal, .unknown, Status.Code(rawValue: 63)],
                                     [.ok, Status.Code(rawValue: 64), Status.Code(rawValue: -1), .unavailable]] {
      configuration.failureCodes = listed
      let detector = OutlierDetector(configuration: configuration, endpointCount: 1)
      for raw in -2...70 {
        let code = Status.Code(rawValue: raw)
        #expect(detector.isFailure(code) == listed.contains(code), "code \(raw) of \(listed)")
      }
    }
  }

  @Test func eachIntervalInServiceTakesOneOffTheNextEjection() {
    var detector = Self.detector()
    let start = ContinuousClock.now
    #expect(Self.eject(&detector, 0, at: start) == .seconds(10))
    _ = detector.releaseExpired(now: start + .seconds(10))
    #expect(Self.eject(&detector, 0, at: start + .seconds(10)) == .seconds(20))
    _ = detector.releaseExpired(now: start + .seconds(30))
    #expect(Self.eject(&detector, 0, at: start + .seconds(30)) == .seconds(30))
    // Back at 60 s with a multiplier of 3: 9.9 s later still 3, at 10 s 2, at 20 s 1, at 30 s and later 0.
    _ = detector.releaseExpired(now: start + .seconds(60))
    let back = start + .seconds(60)
    #expect(detector.multiplier(of: 0, now: back + .milliseconds(9_900)) == 3)
    #expect(detector.multiplier(of: 0, now: back + .seconds(10)) == 2)
    #expect(detector.multiplier(of: 0, now: back + .seconds(20)) == 1)
    #expect(detector.multiplier(of: 0, now: back + .seconds(30)) == 0)
    #expect(detector.multiplier(of: 0, now: back + .seconds(3_600)) == 0)
    // Ejected again 15 s after its return: 3 - 1 + 1 = 3 times the base, not 4; the count of ejections
    // (the stats') still says 4.
    #expect(Self.eject(&detector, 0, at: back + .seconds(15)) == .seconds(30))
    #expect(detector.ejections(of: 0) == 4)
    // While ejected, nothing decays.
    #expect(detector.multiplier(of: 0, now: back + .seconds(40)) == 3)
    // After a long healthy stretch, the next ejection is the first's length again.
    _ = detector.releaseExpired(now: back + .seconds(45))
    #expect(Self.eject(&detector, 0, at: back + .seconds(45) + .seconds(600)) == .seconds(10))
    #expect(detector.ejections(of: 0) == 5)
  }

  @Test func theIntervalIsCountedFromTheEjectionsEndNotFromWhenTheClusterLooked() {
    var detector = Self.detector()
    let start = ContinuousClock.now
    _ = Self.eject(&detector, 0, at: start)
    _ = detector.releaseExpired(now: start + .seconds(10))
    _ = Self.eject(&detector, 0, at: start + .seconds(10))
    // Due back at 30 s, noticed at 45 s: in service since 30 s, so one interval has passed at 40 s.
    do { let released = detector.releaseExpired(now: start + .seconds(45)); #expect(released == [0]) }
    #expect(detector.multiplier(of: 0, now: start + .seconds(45)) == 1)
  }

  @Test func anEarlyReturnDecaysFromTheReturn() {
    var detector = Self.detector()
    let start = ContinuousClock.now
    _ = Self.eject(&detector, 1, at: start)
    do { let returned = detector.returnToService(1, now: start + .seconds(2)); #expect(returned) }
    #expect(detector.multiplier(of: 1, now: start + .seconds(11)) == 1)
    #expect(detector.multiplier(of: 1, now: start + .seconds(12)) == 0)
    // The other endpoint was never ejected: nothing to decay.
    #expect(detector.multiplier(of: 0, now: start + .seconds(12)) == 0)
  }

  @Test func theMultiplierStopsGrowingAtTheMaximumSoItDecaysFromThere() {
    var detector = Self.detector()
    var now = ContinuousClock.now
    // Ten ejections in a row, each at its end: 10, 20, 30, 40, then 40 s each (the maximum).
    var lengths: [Duration] = []
    for _ in 0..<10 {
      guard let length = Self.eject(&detector, 0, at: now) else { break }
      lengths.append(length)
      now += length
      _ = detector.releaseExpired(now: now)
    }
    #expect(lengths == [10, 20, 30, 40, 40, 40, 40, 40, 40, 40].map { .seconds($0) })
    #expect(detector.multiplier(of: 0, now: now) == 4)
    // Four intervals in service forgive all of it, not ten.
    #expect(detector.multiplier(of: 0, now: now + .seconds(40)) == 0)
  }

  @Test func anExtremeRatioOfMaximumToBaseDoesNotTrap() {
    var configuration = OutlierDetector.Configuration()
    configuration.consecutiveFailures = 1
    configuration.baseEjectionTime = .nanoseconds(1)
    configuration.maxEjectionTime = .seconds(Int64.max / 4)
    configuration.maxEjectionPercent = 100
    var detector = OutlierDetector(configuration: configuration, endpointCount: 1)
    let now = ContinuousClock.now
    #expect(detector.recordFailure(0, now: now) == .ejected(until: now + .nanoseconds(1), ejections: 1))
    #expect(detector.multiplier(of: 0, now: now) == 1)
  }
}
