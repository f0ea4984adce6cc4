internal import Glibc

/// Wall-clock seconds for `exp`, `nbf` and `iat`; injected so tests can stand at any instant.
public protocol JWTClock: Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  func secondsSince1970() -> Int64
}

/// The system clock.
public struct SystemJWTClock: JWTClock {
  /// The system clock.
  public init() {}
  /// Now, in whole seconds since 1970: the C library's `time`, the same whole seconds as `Date()`'s without
  /// its `Double` (a relayed call's token check reads this clock on every call).
  public func secondsSince1970() -> Int64 { Int64(time(nil)) }
}

/// A clock stopped at one instant, for tests and for replaying published examples.
public struct FixedJWTClock: JWTClock {
  /// The instant this clock shows.
  public let seconds: Int64
  /// A stopped clock.
  /// - Parameters:
  ///   - seconds: seconds since 1970.
  public init(_ seconds: Int64) { self.seconds = seconds }
  /// The fixed instant.
  public func secondsSince1970() -> Int64 { seconds }
}
