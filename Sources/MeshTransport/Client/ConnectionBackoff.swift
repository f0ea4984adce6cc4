/// Reconnection delays of doc/connection-backoff.md: exponential with jitter, capped.
public struct ConnectionBackoff: Sendable {
  /// The first delay.
  public var initial: Duration
  /// The factor between successive delays.
  public var multiplier: Double
  /// The relative randomization of each delay (0.2 means ±20%).
  public var jitter: Double
  /// The largest delay.
  public var maximum: Duration

  /// Creates a policy; the defaults are gRPC's: 1 s, ×1.6, ±20%, at most 120 s.
  /// - Parameters:
  ///   - initial: the first delay.
  ///   - multiplier: the factor between delays.
  ///   - jitter: the relative randomization.
  ///   - maximum: the largest delay.
  public init(initial: Duration = .seconds(1), multiplier: Double = 1.6, jitter: Double = 0.2,
              maximum: Duration = .seconds(120)) {
    self.initial = initial
    self.multiplier = multiplier
    self.jitter = jitter
    self.maximum = maximum
  }

  /// The delay before attempt `attempt` (0 is the first retry).
  /// - Parameter attempt: how many attempts have failed before this one, minus one.
  public func delay(attempt: Int) -> Duration {
    let base = min(initial.seconds * pow(multiplier, Double(attempt)), maximum.seconds)
    let spread = base * jitter
    return .seconds(max(0, base + Double.random(in: -spread...spread)))
  }
}

extension Duration {
  /// The duration in seconds, as a Double.
  var seconds: Double {
    let (s, atto) = components
    return Double(s) + Double(atto) / 1e18
  }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
  var result = 1.0
  for _ in 0..<Int(exponent) { result *= base }
  return result
}
