import Testing
import MeshRateLimit

@Suite struct TokenBucketTests {
  /// 10 tokens, 5 per second.
  private func limiter(_ clock: VirtualClock, maxKeys: Int = 1000) -> TokenBucketLimiter<String> {
    TokenBucketLimiter(TokenBucket(capacity: 10, refill: 5, per: .seconds(1)), maxKeys: maxKeys, clock: clock)
  }

  @Test func burstUpToCapacityThenDenied() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    for expected in (0..<10).reversed() {
      let d = limiter.acquire("alice")
      #expect(d.allowed)
      #expect(d.remaining == expected)
    }
    let denied = limiter.acquire("alice")
    #expect(!denied.allowed)
    #expect(denied.remaining == 0)
    #expect(denied.retryAfter == .milliseconds(200))
  }

  @Test func refillsAtTheConfiguredRate() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    for _ in 0..<10 { _ = limiter.acquire("alice") }
    clock.advance(by: .milliseconds(199))
    #expect(!limiter.acquire("alice").allowed)
    clock.advance(by: .milliseconds(1))
    #expect(limiter.acquire("alice").allowed)
    #expect(!limiter.acquire("alice").allowed)
    // A long pause refills to the capacity, never beyond.
    clock.advance(by: .seconds(3600))
    let allowed = (0..<20).filter { _ in limiter.acquire("alice").allowed }.count
    #expect(allowed == 10)
  }

  @Test func sustainedRateOverTenSeconds() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    var allowed = 0
    // One request every millisecond for 10 s (t = 0 … 9.999 s): the burst of 10, then one token
    // per 200 ms, the last refilled at t = 9.8 s: 10 + 49.
    for _ in 0..<10_000 {
      if limiter.acquire("alice").allowed { allowed += 1 }
      clock.advance(by: .milliseconds(1))
    }
    #expect(allowed == 10 + 49)
  }

  @Test func costTakesSeveralTokensAndOversizedNeverFits() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    #expect(limiter.acquire("bob", cost: 7).allowed)
    let d = limiter.acquire("bob", cost: 7)
    #expect(!d.allowed)
    #expect(d.remaining == 3)
    #expect(d.retryAfter == .milliseconds(800))
    #expect(limiter.acquire("bob", cost: 3).allowed)
    #expect(limiter.acquire("carol", cost: 11).retryAfter == .seconds(Int64.max))
  }

  @Test func keysAreIndependent() {
    let clock = VirtualClock()
    let limiter = limiter(clock)
    for _ in 0..<1000 { _ = limiter.acquire("noisy") }
    let quiet = (0..<10).filter { _ in limiter.acquire("quiet").allowed }.count
    #expect(quiet == 10)
    #expect(!limiter.acquire("noisy").allowed)
  }
}
