import Glibc

/// The relayed call's clock for its durations (the access line's, the metrics'): monotonic nanoseconds as
/// an `Int64`. `ContinuousClock.Instant` is a resilient type: every copy of one held by the call (its start,
/// the upstream's start, its deadline) went through the type's value witnesses, ~100 instructions each, some
/// ten per call (callgrind, 16x32). Deadlines the event loop watches stay `ContinuousClock` instants.
enum RelayClock {
  /// Nanoseconds since an arbitrary origin (`CLOCK_MONOTONIC`); never goes backwards.
  @inline(__always)
  static func now() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) &* 1_000_000_000 &+ Int64(spec.tv_nsec)
  }

  /// The time from `start` to `end` (two readings of `now()`).
  @inline(__always)
  static func duration(from start: Int64, to end: Int64) -> Duration { .nanoseconds(Int(end &- start)) }
}
