/// Fitting the blend's rule on held-out samples (out-of-fold predictions of a cross-validation).
extension BlendedDecisionRule {
  /// The head weights `fit` tries by default.
  public static let candidateWeights: [Float] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]

  /// The fine heads' shares `fit` tries when the samples carry a fine vote (0: none).
  public static let candidateFineWeights: [Float] = [0, 0.15, 0.3, 0.45, 0.6]

  /// The rule with the highest accuracy on `samples` (every utterance counting once): the threshold on a
  /// grid of 0.01, each weight of `weights`, and with `centroid` the centroid cosine too, with `neighbours`
  /// the mean cosine to the `neighbourCount` nearest in-scope utterances (no minimum, or 0.10 to 0.95 by
  /// 0.01; one second test at a time). Among equally good rules: the weight nearest 0.5, then no second
  /// test (or the lowest minimum), then the middle of the equally good thresholds (the widest margin either
  /// side). With `fineWeights`, each share of the fine head's grouped vote too (the lowest among equally
  /// good rules, after the head weight). Without an out-of-scope class the threshold stays 0: nothing there
  /// is out of scope.
  /// - Parameters:
  ///   - samples: held-out samples of one label set.
  ///   - outOfScope: the out-of-scope class's index, if any.
  ///   - weights: the head weights to try.
  ///   - centroid: whether to fit the centroid cosine minimum as well.
  ///   - neighbours: whether to fit the nearest neighbours' cosine minimum as well (the samples must carry
  ///     `nearestCosines`).
  ///   - fineWeights: the fine head's shares to try (the samples must carry `fine`); [0] for none.
  public static func fit(_ samples: [BlendSample], outOfScope: Int?, weights: [Float] = candidateWeights,
                         centroid: Bool = false, neighbours: Bool = false, fineWeights: [Float] = [0]) -> BlendedDecisionRule {
    let thresholds: [Float] = outOfScope == nil ? [0] : (0..<100).map { Float($0) / 100 }
    let grid = (10...95).map { Float($0) / 100 }
    var seconds: [(centroid: Float?, neighbour: Float?)] = [(nil, nil)]
    if centroid && outOfScope != nil { seconds += grid.map { ($0, nil) } }
    if neighbours && outOfScope != nil { seconds += grid.map { (nil, $0) } }
    var bestRight = -1
    var ties: [(weight: Float, fine: Float, second: Int, threshold: Float)] = []
    let fineShares: [Float] = fineWeights.isEmpty ? [0] : fineWeights
    for (weight, fineWeight) in (weights.isEmpty ? [0.5] : weights).flatMap({ w in fineShares.map { (w, $0) } }) {
      // Per sample, what the decision depends on: the best in-scope blended probability, whether it is
      // the right intent, whether the out-of-scope class wins outright; with a vote, in either blend (`refuses`).
      let rows = samples.map { s -> (top: Float, right: Bool, oosWins: Bool, oos: Bool, cosine: Float, neighbour: Float) in
        let voted = top(blend(s.head, s.ngram, fine: s.fine, headWeight: weight, fineWeight: fineWeight), outOfScope)
        let plain = fineWeight > 0 ? top(blend(s.head, s.ngram, fine: [], headWeight: weight, fineWeight: 0), outOfScope) : voted
        return (min(voted.probability, plain.probability), voted.best == s.truth, voted.oosWins || plain.oosWins,
                s.truth == outOfScope, s.nearestCentroid, s.meanOfNearest(neighbourCount))
      }
      for (n, second) in seconds.enumerated() {
        for threshold in thresholds {
          var right = 0
          for r in rows {
            let rejected = r.oosWins || r.top < threshold || (second.centroid.map { r.cosine < $0 } ?? false)
              || (second.neighbour.map { r.neighbour < $0 } ?? false)
            if rejected ? r.oos : (r.right && !r.oos) { right += 1 }
          }
          if right > bestRight { bestRight = right; ties = [] }
          if right == bestRight { ties.append((weight, fineWeight, n, threshold)) }
        }
      }
    }
    guard let nearest = ties.map({ abs($0.weight - 0.5) }).min() else { return BlendedDecisionRule(headWeight: 0.5, threshold: 0) }
    ties = ties.filter { abs($0.weight - 0.5) == nearest }
    ties = ties.filter { $0.weight == ties[0].weight }
    let fine = ties.map(\.fine).min() ?? 0
    ties = ties.filter { $0.fine == fine }
    // `seconds` runs from no test through rising minimums, so the least index is the plainest rule.
    let second = ties.map(\.second).min() ?? 0
    let thresholds2 = ties.filter { $0.second == second }.map(\.threshold).sorted()
    return BlendedDecisionRule(headWeight: ties[0].weight, threshold: thresholds2[thresholds2.count / 2],
                               minimumCentroidCosine: seconds[second].centroid,
                               minimumNeighbourCosine: seconds[second].neighbour, fineWeight: fine > 0 ? fine : nil)
  }

  /// Nested cross-validation of `fit`: each fold's accuracy under the rule fitted on the other folds'
  /// samples, so the figure is not flattered by choosing the rule on the utterances it is scored on.
  /// - Parameters:
  ///   - folds: held-out samples of each fold.
  ///   - outOfScope: the out-of-scope class's index, if any.
  ///   - weights: the head weights to try.
  ///   - centroid: whether to fit the centroid cosine minimum as well.
  ///   - neighbours: whether to fit the nearest neighbours' cosine minimum as well.
  ///   - fineWeights: the fine head's shares to try.
  /// - Returns: one (rule, accuracy) per fold.
  public static func nested(_ folds: [[BlendSample]], outOfScope: Int?, weights: [Float] = candidateWeights,
                            centroid: Bool = false, neighbours: Bool = false,
                            fineWeights: [Float] = [0]) -> [(rule: BlendedDecisionRule, accuracy: Double)] {
    folds.indices.map { f in
      let others = folds.indices.filter { $0 != f }.flatMap { folds[$0] }
      let rule = fit(others, outOfScope: outOfScope, weights: weights, centroid: centroid, neighbours: neighbours,
                     fineWeights: fineWeights)
      return (rule, rule.accuracy(folds[f], outOfScope: outOfScope))
    }
  }
}
