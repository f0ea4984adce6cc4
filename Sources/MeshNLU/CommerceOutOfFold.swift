import MeshIntent

/// The coarse commerce intents' 5-fold cross-validation as the nlu service's blend sees it: in each fold,
/// a coarse head (`CommerceGroupedUtterances.fold`) and an n-gram model (`CommerceModel`'s data without
/// the held-out texts) are trained on four fifths, and every held-out utterance becomes a `BlendSample`.
/// The blend's decision rule is fitted on these predictions, which no model saw in training. With
/// `fineVote`, a fine-intent head trained on the fine utterances without the held-out texts gives each
/// sample its grouped vote (`CommerceFineVote`) as well. With `farAway`, each fold also scores its fifth of
/// `farAway`'s out-of-scope text, which no model trains on.
public enum CommerceOutOfFold {
  /// The folds' samples and the texts they were made from.
  public struct Folds: Sendable {
    /// The head's labels (the same in every fold: each fold trains on every coarse intent).
    public var labels: [String]
    /// One list of samples per fold.
    public var samples: [[BlendSample]]
    /// The held-out texts, in the order of `samples`.
    public var texts: [[String]]
    /// Each fold's rule before fitting: weight 0.5 and the mean of the head's and the n-gram model's thresholds.
    public var meanThresholdRules: [BlendedDecisionRule] = []
    /// How many samples at the end of each fold's list are `farAway` text (0 without it).
    public var farAwayCounts: [Int] = []

    /// Fold `fold`'s samples of the coarse utterances, without the far-away texts.
    public func utteranceSamples(_ fold: Int) -> [BlendSample] { Array(samples[fold].dropLast(farAwayCount(fold))) }

    /// Fold `fold`'s samples of `farAway` text.
    public func farAwaySamples(_ fold: Int) -> [BlendSample] { Array(samples[fold].suffix(farAwayCount(fold))) }

    func farAwayCount(_ fold: Int) -> Int { fold < farAwayCounts.count ? farAwayCounts[fold] : 0 }
  }

  /// Trains the five folds' heads and n-gram models and returns their held-out samples.
  /// - Parameters:
  ///   - vector: the features of a text (the sentence embedding, as the service's coarse head reads).
  ///   - configuration: the head's hyper-parameters.
  ///   - everyUtterance: hold out every coarse utterance in turn, the always-trained help-desk and support
  ///     ones too (they hold the out-of-scope look-alikes), instead of `CommerceGroupedUtterances.fold`'s
  ///     cross-validated ones (the protocol of the documented figures).
  ///   - nearestRows: whether to measure each sample's cosines to its nearest in-scope and out-of-scope
  ///     training utterances (`nearestCosines`, which a rule with a neighbour minimum reads), else the
  ///     nearest is -1 and the lists are empty.
  ///   - fineVote: whether to train each fold's fine head too and give the samples its grouped vote.
  ///   - farAway: whether each fold scores its fifth of `farAway` too (line i in fold i mod 5), after its
  ///     held-out utterances, as out-of-scope samples.
  /// - Throws: what the trainers throw.
  public static func folds(vector: ([String]) -> [[Float]],
                           configuration: EmbeddingTrainingConfiguration = EmbeddingTrainingConfiguration(),
                           everyUtterance: Bool = false, nearestRows: Bool = false, fineVote: Bool = false,
                           farAway: Bool = false) throws -> Folds {
    var out = Folds(labels: [], samples: [], texts: [])
    for fold in 0..<5 {
      let (train, heldOut) = everyUtterance ? foldOfEveryUtterance(fold) : CommerceGroupedUtterances.fold(fold)
      let held = Set(heldOut.map { $0.text.lowercased() })
      // Far-away text is scored, never trained on: it joins the held-out side only, after the fold's utterances.
      let far = farAway ? farAwayFold(fold) : []
      let test = heldOut + far.map { (text: $0, label: IntentModel.outOfScopeLabel) }
      let trainVectors = vector(train.map(\.text)), testVectors = vector(test.map(\.text))
      let head = try EmbeddingIntentTrainer.train(embeddings: trainVectors, labels: train.map(\.label),
                                                  configuration: configuration)
      let ngram = try IntentTrainer.train(CommerceModel.utterances.filter { !held.contains($0.text.lowercased()) },
                                          configuration: CommerceModel.configuration)
      var fine: EmbeddingIntentModel?
      if fineVote {
        let fineTrain = CommerceFineVote.trainingUtterances(without: held)
        fine = try EmbeddingIntentTrainer.train(embeddings: vector(fineTrain.map(\.text)), labels: fineTrain.map(\.label),
                                                configuration: configuration)
      }
      let index = Dictionary(uniqueKeysWithValues: head.labels.enumerated().map { ($1, $0) })
      let nearness = InScopeNearness(embeddings: trainVectors,
                                     classes: train.map { index[IntentTrainer.normaliseLabel($0.label)] ?? -1 },
                                     outOfScope: head.outOfScopeIndex, keepRows: nearestRows)
      var samples: [BlendSample] = []
      for (e, v) in zip(test, testVectors) {
        var sample = BlendSample(head: head.probabilities(v),
                                 ngram: BlendSample.ngramProbabilities(ngram, e.text, labels: head.labels),
                                 truth: index[IntentTrainer.normaliseLabel(e.label)] ?? -1,
                                 nearestInScope: nearness.nearestRow(v), nearestCentroid: nearness.nearestCentroid(v))
        if let fine {
          sample.fine = CommerceFineVote.grouped(fine.probabilities(v), fineLabels: fine.labels, coarseLabels: head.labels)
        }
        if nearestRows {
          sample.nearestCosines = nearness.nearestRowCosines(v, count: InScopeNearness.sampledNeighbours)
          sample.nearestOutOfScopeCosines = nearness.nearestOutOfScopeCosines(v, count: InScopeNearness.sampledNeighbours)
        }
        samples.append(sample)
      }
      out.labels = head.labels
      out.meanThresholdRules.append(BlendedDecisionRule(headWeight: 0.5, threshold: 0.5 * head.threshold + 0.5 * ngram.threshold))
      out.samples.append(samples)
      out.texts.append(test.map(\.text))
      out.farAwayCounts.append(far.count)
    }
    return out
  }

