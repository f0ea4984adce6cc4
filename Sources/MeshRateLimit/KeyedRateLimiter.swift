// Public only because the inlinable hot path names Mutex; no Synchronization type is in the API.
public import Synchronization

/// A rate limiter per key (client id, API key, IP) with bounded memory, safe to share between threads.
///
/// Keys are spread over lock stripes by hash, so threads working on different keys rarely wait on
/// each other. Each stripe holds at most `maxKeys / stripes` keys in LRU order: idle keys (whose
/// state has fully recovered, so forgetting them changes nothing) are dropped as requests pass or by
/// `sweep()`, and when a stripe is full of active keys its least recently used key is evicted.
public final class KeyedRateLimiter<Key: Hashable & Sendable, Algorithm: RateLimitAlgorithm>: Sendable {
  @usableFromInline
  final class Stripe: Sendable {
    @usableFromInline let table: Mutex<LRUTable<Key, Algorithm.State>>
    init(capacity: Int) { table = Mutex(LRUTable(capacity: capacity)) }
  }

  /// The rule applied to every key.
  public let algorithm: Algorithm
  @usableFromInline let clock: any RateLimitClock
  @usableFromInline let stripes: [Stripe]
  @usableFromInline let stripeMask: Int

  /// A limiter.
  /// - Parameters:
  ///   - algorithm: the rule per key (`TokenBucket`, `GCRA`).
  ///   - maxKeys: the most keys remembered at once (memory bound); at least `stripes`.
  ///   - stripes: lock stripes, rounded up to a power of two; more stripes, less contention.
  ///   - clock: the time source; a `VirtualClock` in tests.
  public init(_ algorithm: Algorithm, maxKeys: Int = 100_000, stripes: Int = 64,
              clock: any RateLimitClock = MonotonicClock()) {
    precondition(maxKeys > 0 && stripes > 0, "maxKeys and stripes must be positive")
    var count = 1
    while count < min(stripes, maxKeys) { count <<= 1 }
    if count > maxKeys { count >>= 1 }
    let perStripe = max(1, maxKeys / count)
    self.algorithm = algorithm
    self.clock = clock
    self.stripes = (0..<count).map { _ in Stripe(capacity: perStripe) }
    stripeMask = count - 1
  }

  /// Decides one request for `key` and records it when allowed.
  /// - Parameters:
  ///   - key: who is asking.
  ///   - cost: how many units the request takes.
  @inlinable
  public func acquire(_ key: Key, cost: Int = 1) -> RateLimitDecision {
    let now = clock.nanoseconds()
    let algorithm = self.algorithm
    return stripe(for: key).table.withLock { table in
      table.withState(key, isIdle: { algorithm.isIdle($0, now: now) },
                      make: { algorithm.initialState(now: now) }) { state in
        algorithm.acquire(&state, cost: cost, now: now)
      }
    }
  }

  /// Drops every idle key now (for a periodic timer); returns how many were dropped.
  public func sweep() -> Int {
    let now = clock.nanoseconds()
    let algorithm = self.algorithm
    return stripes.reduce(0) { total, stripe in
      total + stripe.table.withLock { $0.sweep(isIdle: { algorithm.isIdle($0, now: now) }) }
    }
  }

  /// How many keys are remembered now, and how many were evicted (table full) or expired (idle).
  public var statistics: (keys: Int, evictions: Int, expirations: Int) {
    stripes.reduce((0, 0, 0)) { sum, stripe in
      stripe.table.withLock { (sum.0 + $0.count, sum.1 + $0.evictions, sum.2 + $0.expirations) }
    }
  }

  /// The most keys this limiter remembers at once.
  public var maxKeys: Int { stripes.count * stripes[0].table.withLock { $0.capacity } }

  @inlinable
  func stripe(for key: Key) -> Stripe {
    // Dictionary hashing inside the stripe uses the same seeded hash; the high bits pick the stripe
    // so that the low bits the dictionary uses stay spread within it.
    stripes[(key.hashValue >> 40) & stripeMask]
  }
}

/// A token bucket per key.
public typealias TokenBucketLimiter<Key: Hashable & Sendable> = KeyedRateLimiter<Key, TokenBucket>
/// A GCRA limiter per key.
public typealias GCRALimiter<Key: Hashable & Sendable> = KeyedRateLimiter<Key, GCRA>
