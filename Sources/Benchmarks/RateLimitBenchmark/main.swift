// Decisions per second of the keyed limiters with many keys, on 1 and 2 threads.
// Usage: RateLimitBenchmark [decisions] [keys] [repeats]   (defaults: 1000000 100000 3)
// Each figure is the median of `repeats` runs, each on a fresh limiter (so it includes inserting
// every key once); the machine's load average is printed because other processes share the cores.
import Dispatch
import MeshRateLimit
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let decisions = arguments.first ?? 1_000_000
let keyCount = arguments.dropFirst().first ?? 100_000
let repeats = max(1, arguments.dropFirst(2).first ?? 3)

/// A fixed pseudo-random key sequence (xorshift), the same for every run.
func keySequence(count: Int, keys: Int, seed: UInt64) -> [Int] {
  var x = seed
  return (0..<count).map { _ in
    x ^= x << 13; x ^= x >> 7; x ^= x << 17
    return Int(x % UInt64(keys))
  }
}

func loadAverage() -> String {
  var loads = [Double](repeating: 0, count: 3)
  return getloadavg(&loads, 3) == 3 ? loads.map { String(($0 * 100).rounded() / 100) }.joined(separator: " ") : "?"
}

let clock = MonotonicClock()

/// CPU time of the whole process, all threads: decisions per CPU-second stay comparable when other
/// processes take turns on the cores, where wall-clock rates do not.
func processCPUNanoseconds() -> UInt64 {
  var ts = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
  return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Runs the key sequences on `keys.count` threads against one limiter; returns (decisions/s, allowed).
func run<A: RateLimitAlgorithm, K: Hashable & Sendable>(
  _ limiter: KeyedRateLimiter<K, A>, keys: [[K]]
) -> (rate: Double, perCPU: Double, allowed: Int) {
  let allowedTotal = Atomic<Int>(0)
  let cpuStart = processCPUNanoseconds()
  let start = clock.nanoseconds()
  DispatchQueue.concurrentPerform(iterations: keys.count) { t in
    var allowed = 0
    for key in keys[t] where limiter.acquire(key).allowed { allowed += 1 }
    allowedTotal.add(allowed, ordering: .relaxed)
  }
  let seconds = Double(clock.nanoseconds() - start) / 1e9
  let cpuSeconds = Double(processCPUNanoseconds() - cpuStart) / 1e9
  let total = Double(keys.reduce(0) { $0 + $1.count })
  return (total / seconds, total / cpuSeconds, allowedTotal.load(ordering: .relaxed))
}

func measure<A: RateLimitAlgorithm, K: Hashable & Sendable>(
  _ name: String, keys: [[K]], make: () -> KeyedRateLimiter<K, A>
) {
  var rates: [Double] = []
  var perCPU: [Double] = []
  var allowed = 0
  for _ in 0..<repeats {
    let result = run(make(), keys: keys)
    rates.append(result.rate)
    perCPU.append(result.perCPU)
    allowed = result.allowed
  }
  rates.sort()
  perCPU.sort()
  func millions(_ r: Double) -> String { String((r / 1e4).rounded() / 100) }
  print("\(name)  threads=\(keys.count)  wall \(millions(rates[rates.count / 2])) M decisions/s"
        + " (best \(millions(rates.last!)))  per CPU-second \(millions(perCPU[perCPU.count / 2])) M"
        + "  allowed=\(allowed)/\(decisions)")
}

print("RateLimitBenchmark: \(decisions) decisions over \(keyCount) keys, median of \(repeats) runs;"
      + " load average \(loadAverage())")
// 1 per minute with bursts of 5, about 10 requests per key in the run: about half are denied.
let gcraRule = GCRA(limit: 1, per: .seconds(60), burst: 5)
let bucketRule = TokenBucket(capacity: 5, refill: 1, per: .seconds(60))
for threads in [1, 2] {
  let perThread = decisions / threads
  let intKeys = (0..<threads).map { keySequence(count: perThread, keys: keyCount, seed: 0x9E37_79B9 + UInt64($0)) }
  let stringKeys = intKeys.map { $0.map { "api-key-\($0)" } }
  measure("token-bucket int keys           ", keys: intKeys) { TokenBucketLimiter<Int>(bucketRule, maxKeys: keyCount * 2) }
  measure("gcra         int keys           ", keys: intKeys) { GCRALimiter<Int>(gcraRule, maxKeys: keyCount * 2) }
  measure("gcra         string keys        ", keys: stringKeys) { GCRALimiter<String>(gcraRule, maxKeys: keyCount * 2) }
  // A table a tenth of the key set: most requests evict (the memory bound under a flood of keys).
  measure("gcra         int keys, cap 10%  ", keys: intKeys) { GCRALimiter<Int>(gcraRule, maxKeys: max(1, keyCount / 10)) }
}
print("load average after: \(loadAverage())")
