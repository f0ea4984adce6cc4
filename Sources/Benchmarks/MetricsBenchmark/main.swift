// The cost of recording a metric on the hot path: a counter increment, a histogram observation, a gRPC
// call's full set of metrics, and a child lookup by labels; on 1 and 2 threads. Each thread's CPU time is
// measured (CLOCK_THREAD_CPUTIME_ID), so a busy machine does not inflate the figures; on 2 threads the
// threads share the same counter, so the cache line bounces between cores (the contended cost).
// Figures are printed, not asserted. Run in release: swift run -c release MetricsBenchmark
import Foundation
import Glibc
import MeshCore
import MeshMetrics
import Synchronization

let registry = MetricsRegistry()
let counter = registry.counter("bench_events_total", help: "Benchmark events.", labels: ["kind"]).labels("a")
let histogram = registry.histogram("bench_latency_seconds", help: "Benchmark latencies.", labels: ["kind"]).labels("a")
let lookups = registry.counter("bench_lookups_total", help: "Looked up by labels each time.", labels: ["service", "method"])
let grpc = GRPCServerMetrics(registry: registry)
let client = GRPCClientMetrics(registry: registry)
let unaryCall = MethodDescriptor(service: "grpc.testing.TestService", method: "UnaryCall")
let kinds = GRPCMethodKinds([unaryCall: .unary])

/// This thread's CPU time in nanoseconds.
func threadCPUNanoseconds() -> UInt64 {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Runs `body(iterations)` on `threads` threads at once; returns the mean CPU nanoseconds per operation.
func measure(threads: Int, iterations: Int, _ body: @escaping @Sendable (Int) -> Void) -> Double {
  let group = DispatchGroup()
  let total = Mutex<UInt64>(0)
  for _ in 0..<threads {
    group.enter()
    Thread.detachNewThread {
      let start = threadCPUNanoseconds()
      body(iterations)
      let spent = threadCPUNanoseconds() - start
      total.withLock { $0 += spent }
      group.leave()
    }
  }
  group.wait()
  return Double(total.withLock { $0 }) / Double(threads * iterations)
}

let n = 20_000_000
for threads in [1, 2] {
  let increment = measure(threads: threads, iterations: n) { count in for _ in 0..<count { counter.increment() } }
  let observe = measure(threads: threads, iterations: n) { count in
    for index in 0..<count { histogram.observe(Double(index & 1023) * 0.0001) }
  }
  let lookup = measure(threads: threads, iterations: n / 10) { count in
    for _ in 0..<count { lookups.labels("grpc.testing.TestService", "UnaryCall").increment() }
  }
  let call = measure(threads: threads, iterations: n / 10) { count in
    for _ in 0..<count {
      let metrics = grpc.start(service: "grpc.testing.TestService", method: "UnaryCall", type: .unary)
      metrics.messageReceived()
      metrics.messageSent()
      metrics.finish(code: 0)
    }
  }
  // What both interceptors do per unary call: the kind's lookup, the method's metrics, a message each
  // way with its bytes, the status; on the server and on the client.
  let both = measure(threads: threads, iterations: n / 10) { count in
    for _ in 0..<count {
      let type = kinds.type(of: unaryCall)
      for side in [grpc as GRPCMetrics, client as GRPCMetrics] {
        let metrics = side.start(service: unaryCall.service, method: unaryCall.method, type: type)
        metrics.messageReceived(bytes: 120)
        metrics.messageSent(bytes: 80)
        metrics.finish(code: 0)
      }
    }
  }
  print(String(format: "%d thread%@: counter increment %.1f ns, histogram observe %.1f ns, "
               + "labels lookup + increment %.1f ns, one unary gRPC call's metrics %.1f ns, "
               + "server + client metrics of one unary call with kind lookup and bytes %.1f ns (CPU time per operation)",
               threads, threads == 1 ? "" : "s", increment, observe, lookup, call, both))
}
print("check: \(counter.value) increments, \(histogram.snapshot.cumulative.last ?? 0) observations")
