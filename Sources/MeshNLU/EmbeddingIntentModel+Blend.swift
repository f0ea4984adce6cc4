public import MeshIntent

/// The embedding head together with an n-gram model over the same labels: their calibrated probabilities
/// averaged. The two err on different utterances (the head on rare wordings the encoder maps near another
/// intent, the n-gram model on paraphrases), so the mean beats either: on CLINC150's validation split
/// 95.8% in-scope and 81% out-of-scope recall against the head's 95.1% and 75% (docs/INTENTS.md).
extension EmbeddingIntentModel {
  /// The blended decision for one utterance.
  /// - Parameters:
  ///   - embedding: the utterance's embedding.
  ///   - ngram: an n-gram model trained on the same labels (labels it lacks count as probability 0).
  ///   - text: the utterance, for the n-gram model.
  ///   - weight: the head's share, in [0, 1].
  /// - Returns: the out-of-scope label when that class wins the blend or the best in-scope probability is
  ///   under the blend of the two thresholds; otherwise the best in-scope label, with its blended probability.
  public func classify(embedding: [Float], blendedWith ngram: IntentModel, text: String, weight: Float = 0.5)
    -> IntentPrediction {
    classify(probabilities: probabilities(embedding), blendedWith: ngram, text: text, weight: weight)
  }

  /// The blended decision from this head's probabilities of the utterance, already computed (so that
  /// several weights can be tried on one computation).
  /// - Parameters:
  ///   - headProbabilities: `probabilities(embedding)` of the utterance.
  ///   - ngram: see `classify(embedding:blendedWith:text:weight:)`.
  ///   - text: the utterance.
  ///   - weight: the head's share, in [0, 1].
  public func classify(probabilities headProbabilities: [Float], blendedWith ngram: IntentModel, text: String,
                       weight: Float = 0.5) -> IntentPrediction {
    let w = min(max(weight, 0), 1)
    var p = headProbabilities
    let q = ngram.probabilities(text)
    var index: [String: Int] = [:]
    for (k, label) in ngram.labels.enumerated() { index[label] = k }
    for (k, label) in labels.enumerated() { p[k] = w * p[k] + (1 - w) * (index[label].map { q[$0] } ?? 0) }
    var best = -1, bestOverall = 0
    for k in p.indices {
      if p[k] > p[bestOverall] { bestOverall = k }
      if k != outOfScopeIndex && (best < 0 || p[k] > p[best]) { best = k }
    }
    let inScope = (labels[max(best, 0)], Double(best >= 0 ? p[best] : 0))
    if best < 0 || bestOverall == outOfScopeIndex || p[best] < w * threshold + (1 - w) * ngram.threshold {
      return IntentPrediction(intent: IntentModel.outOfScopeLabel, confidence: Double(p[bestOverall]), bestInScope: inScope)
    }
    return IntentPrediction(intent: labels[best], confidence: Double(p[best]), bestInScope: inScope)
  }

  /// The blended decision by `blendRule` when the head has one, else
  /// `classify(embedding:blendedWith:text:weight:)` at `fallbackWeight`.
  /// - Parameters:
  ///   - embedding: the utterance's features.
  ///   - ngram: the n-gram model the rule was fitted with.
  ///   - text: the utterance.
  ///   - fallbackWeight: the head's share without a rule.
  ///   - fine: a fine head's probabilities summed by group in this head's label order
  ///     (`CommerceFineVote.grouped`), which the rule mixes in at its `fineWeight`; empty for none.
  public func classifyBlended(embedding: [Float], ngram: IntentModel, text: String, fallbackWeight: Float = 0.5,
                              fine: [Float] = []) -> IntentPrediction {
    guard let rule = blendRule else { return classify(embedding: embedding, blendedWith: ngram, text: text, weight: fallbackWeight) }
    let head = probabilities(embedding), grams = BlendSample.ngramProbabilities(ngram, text, labels: labels)
    return rule.decide(rule.blend(head, grams, fine: fine), unvoted: rule.blend(head, grams), labels: labels, outOfScope: outOfScopeIndex,
                       centroidCosine: rule.minimumCentroidCosine == nil ? nil : nearness?.nearestCentroid(embedding),
                       neighbourCosine: rule.minimumNeighbourCosine == nil ? nil : neighbourCosine(embedding))
  }

  /// The mean cosine of `embedding` to its `BlendedDecisionRule.neighbourCount` nearest in-scope training
  /// utterances, when the head keeps them (its rule has a neighbour test), else nil.
  public func neighbourCosine(_ embedding: [Float]) -> Float? {
    guard let nearness, !nearness.rows.isEmpty else { return nil }
    return nearness.meanOfNearestRows(embedding, count: BlendedDecisionRule.neighbourCount)
  }

  /// How many in-scope training vectors the head keeps for its rule's neighbour test.
  public var neighbourRows: Int { nearness.map { $0.rows.count / max($0.dimension, 1) } ?? 0 }

  /// This head with `rule`; when the rule tests the cosine to the in-scope centroids or nearest training
  /// utterances, they are computed (normalised) from the training data.
  /// - Parameters:
  ///   - rule: the fitted rule.
  ///   - embeddings: the head's training features.
  ///   - trainingLabels: their labels.
  public func with(rule: BlendedDecisionRule, embeddings: [[Float]], trainingLabels: [String]) -> EmbeddingIntentModel {
    var out = self
    out.blendRule = rule
    out.nearness = nil
    if rule.minimumCentroidCosine != nil || rule.minimumNeighbourCosine != nil {
      let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
      var nearness = InScopeNearness(embeddings: embeddings,
                                     classes: trainingLabels.map { index[IntentTrainer.normaliseLabel($0)] ?? -1 },
                                     outOfScope: outOfScopeIndex, keepRows: rule.minimumNeighbourCosine != nil)
      nearness.outOfScopeRows = []
      out.nearness = nearness
    }
    return out
  }
}
