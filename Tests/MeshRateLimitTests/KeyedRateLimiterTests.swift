import Testing
import MeshRateLimit

@Suite struct KeyedRateLimiterTests {
  @Test func idleKeysExpireAsRequestsPassAndBySweep() {
    let clock = VirtualClock()
    let limiter = GCRALimiter<Int>(GCRA(limit: 10, per: .seconds(1), burst: 2), maxKeys: 10_000, stripes: 1,
                                   clock: clock)
    for key in 0..<100 { _ = limiter.acquire(key) }
    #expect(limiter.statistics.keys == 100)
    clock.advance(by: .milliseconds(50))
    // Not idle yet (each TAT is 100 ms after its request): nothing is dropped.
    _ = limiter.acquire(1000)
    #expect(limiter.statistics.keys == 101)
    clock.advance(by: .milliseconds(50))
    // Each request drops up to two idle keys from the cold end (the 100 first keys are idle now).
    for key in 2000..<2010 { _ = limiter.acquire(key) }
    #expect(limiter.statistics.keys == 101 + 10 - 20)
    clock.advance(by: .milliseconds(100))
    #expect(limiter.sweep() == 91)
    #expect(limiter.statistics.keys == 0)
    #expect(limiter.statistics.expirations == 111)
    #expect(limiter.statistics.evictions == 0)
  }

  @Test func aKeyAskedForWhileItExpiresIsMadeAgain() {
    // The idle key asked for is the oldest: it counts as expired and starts again, as a key forgotten and
    // added back does; the next idle key still expires with it.
    let clock = VirtualClock()
    let limiter = GCRALimiter<String>(GCRA(limit: 10, per: .seconds(1), burst: 2), maxKeys: 100, stripes: 1,
                                      clock: clock)
    _ = limiter.acquire("a")
    _ = limiter.acquire("b")
    _ = limiter.acquire("c")
    clock.advance(by: .seconds(1))
    let decision = limiter.acquire("a")
    #expect(decision.allowed && decision.remaining == GCRALimiter<String>(GCRA(limit: 10, per: .seconds(1), burst: 2),
                                                                         maxKeys: 100, clock: clock).acquire("z").remaining)
    #expect(limiter.statistics.expirations == 2)
    #expect(limiter.statistics.keys == 2, "a again, and c (b expired with it)")
    // Alone in the table and idle, asked for again: made again once.
    let single = GCRALimiter<String>(GCRA(limit: 10, per: .seconds(1), burst: 2), maxKeys: 100, stripes: 1, clock: clock)
    _ = single.acquire("x")
    clock.advance(by: .seconds(1))
    #expect(single.acquire("x").allowed)
    #expect(single.statistics.expirations == 1 && single.statistics.keys == 1)
  }

  @Test func expiryLosesNoState() {
    // A key forgotten while idle gets exactly what a remembered key would.
    let clock = VirtualClock()
    let limiter = TokenBucketLimiter<String>(TokenBucket(capacity: 3, refill: 1, per: .seconds(1)), maxKeys: 100,
                                             clock: clock)
    for _ in 0..<3 { _ = limiter.acquire("a") }
    clock.advance(by: .seconds(2))
    #expect(limiter.sweep() == 0)
    clock.advance(by: .seconds(1))
    #expect(limiter.sweep() == 1)
    #expect((0..<5).filter { _ in limiter.acquire("a").allowed }.count == 3)
  }

  @Test func memoryIsBoundedByMaxKeys() {
    let clock = VirtualClock()
    let limiter = GCRALimiter<Int>(GCRA(limit: 1, per: .seconds(60), burst: 1), maxKeys: 256, stripes: 4,
                                   clock: clock)
    #expect(limiter.maxKeys == 256)
    for key in 0..<10_000 { _ = limiter.acquire(key) }
    let stats = limiter.statistics
    #expect(stats.keys <= 256)
    #expect(stats.keys > 200)
    #expect(stats.evictions == 10_000 - stats.keys)
    // The most recent keys are still limited; the oldest were evicted and start fresh.
    #expect(!limiter.acquire(9_999).allowed)
    #expect(limiter.acquire(0).allowed)
  }

  @Test func concurrentRequestsNeverExceedTheBurst() async {
    let clock = VirtualClock()
    let limiter = TokenBucketLimiter<Int>(TokenBucket(capacity: 1000, refill: 1, per: .seconds(1)),
                                          maxKeys: 10_000, clock: clock)
    // 8 tasks × 5000 requests over 10 keys, clock frozen: exactly 1000 allowed per key.
    let allowed = await withTaskGroup(of: [Int].self) { group in
      for _ in 0..<8 {
        group.addTask {
          var counts = [Int](repeating: 0, count: 10)
          for i in 0..<5000 where limiter.acquire(i % 10).allowed { counts[i % 10] += 1 }
          return counts
        }
      }
      var total = [Int](repeating: 0, count: 10)
      for await counts in group { for k in 0..<10 { total[k] += counts[k] } }
      return total
    }
    #expect(allowed == [Int](repeating: 1000, count: 10))
  }

  @Test func concurrentEvictionKeepsTheBound() async {
    let clock = VirtualClock()
    let limiter = GCRALimiter<Int>(GCRA(limit: 1, per: .seconds(1), burst: 3), maxKeys: 512, stripes: 8,
                                   clock: clock)
    // 4 tasks flood 5000 keys through a 512-key table while the clock moves: the bound holds, and
    // every request is either counted against a key or evicts another.
    await withTaskGroup(of: Void.self) { group in
      for t in 0..<4 {
        group.addTask {
          for i in 0..<20_000 {
            _ = limiter.acquire((i &* 7919 &+ t &* 104_729) % 5000)
            if i % 1000 == 0 { clock.advance(by: .milliseconds(10)) }
          }
        }
      }
    }
    let stats = limiter.statistics
    #expect(stats.keys <= 512)
    #expect(stats.evictions > 0)
    // Long after, every key is idle and a sweep empties the table.
    clock.advance(by: .seconds(10))
    _ = limiter.sweep()
    #expect(limiter.statistics.keys == 0)
  }

  @Test func virtualClockIsMonotonic() {
    let clock = VirtualClock(start: 5)
    clock.advance(by: .seconds(-1))
    #expect(clock.nanoseconds() == 5)
    clock.advance(by: .microseconds(2))
    #expect(clock.nanoseconds() == 2005)
    let real = MonotonicClock()
    let a = real.nanoseconds()
    #expect(real.nanoseconds() >= a)
  }
}
