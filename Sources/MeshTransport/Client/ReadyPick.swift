/// Which of a channel's ready connections an attempt takes, under round robin or least-request, leaving
/// out the endpoints the call's earlier attempts used while another one is ready (A6: a hedge must not
/// join the hung first attempt on its server, and a retry after a failure on one server tries another).
/// With every ready endpoint tried, any ready one will do. Works on positions in the channel's list of
/// ready connections, without building a list of candidates: a call without earlier attempts (the plain
/// path) picks exactly as the balancing alone would, and allocates nothing.
enum ReadyPick {
  /// Round robin: the first candidate at or after the rotation's position, going round.
  /// - Parameters:
  ///   - count: how many connections are ready (at least 1).
  ///   - rotation: the rotation's position for this pick, in `0..<count`.
  ///   - tried: whether the connection at a position was used by an earlier attempt; nil when the call
  ///     has none.
  /// - Returns: the chosen position.
  static func roundRobin(count: Int, from rotation: Int, tried: ((Int) -> Bool)?) -> Int {
    guard let tried, untried(count, tried) > 0 else { return rotation }
    for offset in 0..<count {
      let position = (rotation + offset) % count
      if !tried(position) { return position }
    }
    return rotation
  }

  /// Least-request (`PowerOfTwoChoices`) among the candidates.
  /// - Parameters:
  ///   - count: how many connections are ready (at least 1).
  ///   - tried: whether the connection at a position was used by an earlier attempt; nil when the call
  ///     has none.
  ///   - load: the calls in flight on the connection at a position.
  ///   - random: a uniform integer in `0..<n` for the given `n`; injected so tests are deterministic.
  /// - Returns: the chosen position.
  static func leastRequest(count: Int, tried: ((Int) -> Bool)?, load: (Int) -> Int, random: (Int) -> Int) -> Int {
    let chooser = PowerOfTwoChoices()
    guard let tried else { return chooser.pick(count: count, load: load, random: random) }
    let candidates = untried(count, tried)
    // All tried (or none): the exclusion is dropped, and every ready connection is a candidate again.
    guard candidates > 0, candidates < count else { return chooser.pick(count: count, load: load, random: random) }
    // The candidates are the untried positions in order; the chooser draws among their indexes.
    let position = { (index: Int) -> Int in
      var remaining = index
      for position in 0..<count where !tried(position) {
        if remaining == 0 { return position }
        remaining -= 1
      }
      return index
    }
    return position(chooser.pick(count: candidates, load: { load(position($0)) }, random: random))
  }

  /// How many of the `count` positions were not tried.
  private static func untried(_ count: Int, _ tried: (Int) -> Bool) -> Int {
    var untried = 0
    for position in 0..<count where !tried(position) { untried += 1 }
    return untried
  }
}
