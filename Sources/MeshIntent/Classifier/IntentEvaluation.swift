/// Accuracy figures of a model on labelled utterances, in the terms of Larson et al. (2019).
public struct IntentEvaluation: Sendable {
  /// Share of in-scope utterances given their right intent (rejecting one as out of scope is wrong).
  public var inScopeAccuracy: Double
  /// Share of out-of-scope utterances called out of scope; `nil` when there were none.
  public var outOfScopeRecall: Double?
  /// Share of all utterances given their right label.
  public var accuracy: Double
  /// Per label: precision, recall and number of utterances with that true label.
  public var perLabel: [(label: String, precision: Double, recall: Double, support: Int)]
  /// Number of utterances evaluated.
  public var count: Int

  /// Evaluates `model` on `examples`.
  /// - Parameters:
  ///   - model: the classifier.
  ///   - examples: `(text, label)` pairs; out-of-scope aliases are accepted.
  public init(model: IntentModel, examples: [(text: String, label: String)]) {
    var truePositive: [String: Int] = [:], predicted: [String: Int] = [:], actual: [String: Int] = [:]
    var inScope = 0, inScopeRight = 0, oos = 0, oosRight = 0, right = 0
    for e in examples {
      let truth = IntentTrainer.normaliseLabel(e.label)
      let guess = model.classify(e.text).intent
      predicted[guess, default: 0] += 1
      actual[truth, default: 0] += 1
      if guess == truth { truePositive[truth, default: 0] += 1; right += 1 }
      if truth == IntentModel.outOfScopeLabel {
        oos += 1
        if guess == truth { oosRight += 1 }
      } else {
        inScope += 1
        if guess == truth { inScopeRight += 1 }
      }
    }
    count = examples.count
    inScopeAccuracy = inScope == 0 ? 0 : Double(inScopeRight) / Double(inScope)
    outOfScopeRecall = oos == 0 ? nil : Double(oosRight) / Double(oos)
    accuracy = examples.isEmpty ? 0 : Double(right) / Double(examples.count)
    perLabel = Set(actual.keys).union(predicted.keys).sorted().map { label in
      let tp = Double(truePositive[label, default: 0])
      let p = predicted[label, default: 0], a = actual[label, default: 0]
      return (label, p == 0 ? 0 : tp / Double(p), a == 0 ? 0 : tp / Double(a), a)
    }
  }
}

extension IntentEvaluation {
  /// In-scope accuracy and out-of-scope recall if the model's threshold were each of `thresholds`:
  /// the trade-off curve, to choose an operating point.
  /// - Parameters:
  ///   - model: the classifier.
  ///   - examples: labelled utterances.
  ///   - thresholds: confidence thresholds to try.
  public static func operatingPoints(model: IntentModel, examples: [(text: String, label: String)],
                                     thresholds: [Float]) -> [(threshold: Float, inScope: Double, outOfScope: Double?)] {
    let scored = examples.map { e -> (truth: String, best: String, top: Float, bestInScope: String) in
      let p = model.probabilities(e.text)
      var best = 0
      var bestIn = -1
      for k in p.indices {
        if p[k] > p[best] { best = k }
        if k != model.outOfScopeIndex && (bestIn < 0 || p[k] > p[bestIn]) { bestIn = k }
      }
      return (IntentTrainer.normaliseLabel(e.label), model.labels[best], p[bestIn], model.labels[max(bestIn, 0)])
    }
    return thresholds.map { th in
      var inScope = 0, inRight = 0, oos = 0, oosRight = 0
      for s in scored {
        let guess = s.best == IntentModel.outOfScopeLabel || s.top < th ? IntentModel.outOfScopeLabel : s.bestInScope
        if s.truth == IntentModel.outOfScopeLabel {
          oos += 1
          if guess == s.truth { oosRight += 1 }
        } else {
          inScope += 1
          if guess == s.truth { inRight += 1 }
        }
      }
      return (th, inScope == 0 ? 0 : Double(inRight) / Double(inScope),
              oos == 0 ? nil : Double(oosRight) / Double(oos))
    }
  }
}
