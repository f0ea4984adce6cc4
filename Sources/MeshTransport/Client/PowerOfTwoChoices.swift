/// Power-of-two-choices least-request balancing (as Envoy's and gRPC's `least_request`): draw two
/// different ready connections at random and take the one with fewer calls in flight. It tracks load
/// almost as well as "least of all" while needing no global view, and does not herd every new call onto
/// the one connection that looks idlest for a moment.
public struct PowerOfTwoChoices: Sendable {
  /// Creates a chooser.
  public init() {}

  /// Picks one of `count` candidates.
  /// - Parameters:
  ///   - count: how many candidates there are (at least 1).
  ///   - load: the calls in flight on candidate `i`.
  ///   - random: a uniform integer in `0..<n` for the given `n`; injected so tests are deterministic.
  /// - Returns: the index of the chosen candidate; ties go to the first draw.
  public func pick(count: Int, load: (Int) -> Int, random: (Int) -> Int) -> Int {
    precondition(count > 0, "no candidate to pick from")
    guard count > 1 else { return 0 }
    let first = random(count)
    var second = random(count - 1)
    if second >= first { second += 1 }
    return load(second) < load(first) ? second : first
  }
}
