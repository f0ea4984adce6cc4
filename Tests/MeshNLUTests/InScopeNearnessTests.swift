import Foundation
import MeshEncoder
import MeshIntent
@testable import MeshNLU
import Testing

/// The nearness of a text to the in-scope training utterances (the mean cosine to its nearest ones), and
/// the blend rule's second out-of-scope test on it.
@Suite struct InScopeNearnessTests {
  @Test func nearestCosinesAreTheLargestBestFirstAndSkipOutOfScopeRows() {
    // Class 2 is out of scope: its row is kept apart and never counts as in-scope nearness.
    let embeddings: [[Float]] = [[1, 0, 0], [0.8, 0.6, 0], [0, 1, 0], [0, 0, 3], [1, 0.01, 0]]
    let nearness = InScopeNearness(embeddings: embeddings, classes: [0, 0, 1, 1, 2], outOfScope: 2, keepRows: true)
    let query: [Float] = [2, 0, 0]
    let top = nearness.nearestRowCosines(query, count: 3)
    #expect(top.count == 3)
    #expect(abs(top[0] - 1) < 1e-5 && abs(top[1] - 0.8) < 1e-5 && abs(top[2]) < 1e-5, "\(top)")
    #expect(abs(nearness.meanOfNearestRows(query, count: 2) - 0.9) < 1e-5)
    #expect(nearness.nearestOutOfScopeCosines(query, count: 3).count == 1)
    // More neighbours asked for than rows: all of them; no rows: -1.
    #expect(nearness.nearestRowCosines(query, count: 10).count == 4)
    let empty = InScopeNearness(embeddings: embeddings, classes: [0, 0, 1, 1, 2], outOfScope: 2, keepRows: false)
    #expect(empty.meanOfNearestRows(query, count: 5) == -1)
  }

  @Test func neighbourMinimumCatchesConfidentFarAwayText() {
    // Far-away text as confident as in-scope text, but its nearest training utterances are far: only the
    // neighbours' cosine tells them apart, and the fit finds a minimum between the two groups.
    func sample(truth: Int, guess: Int, near: Float) -> BlendSample {
      var s = BlendedDecisionRuleTests.sample(truth: truth, guess: guess, top: 0.7)
      s.nearestCosines = [near + 0.05, near + 0.02, near, near - 0.02, near - 0.05]
      return s
    }
    let inScope = (0..<40).map { sample(truth: $0 % 2, guess: $0 % 2, near: 0.55 + Float($0 % 4) * 0.05) }
    let far = (0..<10).map { sample(truth: 2, guess: $0 % 2, near: 0.2 + Float($0 % 3) * 0.05) }
    let plain = BlendedDecisionRule.fit(inScope + far, outOfScope: 2)
    #expect(plain.accuracy(inScope + far, outOfScope: 2) == 0.8)
    let near = BlendedDecisionRule.fit(inScope + far, outOfScope: 2, neighbours: true)
    #expect(near.accuracy(inScope + far, outOfScope: 2) == 1)
    #expect(near.minimumCentroidCosine == nil)
    #expect((near.minimumNeighbourCosine ?? 0) > 0.3 && (near.minimumNeighbourCosine ?? 1) <= 0.55, "\(near)")
    // Samples without measured neighbours (-1) would all be rejected, so the plain fit must not ask for them.
    #expect(BlendedDecisionRule.fit(inScope, outOfScope: 2, neighbours: true).minimumNeighbourCosine == nil)
  }

  @Test func headWithANeighbourRuleSurvivesItsFiles() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 4, perLabel: 20)
    let head = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    let ngram = try IntentTrainer.train(train.labels.map { (text: "text for \($0)", label: $0) })
    let rule = BlendedDecisionRule(headWeight: 0.5, threshold: 0, minimumNeighbourCosine: 0.9)
    let withRule = head.with(rule: rule, embeddings: train.embeddings, trainingLabels: train.labels)
    // The in-scope rows only (four clusters of 20), none of the out-of-scope ones.
    #expect(withRule.nearness?.rows.count == 80 * head.dimension)
    #expect(withRule.nearness?.outOfScopeRows.isEmpty == true)
    let read = try EmbeddingIntentModel(serialized: withRule.serialized(encoder: "test", ngram: ngram, weight: 0.5))
    #expect(read.blendRule == rule)
    let cached = try JSONDecoder().decode(EmbeddingIntentModel.self, from: JSONEncoder().encode(withRule))
    #expect(cached.blendRule == rule)
    // Both files keep the rows in half floats: unit vectors move by under 0.001.
    for copy in [read, cached] {
      let a = copy.nearness?.rows ?? [], b = withRule.nearness?.rows ?? []
      #expect(a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-3 })
    }
    // A training point is its own nearest neighbour; a point between the clusters is near none of them.
    let between = [Float](repeating: 0.01, count: head.dimension)
    for model in [withRule, read, cached] {
      #expect(model.classifyBlended(embedding: between, ngram: ngram, text: "zzz").intent == IntentModel.outOfScopeLabel)
      #expect(model.classifyBlended(embedding: train.embeddings[0], ngram: ngram, text: "zzz").intent == "intent_0")
    }
    // Without the minimum the same head accepts the point between the clusters or calls it out of scope
    // by its own class, but never by nearness: the rule is what changed the decision above.
    let far = withRule.nearness?.meanOfNearestRows(between, count: BlendedDecisionRule.neighbourCount) ?? 1
    #expect(far < 0.9)
  }

  @Test func farAwayTextIsOutOfScopeAndAParaphraseIsNot() throws {
    // The nlu service's coarse head and committed rule on real text (needs the encoder's weights: without
    // them it fails, it does not skip).
    let encoder = try SentenceEncoder()
    let pairs = CommerceGroupedUtterances.pairs()
    let head = try CommerceOutOfFold.coarseHead(pairs: pairs, embeddings: EmbeddingBatches.embed(pairs.map(\.text), encoder: encoder)) {
      EmbeddingBatches.embed($0, encoder: encoder)
    }
    let minimum = try #require(head.blendRule?.minimumNeighbourCosine)
    #expect(head.neighbourRows > 2_000)
    let ngram = CommerceModel.shared
    for (text, intent) in [("could you tell me where my parcel has got to", "order_status"),
                           ("i would like my money back for the kettle that broke", "return_refund")] {
      let v = encoder.embed(text)
      #expect((head.neighbourCosine(v) ?? 0) > minimum, "\(text)")
      #expect(head.classifyBlended(embedding: v, ngram: ngram, text: text).intent == intent, "\(text)")
    }
    for text in ["the mitochondria is the powerhouse of the cell", "in which year did the roman empire fall"] {
      let v = encoder.embed(text)
      #expect((head.neighbourCosine(v) ?? 1) < minimum, "\(text): \(head.neighbourCosine(v) ?? 1)")
      #expect(head.classifyBlended(embedding: v, ngram: ngram, text: text).intent == IntentModel.outOfScopeLabel, "\(text)")
    }
  }
}
