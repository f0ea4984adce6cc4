/// Keepalive enforcement as gRPC's A8 describes it: a client that sends PINGs more often than the
/// server allows collects strikes, and past the allowed strikes the connection is sent GOAWAY
/// ENHANCE_YOUR_CALM with `too_many_pings`. A pure value: the connection feeds it PINGs and call starts.
struct KeepaliveEnforcer {
  /// What to do about a PING.
  enum Verdict: Equatable {
    /// Answer it.
    case allowed
    /// Too many: GOAWAY ENHANCE_YOUR_CALM `too_many_pings`, then close.
    case tooManyPings
  }

  /// The interval allowed between PINGs when the client has no call open and pings without calls
  /// are not permitted (gRPC's rule: two hours).
  static let intervalWithoutCalls: Duration = .seconds(7200)

  let minInterval: Duration
  let permitWithoutCalls: Bool
  let maxStrikes: Int
  private var lastPing: ContinuousClock.Instant?
  private(set) var strikes = 0

  init(minInterval: Duration, permitWithoutCalls: Bool, maxStrikes: Int) {
    self.minInterval = minInterval
    self.permitWithoutCalls = permitWithoutCalls
    self.maxStrikes = maxStrikes
  }

  /// A PING arrived.
  /// - Parameters:
  ///   - now: when.
  ///   - hasOpenCalls: whether the client has a call open on the connection.
  mutating func pingReceived(at now: ContinuousClock.Instant, hasOpenCalls: Bool) -> Verdict {
    let allowed = hasOpenCalls || permitWithoutCalls ? minInterval : Self.intervalWithoutCalls
    defer { lastPing = now }
    if let lastPing, now - lastPing < allowed {
      strikes += 1
      if strikes > maxStrikes { return .tooManyPings }
    }
    return .allowed
  }

  /// A call started: the client is using the connection, so its earlier PINGs are forgiven (gRPC
  /// resets the count when the server sends headers or data).
  mutating func callStarted() {
    strikes = 0
    lastPing = nil
  }
}
