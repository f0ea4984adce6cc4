import Foundation
import MeshIntent
@testable import MeshNLU
import Testing

/// The blend's out-of-scope rule fitted on held-out samples: labels 0 and 1 in scope, 2 out of scope.
@Suite struct BlendedDecisionRuleTests {
  /// A sample whose head and n-gram model both give `top` to `guess` and split the rest evenly.
  static func sample(truth: Int, guess: Int, top: Float, ngramTop: Float? = nil, ngramGuess: Int? = nil,
                     centroid: Float = 0.8) -> BlendSample {
    func spread(_ k: Int, _ p: Float) -> [Float] { (0..<3).map { $0 == k ? p : (1 - p) / 2 } }
    return BlendSample(head: spread(guess, top), ngram: spread(ngramGuess ?? guess, ngramTop ?? top), truth: truth,
                       nearestInScope: centroid, nearestCentroid: centroid)
  }

  @Test func thresholdFallsBetweenInScopeAndLookAlikeConfidences() {
    // In scope: right and confident (0.55-0.75); look-alikes: an in-scope guess at 0.40-0.50.
    let inScope = (0..<40).map { Self.sample(truth: $0 % 2, guess: $0 % 2, top: 0.55 + Float($0 % 5) * 0.05) }
    let lookAlikes = (0..<10).map { Self.sample(truth: 2, guess: $0 % 2, top: 0.40 + Float($0 % 3) * 0.05) }
    let rule = BlendedDecisionRule.fit(inScope + lookAlikes, outOfScope: 2)
    #expect(rule.threshold > 0.50 && rule.threshold <= 0.55, "\(rule)")
    #expect(rule.accuracy(inScope + lookAlikes, outOfScope: 2) == 1)
    let f = rule.figures(inScope + lookAlikes, outOfScope: 2)
    #expect(f.inScope == 1 && f.outOfScope == 1)
    // A rule with a low threshold (as the mean of two models' thresholds can be) accepts the look-alikes.
    #expect(BlendedDecisionRule(headWeight: 0.5, threshold: 0.3).figures(lookAlikes, outOfScope: 2).outOfScope == 0)
  }

  @Test func weightFollowsTheModelThatIsRight() {
    // The head is right (0.6), the n-gram model confidently wrong (0.9): only a head weight above 0.68 gets
    // them all.
    let samples = (0..<30).map { Self.sample(truth: $0 % 2, guess: $0 % 2, top: 0.6, ngramTop: 0.9, ngramGuess: 1 - $0 % 2) }
    let rule = BlendedDecisionRule.fit(samples, outOfScope: 2)
    #expect(rule.headWeight >= 0.7)
    #expect(rule.accuracy(samples, outOfScope: 2) == 1)
    #expect(BlendedDecisionRule(headWeight: 0.3, threshold: 0).accuracy(samples, outOfScope: 2) == 0)
  }

