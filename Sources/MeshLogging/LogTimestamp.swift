import Glibc

/// A wall-clock instant, written as RFC 3339 in UTC with milliseconds (`2026-12-02T01:02:03.456Z`).
public struct LogTimestamp: Sendable {
  /// Seconds since 1970.
  public let seconds: Int
  /// Milliseconds within the second.
  public let milliseconds: Int

  /// An instant from its parts.
  public init(seconds: Int, milliseconds: Int) {
    self.seconds = seconds
    self.milliseconds = milliseconds
  }

  /// The current time.
  @Sendable public static func now() -> LogTimestamp {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return LogTimestamp(seconds: spec.tv_sec, milliseconds: spec.tv_nsec / 1_000_000)
  }

  /// RFC 3339, UTC, milliseconds.
  public var iso8601: String {
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let millis = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):"
      + "\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millis)Z"
  }
}
