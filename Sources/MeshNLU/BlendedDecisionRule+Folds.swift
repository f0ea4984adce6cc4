public import MeshIntent

/// The samples `BlendedDecisionRule.fit` needs, for any labelled data: a K-fold cross-validation of the
/// head and the n-gram model (`mesh nlu train` fits the rule it stores this way).
extension BlendedDecisionRule {
  /// Held-out samples of a `folds`-fold cross-validation (utterance i in fold i mod `folds`), in the
  /// order of the sorted labels of all the data.
  /// - Parameters:
  ///   - embeddings: every utterance's features.
  ///   - texts: the utterances, for the n-gram model.
  ///   - labels: their labels.
  ///   - folds: the number of folds, at least 2.
  ///   - configuration: the head's hyper-parameters.
  ///   - ngramConfiguration: the n-gram model's.
  /// - Returns: the sorted labels and each fold's samples.
  /// - Throws: what the trainers throw.
  public static func outOfFoldSamples(embeddings: [[Float]], texts: [String], labels rawLabels: [String], folds: Int,
                                      configuration: EmbeddingTrainingConfiguration,
                                      ngramConfiguration: TrainingConfiguration) throws
    -> (labels: [String], samples: [[BlendSample]]) {
    let names = rawLabels.map(IntentTrainer.normaliseLabel)
    let labels = Array(Set(names)).sorted()
    let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    let k = max(folds, 2)
    var out: [[BlendSample]] = []
    for fold in 0..<k {
      let train = names.indices.filter { $0 % k != fold }, test = names.indices.filter { $0 % k == fold }
      let head = try EmbeddingIntentTrainer.train(embeddings: train.map { embeddings[$0] }, labels: train.map { names[$0] },
                                                  configuration: configuration)
      let ngram = try IntentTrainer.train(train.map { (texts[$0], names[$0]) }, configuration: ngramConfiguration)
      let nearness = InScopeNearness(embeddings: train.map { embeddings[$0] }, classes: train.map { index[names[$0]] ?? -1 },
                                     outOfScope: index[IntentModel.outOfScopeLabel], keepRows: false)
      out.append(test.map { i in
        // The fold's head may lack a label that has too few utterances: its probability is 0.
        let p = head.probabilities(embeddings[i])
        var headP = [Float](repeating: 0, count: labels.count)
        for (c, label) in head.labels.enumerated() { if let to = index[label] { headP[to] = p[c] } }
        return BlendSample(head: headP, ngram: BlendSample.ngramProbabilities(ngram, texts[i], labels: labels),
                           truth: index[names[i]] ?? -1, nearestInScope: -1, nearestCentroid: nearness.nearestCentroid(embeddings[i]))
      })
    }
    return (labels, out)
  }
}
