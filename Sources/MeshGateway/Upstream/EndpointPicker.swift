public import MeshTransport

/// Picks the endpoint of a call among the candidates in rotation: round robin, or power-of-two-choices
/// least-request. A value with no I/O; the cluster feeds it the candidates and their load.
public struct EndpointPicker: Sendable {
  /// The policy.
  public let balancing: UpstreamClusterConfiguration.Balancing
  private var next = 0

  /// Creates a picker.
  /// - Parameter balancing: the policy.
  public init(balancing: UpstreamClusterConfiguration.Balancing) { self.balancing = balancing }

  /// Picks one of the candidates.
  /// - Parameters:
  ///   - candidates: endpoint indexes in rotation, in the cluster's order; not empty.
  ///   - load: the calls in flight on an endpoint (least-request only).
  ///   - random: a uniform integer in `0..<n` for the given `n`; injected so tests are deterministic.
  /// - Returns: the chosen endpoint index.
  public mutating func pick(from candidates: [Int], load: (Int) -> Int, random: (Int) -> Int) -> Int {
    precondition(!candidates.isEmpty, "no endpoint to pick from")
    switch balancing {
    case .pickFirst:
      return candidates[0]
    case .roundRobin:
      // The counter moves over positions, not endpoints: when the rotation changes, calls go on spreading.
      let chosen = candidates[next % candidates.count]
      next = next == Int.max ? 0 : next + 1
      return chosen
    case .leastRequest:
      let position = PowerOfTwoChoices().pick(count: candidates.count, load: { load(candidates[$0]) }, random: random)
      return candidates[position]
    }
  }
}