  /// The lines of `farAway` fold `fold` scores: line i when i mod 5 is `fold`.
  static func farAwayFold(_ fold: Int) -> [String] {
    farAway.enumerated().filter { $0.offset % 5 == fold }.map(\.element)
  }

  /// The n-th coarse utterance of each intent (of all of them) held out in fold n mod 5; the training side
  /// is `CommerceGroupedUtterances.pairs()` without the held-out texts.
  static func foldOfEveryUtterance(_ fold: Int) -> (train: [(text: String, label: String)], test: [(text: String, label: String)]) {
    var seen: [String: Int] = [:]
    var test: [(text: String, label: String)] = []
    for e in CommerceModel.utterances {
      let n = seen[e.label, default: 0]
      seen[e.label] = n + 1
      if n % 5 == fold { test.append(e) }
    }
    let held = Set(test.map { $0.text.lowercased() })
    return (CommerceGroupedUtterances.pairs().filter { !held.contains($0.text.lowercased()) }, test)
  }

  /// The rule the nlu service's coarse blend uses, fitted on all five folds' samples (`BlendedDecisionRule.fit`).
  /// - Parameter folds: the folds' samples.
  public static func fittedRule(_ folds: Folds) -> BlendedDecisionRule {
    BlendedDecisionRule.fit(folds.samples.flatMap { $0 }, outOfScope: folds.labels.firstIndex(of: IntentModel.outOfScopeLabel),
                            centroid: usesCentroid, neighbours: usesNeighbours,
                            fineWeights: usesFineVote ? BlendedDecisionRule.candidateFineWeights : [0])
  }

  /// Whether the service's rule gives the fine head's grouped vote a share (`BlendedDecisionRule.fineWeight`,
  /// its share chosen with the rule's other values; nested cross-validation with and without it:
  /// docs/INTENTS.md).
  public static let usesFineVote = true

  /// Whether the service's rule tests the mean cosine to the nearest in-scope training utterances too
  /// (chosen by nested cross-validation on both fold sets, docs/INTENTS.md: it rejects text far from all
  /// the training data, which a linear head can still score confidently, at no in-scope cost).
  public static let usesNeighbours = true

  /// Whether the service's rule tests the cosine to the in-scope centroids too (chosen by nested
  /// cross-validation, docs/INTENTS.md).
  public static let usesCentroid = false

  /// Whether the service's rule is fitted on folds of every coarse utterance (`folds(everyUtterance:)`),
  /// look-alikes included, rather than on the documented cross-validation's folds.
  public static let fitsOnEveryUtterance = true

  /// Whether the service's rule is fitted with `farAway`'s text in the folds (`folds(farAway:)`): without it
  /// the folds of every utterance hold no text far from the training data, and the fit drops the neighbour
  /// test that rejects such text (docs/INTENTS.md).
  public static let fitsWithFarAway = true

  /// The nlu service's coarse head: trained on `pairs` (`CommerceGroupedUtterances.pairs()`) with the
  /// default hyper-parameters, and given the blend rule committed for this data (`CommerceBlendRule`), or
  /// when the data changed since, the rule fitted now on the five folds.
  /// - Parameters:
  ///   - pairs: the grouped utterances.
  ///   - embeddings: their features, in order.
  ///   - embed: features of texts not in `pairs` (none with the shipped data).
  /// - Throws: what the trainers throw.
  public static func coarseHead(pairs: [(text: String, label: String)], embeddings: [[Float]],
                                embed: ([String]) -> [[Float]]) throws -> EmbeddingIntentModel {
    let head = try EmbeddingIntentTrainer.train(embeddings: embeddings, labels: pairs.map(\.label))
    if let rule = CommerceBlendRule.committed(forGrouped: pairs) {
      return head.with(rule: rule, embeddings: embeddings, trainingLabels: pairs.map(\.label))
    }
    var lookup: [String: [Float]] = [:]
    for (e, v) in zip(pairs, embeddings) { lookup[e.text] = v }
    let samples = try Self.folds(vector: { texts in
      let missing = texts.filter { lookup[$0] == nil }
      if !missing.isEmpty { for (t, v) in zip(missing, embed(missing)) { lookup[t] = v } }
      return texts.map { lookup[$0] ?? [] }
    }, everyUtterance: fitsOnEveryUtterance, nearestRows: usesNeighbours, fineVote: usesFineVote, farAway: fitsWithFarAway)
    return head.with(rule: fittedRule(samples), embeddings: embeddings, trainingLabels: pairs.map(\.label))
  }
}
