/// An endpoint's standing under active health checks, as a value: it leaves the rotation after
/// `unhealthyThreshold` failed checks in a row and comes back after `healthyThreshold` passed ones.
public struct HealthCheckCounter: Sendable, Hashable {
  /// Failed checks in a row that take a healthy endpoint out.
  public let unhealthyThreshold: Int
  /// Passed checks in a row that bring an unhealthy endpoint back.
  public let healthyThreshold: Int
  /// Whether the endpoint is in the rotation as far as health checks go.
  public private(set) var isHealthy = true
  private var run = 0

  /// Starts healthy: an endpoint serves until a check says otherwise.
  /// - Parameters:
  ///   - unhealthyThreshold: failed checks in a row before it leaves (at least 1).
  ///   - healthyThreshold: passed checks in a row before it comes back (at least 1).
  public init(unhealthyThreshold: Int, healthyThreshold: Int) {
    self.unhealthyThreshold = max(1, unhealthyThreshold)
    self.healthyThreshold = max(1, healthyThreshold)
  }

  /// Records one check.
  /// - Parameter passed: whether the endpoint answered SERVING in time.
  /// - Returns: whether `isHealthy` changed.
  public mutating func record(passed: Bool) -> Bool {
    // A result that agrees with the standing ends any run towards the other side.
    guard passed != isHealthy else {
      run = 0
      return false
    }
    run += 1
    guard run >= (passed ? healthyThreshold : unhealthyThreshold) else { return false }
    isHealthy = passed
    run = 0
    return true
  }
}
