/// Fitting the blend's rule on held-out samples (out-of-fold predictions of a cross-validation).
extension BlendedDecisionRule {
  /// The head weights `fit` tries by default.
  public static let candidateWeights: [Float] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]

  /// The rule with the highest accuracy on `samples` (every utterance counting once): the threshold on a
  /// grid of 0.01, each weight of `weights`, and with `centroid` the centroid cosine too (no minimum, or
  /// 0.10 to 0.90 by 0.01). Among equally good rules: the weight nearest 0.5, then no centroid test (or the
  /// lowest minimum), then the middle of the equally good thresholds (the widest margin either side).
  /// Without an out-of-scope class the threshold stays 0: nothing there is out of scope.
  /// - Parameters:
  ///   - samples: held-out samples of one label set.
  ///   - outOfScope: the out-of-scope class's index, if any.
  ///   - weights: the head weights to try.
  ///   - centroid: whether to fit the centroid cosine minimum as well.
  public static func fit(_ samples: [BlendSample], outOfScope: Int?, weights: [Float] = candidateWeights,
                         centroid: Bool = false) -> BlendedDecisionRule {
    let thresholds: [Float] = outOfScope == nil ? [0] : (0..<100).map { Float($0) / 100 }
    let minimums: [Float?] = centroid && outOfScope != nil ? [nil] + (10...90).map { Float($0) / 100 } : [nil]
    var bestRight = -1
    var ties: [(weight: Float, minimum: Float?, threshold: Float)] = []
    for weight in weights.isEmpty ? [0.5] : weights {
      // Per sample, what the decision depends on: the best in-scope blended probability, whether it is
      // the right intent, whether the out-of-scope class wins outright.
      let rows = samples.map { s -> (top: Float, right: Bool, oosWins: Bool, oos: Bool, cosine: Float) in
        let p = zip(s.head, s.ngram).map { weight * $0 + (1 - weight) * $1 }
        var best = -1, bestOverall = 0
        for k in p.indices {
          if p[k] > p[bestOverall] { bestOverall = k }
          if k != outOfScope && (best < 0 || p[k] > p[best]) { best = k }
        }
        return (best < 0 ? 0 : p[best], best == s.truth, best < 0 || bestOverall == outOfScope, s.truth == outOfScope,
                s.nearestCentroid)
      }
      for minimum in minimums {
        for threshold in thresholds {
          var right = 0
          for r in rows {
            let rejected = r.oosWins || r.top < threshold || (minimum.map { r.cosine < $0 } ?? false)
            if rejected ? r.oos : (r.right && !r.oos) { right += 1 }
          }
          if right > bestRight { bestRight = right; ties = [] }
          if right == bestRight { ties.append((weight, minimum, threshold)) }
        }
      }
    }
    guard let nearest = ties.map({ abs($0.weight - 0.5) }).min() else { return BlendedDecisionRule(headWeight: 0.5, threshold: 0) }
    ties = ties.filter { abs($0.weight - 0.5) == nearest }
    ties = ties.filter { $0.weight == ties[0].weight }
    let minimum = ties.contains { $0.minimum == nil } ? nil : ties.compactMap(\.minimum).min()
    let thresholds2 = ties.filter { $0.minimum == minimum }.map(\.threshold).sorted()
    return BlendedDecisionRule(headWeight: ties[0].weight, threshold: thresholds2[thresholds2.count / 2],
                               minimumCentroidCosine: minimum)
  }

  /// Nested cross-validation of `fit`: each fold's accuracy under the rule fitted on the other folds'
  /// samples, so the figure is not flattered by choosing the rule on the utterances it is scored on.
  /// - Parameters:
  ///   - folds: held-out samples of each fold.
  ///   - outOfScope: the out-of-scope class's index, if any.
  ///   - weights: the head weights to try.
  ///   - centroid: whether to fit the centroid cosine minimum as well.
  /// - Returns: one (rule, accuracy) per fold.
  public static func nested(_ folds: [[BlendSample]], outOfScope: Int?, weights: [Float] = candidateWeights,
                            centroid: Bool = false) -> [(rule: BlendedDecisionRule, accuracy: Double)] {
    folds.indices.map { f in
      let others = folds.indices.filter { $0 != f }.flatMap { folds[$0] }
      let rule = fit(others, outOfScope: outOfScope, weights: weights, centroid: centroid)
      return (rule, rule.accuracy(folds[f], outOfScope: outOfScope))
    }
  }
}