  @Test func fineVoteGetsAShareOnlyWhereItIsRight() {
    // Both coarse models lean to the wrong intent (0.5 against 0.25) on a third of the samples; the fine
    // head's grouped vote is right and confident everywhere. A fine share of 0.3 or more fixes them all.
    func spread(_ k: Int, _ p: Float) -> [Float] { (0..<3).map { $0 == k ? p : (1 - p) / 2 } }
    let samples = (0..<30).map { n -> BlendSample in
      let truth = n % 2, guess = n % 3 == 0 ? 1 - truth : truth
      var s = BlendSample(head: spread(guess, 0.5), ngram: spread(guess, 0.5), truth: truth, nearestInScope: 0.8, nearestCentroid: 0.8)
      s.fine = spread(truth, 0.9)
      return s
    }
    let plain = BlendedDecisionRule.fit(samples, outOfScope: 2)
    #expect(plain.fineWeight == nil && plain.accuracy(samples, outOfScope: 2) < 0.7)
    let voted = BlendedDecisionRule.fit(samples, outOfScope: 2, fineWeights: BlendedDecisionRule.candidateFineWeights)
    #expect((voted.fineWeight ?? 0) >= 0.3, "\(voted)")
    #expect(voted.accuracy(samples, outOfScope: 2) == 1)
    // A fine head that is no better than the coarse models gets no share: the plainest rule wins ties.
    let copied = samples.map { s -> BlendSample in var c = s; c.fine = c.head; return c }
    #expect(BlendedDecisionRule.fit(copied, outOfScope: 2, fineWeights: BlendedDecisionRule.candidateFineWeights).fineWeight == nil)
    // A sample without a vote (or with one of another length) is decided as if the rule had no fine weight.
    var bare = samples[0]
    bare.fine = []
    #expect(voted.blend(bare.head, bare.ngram, fine: bare.fine) == BlendedDecisionRule(headWeight: voted.headWeight, threshold: 0)
              .blend(bare.head, bare.ngram))
    #expect(voted.blend(bare.head, bare.ngram, fine: [1]) == voted.blend(bare.head, bare.ngram))
  }

  @Test func fineVoteNeverTakesInScopeWhatTheCoarseBlendRefuses() {
    // A look-alike: both coarse models give the out-of-scope class 0.6, the fine head's grouped vote puts 0.9
    // on intent 0. At fine weight 0.6 the voted blend alone would answer intent 0.
    let rule = BlendedDecisionRule(headWeight: 0.5, threshold: 0.3, fineWeight: 0.6)
    var lookAlike = Self.sample(truth: 2, guess: 2, top: 0.6)
    lookAlike.fine = [0.9, 0.05, 0.05]
    let voted = rule.blend(lookAlike.head, lookAlike.ngram, fine: lookAlike.fine)
    #expect(!rule.isOutOfScope(voted, centroidCosine: nil, outOfScope: 2))
    #expect(rule.isRight(lookAlike, outOfScope: 2))
    #expect(rule.decide(voted, unvoted: rule.blend(lookAlike.head, lookAlike.ngram), labels: ["a", "b", "c"], outOfScope: 2,
                        centroidCosine: nil).intent == IntentModel.outOfScopeLabel)
    // In scope, the vote still settles which intent: the coarse models lean to intent 1, the vote to the right 0.
    var paraphrase = Self.sample(truth: 0, guess: 1, top: 0.5)
    paraphrase.fine = [0.9, 0.05, 0.05]
    #expect(rule.isRight(paraphrase, outOfScope: 2))
    #expect(!BlendedDecisionRule(headWeight: 0.5, threshold: 0.3).isRight(paraphrase, outOfScope: 2))
    // The fit sees the same decision: with look-alikes the vote would take in, a fine share still fixes the paraphrases.
    let samples = (0..<20).map { _ in paraphrase } + (0..<10).map { _ in lookAlike }
    let fitted = BlendedDecisionRule.fit(samples, outOfScope: 2, fineWeights: BlendedDecisionRule.candidateFineWeights)
    #expect(fitted.accuracy(samples, outOfScope: 2) == 1, "\(fitted)")
  }

  @Test func fineVoteGroupsTheFineHeadsProbabilities() {
    let grouped = CommerceFineVote.grouped([0.1, 0.2, 0.3, 0.4], fineLabels: ["order.track", "order.status", "order.cancel", "oos"],
                                           coarseLabels: ["cancel_order", "order_status", "out_of_scope", "greeting"])
    #expect(grouped == [0.3, 0.1 + 0.2, 0.4, 0])
  }

  @Test func noThresholdWithoutAnOutOfScopeClass() {
    let samples = (0..<20).map { Self.sample(truth: $0 % 2, guess: $0 % 3 == 0 ? 1 - $0 % 2 : $0 % 2, top: 0.5) }
    let rule = BlendedDecisionRule.fit(samples, outOfScope: nil)
    #expect(rule.threshold == 0 && rule.minimumCentroidCosine == nil)
  }

  @Test func centroidCosineCatchesConfidentLookAlikes() {
    // Look-alikes as confident as in-scope text but far from the in-scope data: only nearness tells them.
    let inScope = (0..<40).map { Self.sample(truth: $0 % 2, guess: $0 % 2, top: 0.7, centroid: 0.6 + Float($0 % 4) * 0.05) }
    let lookAlikes = (0..<10).map { Self.sample(truth: 2, guess: $0 % 2, top: 0.7, centroid: 0.3 + Float($0 % 3) * 0.05) }
    let plain = BlendedDecisionRule.fit(inScope + lookAlikes, outOfScope: 2)
    #expect(plain.accuracy(inScope + lookAlikes, outOfScope: 2) == 0.8)
    let near = BlendedDecisionRule.fit(inScope + lookAlikes, outOfScope: 2, centroid: true)
    #expect(near.accuracy(inScope + lookAlikes, outOfScope: 2) == 1)
    #expect((near.minimumCentroidCosine ?? 0) > 0.4 && (near.minimumCentroidCosine ?? 1) <= 0.6, "\(near)")
  }

  @Test func nestedScoresEachFoldByTheOthersRule() {
    let folds = (0..<3).map { f in
      (0..<20).map { Self.sample(truth: $0 % 5 == 0 ? 2 : $0 % 2, guess: $0 % 2, top: $0 % 5 == 0 ? 0.45 : 0.6 + Float(f) * 0.05) }
    }
    let nested = BlendedDecisionRule.nested(folds, outOfScope: 2)
    #expect(nested.count == 3)
    for (rule, accuracy) in nested {
      #expect(rule.threshold > 0.45 && rule.threshold <= 0.6)
      #expect(accuracy == 1)
    }
  }

  @Test func headWithARuleSurvivesItsFileAndDecidesByIt() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 4, perLabel: 20)
    let head = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    let ngram = try IntentTrainer.train(train.labels.map { (text: "text for \($0)", label: $0) })
    // A threshold of 1 rejects every in-scope guess (the n-gram model, shown a text it never saw, is unsure,
    // so no blend reaches 1): the decisions show the rule is the one applied.
    let rule = BlendedDecisionRule(headWeight: 0.7, threshold: 1, minimumCentroidCosine: 0.2)
    let withRule = head.with(rule: rule, embeddings: train.embeddings, trainingLabels: train.labels)
    #expect(withRule.nearness?.centroids.count == 4 * head.dimension)
    let file = try withRule.serialized(encoder: "test", ngram: ngram, weight: 0.5)
    let read = try EmbeddingIntentModel(serialized: file)
    #expect(read.blendRule == rule && read.nearness?.centroids == withRule.nearness?.centroids)
    #expect(try EmbeddingIntentModel.blendedNgram(file)?.weight == 0.7)
    // The same head with a threshold of 0 accepts the in-scope points (four in five).
    let lenient = head.with(rule: BlendedDecisionRule(headWeight: 0.7, threshold: 0), embeddings: train.embeddings,
                            trainingLabels: train.labels)
    var accepted = 0
    for x in train.embeddings {
      let text = "zzz"
      #expect(withRule.classifyBlended(embedding: x, ngram: ngram, text: text).intent == IntentModel.outOfScopeLabel)
      #expect(read.classifyBlended(embedding: x, ngram: ngram, text: text).intent == IntentModel.outOfScopeLabel)
      if lenient.classifyBlended(embedding: x, ngram: ngram, text: text).intent != IntentModel.outOfScopeLabel { accepted += 1 }
    }
    #expect(accepted > train.labels.count / 2)
    // Without a rule (a cache written before it): the mean of the two thresholds at the fallback weight.
    let x = train.embeddings[0]
    #expect(head.classifyBlended(embedding: x, ngram: ngram, text: "t", fallbackWeight: 0.5)
            == head.classify(embedding: x, blendedWith: ngram, text: "t", weight: 0.5))
    let cached = try JSONDecoder().decode(EmbeddingIntentModel.self, from: JSONEncoder().encode(withRule))
    #expect(cached.blendRule == rule && cached.nearness == withRule.nearness)
    // A rule with a fine weight keeps it in the service's cache; one cached before the weight existed reads as none.
    let voted = head.with(rule: BlendedDecisionRule(headWeight: 0.5, threshold: 0.3, fineWeight: 0.3), embeddings: train.embeddings,
                          trainingLabels: train.labels)
    #expect(try JSONDecoder().decode(EmbeddingIntentModel.self, from: JSONEncoder().encode(voted)).blendRule?.fineWeight == 0.3)
    let old = Data(#"{"headWeight":0.5,"threshold":0.3}"#.utf8)
    #expect(try JSONDecoder().decode(BlendedDecisionRule.self, from: old) == BlendedDecisionRule(headWeight: 0.5, threshold: 0.3))
  }

  @Test func rejectsAMalformedRule() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 3, perLabel: 10)
    let head = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    guard var object = try JSONSerialization.jsonObject(with: head.serialized(encoder: "test")) as? [String: Any] else {
      Issue.record("not an object")
      return
    }
    let bad: [Any] = [["headWeight": 1.5, "threshold": 0.3], ["threshold": 0.3], "rule",
                      ["headWeight": 0.5, "threshold": 0.3, "minimumCentroidCosine": 0.5, "centroids": [1.0, 2.0, 3.0]]]
    for bad in bad {
      object["blendRule"] = bad
      let data = try JSONSerialization.data(withJSONObject: object)
      #expect(throws: EmbeddingModelFileError.self) { try EmbeddingIntentModel(serialized: data) }
    }
  }
}
