import Testing
import MeshRateLimit

@Suite struct GCRATests {
  /// 10 per second (T = 100 ms), bursts of 5.
  private func limiter(_ clock: VirtualClock) -> GCRALimiter<Int> {
    GCRALimiter(GCRA(limit: 10, per: .seconds(1), burst: 5), maxKeys: 1000, clock: clock)
  }

  @Test func burstThenSpacedByTheEmissionInterval() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    let burst = (0..<5).map { _ in limiter.acquire(1) }
    #expect(burst.allSatisfy { $0.allowed })
    #expect(burst.map(\.remaining) == [4, 3, 2, 1, 0])
    let denied = limiter.acquire(1)
    #expect(!denied.allowed)
    #expect(denied.retryAfter == .milliseconds(100))
    clock.advance(by: .milliseconds(99))
    #expect(!limiter.acquire(1).allowed)
    clock.advance(by: .milliseconds(1))
    #expect(limiter.acquire(1).allowed)
    #expect(!limiter.acquire(1).allowed)
  }

  @Test func sustainedRateIsTheLimit() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    var allowed = 0
    for _ in 0..<10_000 {  // t = 0 … 9.999 s, one request per millisecond
      if limiter.acquire(7).allowed { allowed += 1 }
      clock.advance(by: .milliseconds(1))
    }
    // The burst of 5 at t = 0, then one per 100 ms from t = 100 ms to 9.9 s.
    #expect(allowed == 5 + 99)
  }

  @Test func recoversFullyAfterIdle() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    for _ in 0..<50 { _ = limiter.acquire(3) }
    clock.advance(by: .milliseconds(500))
    #expect((0..<10).filter { _ in limiter.acquire(3).allowed }.count == 5)
  }

  @Test func fairnessBetweenKeys() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    var perKey = [Int](repeating: 0, count: 4)
    // Key 0 asks every millisecond, keys 1-3 every 10 ms: a noisy key takes nothing from the others.
    for step in 0..<2000 {
      for key in 0..<4 where key == 0 || step % 10 == 0 {
        if limiter.acquire(key).allowed { perKey[key] += 1 }
      }
      clock.advance(by: .milliseconds(1))
    }
    // 2 s: the burst of 5, then one per 100 ms from 100 ms to 1.9 s.
    #expect(perKey == [24, 24, 24, 24])
  }

  @Test func costAboveBurstNeverFits() {
    let limiter = limiter(VirtualClock())
    let d = limiter.acquire(9, cost: 6)
    #expect(!d.allowed)
    #expect(d.retryAfter == .seconds(Int64.max))
    #expect(limiter.acquire(9, cost: 5).allowed)
  }
}
