#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif
internal import Synchronization

/// Where limiters read the time: monotonic nanoseconds from an arbitrary origin.
public protocol RateLimitClock: Sendable {
  /// Nanoseconds since this clock's origin; never goes backwards.
  func nanoseconds() -> UInt64
}

/// The system's monotonic clock (`CLOCK_MONOTONIC`), unaffected by wall-clock changes.
public struct MonotonicClock: RateLimitClock {
  /// The system monotonic clock.
  public init() {}

  /// Nanoseconds since boot.
  public func nanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
  }
}

/// A clock that moves only when told, so tests replay exact schedules.
public final class VirtualClock: RateLimitClock {
  private let now: Atomic<UInt64>

  /// A virtual clock.
  /// - Parameters:
  ///   - start: the initial reading in nanoseconds.
  public init(start: UInt64 = 0) { now = Atomic(start) }

  /// The current virtual time.
  public func nanoseconds() -> UInt64 { now.load(ordering: .acquiring) }

  /// Moves the clock forward.
  /// - Parameters:
  ///   - duration: how far; negative durations are ignored (the clock is monotonic).
  public func advance(by duration: Duration) {
    let step = duration.nanosecondsClamped
    if step > 0 { now.add(step, ordering: .releasing) }
  }
}

extension Duration {
  /// Whole nanoseconds, clamped to `0...UInt64.max` (negative durations become zero).
  var nanosecondsClamped: UInt64 {
    let (seconds, attoseconds) = components
    guard seconds >= 0 else { return 0 }
    let whole = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
    if whole.overflow { return .max }
    let sum = whole.partialValue.addingReportingOverflow(UInt64(attoseconds / 1_000_000_000))
    return sum.overflow ? .max : sum.partialValue
  }
}
