// Decisions per second of the keyed limiters with many keys, on 1 and 2 threads.
// Usage: RateLimitBenchmark [decisions] [keys]   (defaults: 1000000 100000)
import Dispatch
import MeshRateLimit
import Synchronization

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let decisions = arguments.first ?? 1_000_000
let keyCount = arguments.dropFirst().first ?? 100_000

/// A fixed pseudo-random key sequence (xorshift), the same for every run.
func keySequence(count: Int, keys: Int, seed: UInt64) -> [Int] {
  var x = seed
  return (0..<count).map { _ in
    x ^= x << 13; x ^= x >> 7; x ^= x << 17
    return Int(x % UInt64(keys))
  }
}

let clock = MonotonicClock()

/// Runs `decisions` requests split over `threads` threads; returns (decisions per second, allowed).
func run<A: RateLimitAlgorithm, K: Hashable & Sendable>(
  _ limiter: KeyedRateLimiter<K, A>, keys: [[K]], threads: Int
) -> (rate: Double, allowed: Int) {
  let allowedTotal = Atomic<Int>(0)
  let start = clock.nanoseconds()
  DispatchQueue.concurrentPerform(iterations: threads) { t in
    var allowed = 0
    for key in keys[t] where limiter.acquire(key).allowed { allowed += 1 }
    allowedTotal.add(allowed, ordering: .relaxed)
  }
  let seconds = Double(clock.nanoseconds() - start) / 1e9
  let total = keys.reduce(0) { $0 + $1.count }
  return (Double(total) / seconds, allowedTotal.load(ordering: .relaxed))
}

func report(_ name: String, threads: Int, _ result: (rate: Double, allowed: Int)) {
  let millions = (result.rate / 1e5).rounded() / 10
  print("\(name)  threads=\(threads)  decisions=\(decisions)  keys=\(keyCount)  "
        + "\(millions) M decisions/s  allowed=\(result.allowed)")
}

print("RateLimitBenchmark: \(decisions) decisions over \(keyCount) keys")
for threads in [1, 2] {
  let perThread = decisions / threads
  let intKeys = (0..<threads).map { keySequence(count: perThread, keys: keyCount, seed: 0x9E37_79B9 + UInt64($0)) }
  let stringKeys = intKeys.map { $0.map { "api-key-\($0)" } }
  // 1 per minute with bursts of 5, about 10 requests per key: about half are over the limit.
  let bucket = TokenBucketLimiter<Int>(TokenBucket(capacity: 5, refill: 1, per: .seconds(60)),
                                       maxKeys: keyCount * 2)
  report("token-bucket int-keys   ", threads: threads, run(bucket, keys: intKeys, threads: threads))
  let gcra = GCRALimiter<Int>(GCRA(limit: 1, per: .seconds(60), burst: 5), maxKeys: keyCount * 2)
  report("gcra         int-keys   ", threads: threads, run(gcra, keys: intKeys, threads: threads))
  let gcraStrings = GCRALimiter<String>(GCRA(limit: 1, per: .seconds(60), burst: 5), maxKeys: keyCount * 2)
  report("gcra         string-keys", threads: threads, run(gcraStrings, keys: stringKeys, threads: threads))
  // A table smaller than the key set: every miss evicts (the memory bound under a key flood).
  let small = GCRALimiter<Int>(GCRA(limit: 1, per: .seconds(60), burst: 5), maxKeys: keyCount / 10)
  report("gcra   int-keys cap=10% ", threads: threads, run(small, keys: intKeys, threads: threads))
}
