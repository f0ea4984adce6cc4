public import MeshIntent

/// The fine commerce head's vote in the coarse decision: its probabilities summed by `CommerceTaxonomy`
/// group. The fine head is trained on narrower classes, so it is often right where the coarse blend is not
/// (a phrasing of one fine intent that the coarse head and the n-gram model pull towards another group);
/// `BlendedDecisionRule.fineWeight` says how much of the coarse decision it gets.
public enum CommerceFineVote {
  /// The fine head's probabilities summed by group, in `coarseLabels` order (a coarse label no fine
  /// intent belongs to gets 0; the sum stays 1 when every group is a coarse label).
  /// - Parameters:
  ///   - probabilities: the fine head's probabilities, in `fineLabels` order.
  ///   - fineLabels: the fine head's labels.
  ///   - coarseLabels: the coarse head's labels.
  public static func grouped(_ probabilities: [Float], fineLabels: [String], coarseLabels: [String]) -> [Float] {
    let position = Dictionary(coarseLabels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var out = [Float](repeating: 0, count: coarseLabels.count)
    for (label, p) in zip(fineLabels, probabilities) {
      let name = IntentTrainer.normaliseLabel(label)
      let group = name == IntentModel.outOfScopeLabel ? name : CommerceTaxonomy.group(of: name)
      if let k = position[group] { out[k] += p }
    }
    return out
  }

  /// The fine utterances a fold's fine head trains on: `CommerceFineModel`'s without the held-out texts
  /// (compared in lower case, as the folds compare them).
  /// - Parameter held: the held-out texts, in lower case.
  public static func trainingUtterances(without held: Set<String>) -> [(text: String, label: String)] {
    CommerceFineModel.utterances.filter { !held.contains($0.text.lowercased()) }
  }
}
