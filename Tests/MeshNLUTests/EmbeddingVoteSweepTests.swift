import Foundation
import MeshIntent
@testable import MeshNLU
import Testing

/// The sweep of `mesh nlu eval --vote-sweep` must decide as the heads it stands for: a reading equal to a
/// trained head with a vote (and blend) gives that head's answers, and the label smoothing and class
/// weights it tries change training only when asked for.
@Suite struct EmbeddingVoteSweepTests {
  /// Clusters without an out-of-scope class (as BANKING77), texts for an n-gram model.
  static func data(seed: UInt64) -> (embeddings: [[Float]], labels: [String], texts: [String]) {
    let c = EmbeddingIntentTrainerTests.clusters(labels: 6, perLabel: 30, dimension: 16, noise: 0.9, seed: seed)
    var x: [[Float]] = [], y: [String] = [], t: [String] = []
    for (e, l) in zip(c.embeddings, c.labels) where l != "oos" {
      x.append(e)
      y.append(l)
      t.append("please help with \(l.replacingOccurrences(of: "_", with: " ")) \(x.count % 7)")
    }
    return (x, y, t)
  }

  @Test func aReadingDecidesAsTheTrainedHeadWithThatVote() throws {
    let train = Self.data(seed: 11), test = Self.data(seed: 12)
    var plain = EmbeddingTrainingConfiguration()
    plain.neighbours = 0
    let head = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: plain)
    var voting = EmbeddingTrainingConfiguration()
    voting.neighbours = 7
    voting.neighbourWeight = 0.3
    voting.neighbourSharpness = 0.1
    let withVote = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: voting)
    let ngram = try IntentTrainer.train(Array(zip(train.texts, train.labels)).map { (text: $0.0, label: $0.1) })
    let fold = EmbeddingVoteSweep.Fold(heads: [head, head], embeddings: train.embeddings, trainingLabels: train.labels, ngram: ngram)
    let samples = test.embeddings.indices.map {
      fold.sample(heads: [head, head], embedding: test.embeddings[$0], ngram: ngram, text: test.texts[$0], label: test.labels[$0],
                  neighbours: 20)
    }
    var disagreements = 0
    for (i, s) in samples.enumerated() {
      for h: Int? in [0, 1, nil] {
        let alone = fold.decide(s, .init(head: h, neighbours: 0, sharpness: 0.05, voteShare: 0, headWeight: 1))
        #expect(fold.labels[alone] == head.classify(embedding: test.embeddings[i]).intent)
        let voted = fold.decide(s, .init(head: h, neighbours: 7, sharpness: 0.1, voteShare: 0.3, headWeight: 1))
        if fold.labels[voted] != withVote.classify(embedding: test.embeddings[i]).intent { disagreements += 1 }
        let blended = fold.decide(s, .init(head: h, neighbours: 7, sharpness: 0.1, voteShare: 0.3, headWeight: 0.7))
        let expected = withVote.classify(embedding: test.embeddings[i], blendedWith: ngram, text: test.texts[i], weight: 0.7)
        if fold.labels[blended] != expected.intent { disagreements += 1 }
      }
    }
    #expect(disagreements == 0)
    // The scores count what `decide` says, and a vote that is not the head's changes some answers.
    let settings = EmbeddingVoteSweep.grid(heads: 2, neighbours: [1, 7], sharpness: [0.1], voteShares: [0.3, 1], headWeights: [1, 0.7])
    #expect(settings.count == 3 * 2 * (1 + 2 * 2))
    let scores = EmbeddingVoteSweep.score([(fold, samples)], settings: settings)
    for (setting, score) in zip(settings, scores) {
      #expect(score.inScope == samples.count && score.outOfScope == 0)
      #expect(score.inScopeRight == samples.filter { fold.decide($0, setting) == $0.truth }.count)
    }
    let nearestAlone = try #require(settings.firstIndex { $0.neighbours == 1 && $0.voteShare == 1 && $0.headWeight == 1 })
    let headAlone = try #require(settings.firstIndex { $0.neighbours == 0 && $0.headWeight == 1 })
    #expect(samples.contains { fold.decide($0, settings[nearestAlone]) != fold.decide($0, settings[headAlone]) })
  }

  @Test func smoothingAndClassWeightsChangeTrainingOnlyWhenAskedFor() throws {
    let train = Self.data(seed: 21)
    // Make one class rare, so class weights matter.
    var x: [[Float]] = [], y: [String] = []
    var kept = 0
    for (e, l) in zip(train.embeddings, train.labels) {
      if l == "intent_0" { kept += 1; if kept > 5 { continue } }
      x.append(e)
      y.append(l)
    }
    let plain = try EmbeddingIntentTrainer.train(embeddings: x, labels: y)
    var zero = EmbeddingTrainingConfiguration()
    zero.labelSmoothing = 0
    zero.classBalanced = false
    #expect(try EmbeddingIntentTrainer.train(embeddings: x, labels: y, configuration: zero) == plain)
    var smooth = EmbeddingTrainingConfiguration()
    smooth.labelSmoothing = 0.2
    let smoothed = try EmbeddingIntentTrainer.train(embeddings: x, labels: y, configuration: smooth)
    #expect(smoothed != plain)
    // Smoothed targets keep the logits apart by less: the largest weight shrinks.
    #expect(smoothed.weights.map(abs).max() ?? 0 < plain.weights.map(abs).max() ?? 0)
    var balanced = EmbeddingTrainingConfiguration()
    balanced.classBalanced = true
    let weighted = try EmbeddingIntentTrainer.train(embeddings: x, labels: y, configuration: balanced)
    let rare = try #require(plain.labels.firstIndex(of: "intent_0"))
    // When each class weighs the same, the rare class takes a larger share of the probability over the
    // training rows (at its optimum, the bias's gradient makes that share its weighted share).
    func rareShare(_ m: EmbeddingIntentModel) -> Float {
      x.map { EmbeddingIntentModel.softmax(m.logits($0), temperature: 1)[rare] }.reduce(0, +) / Float(x.count)
    }
    #expect(rareShare(weighted) > rareShare(plain))
    let weights = EmbeddingIntentTrainer.exampleWeights(truth: [0, 0, 0, 1], k: 3, balanced: true)
    #expect(weights == [Float(4) / 6, Float(4) / 6, Float(4) / 6, 2])
    // The hidden head reads both settings too, deterministically.
    var hidden = EmbeddingTrainingConfiguration()
    hidden.hiddenWidth = 16
    hidden.epochs = 5
    hidden.labelSmoothing = 0.1
    hidden.classBalanced = true
    let h1 = try EmbeddingIntentTrainer.train(embeddings: x, labels: y, configuration: hidden)
    #expect(try EmbeddingIntentTrainer.train(embeddings: x, labels: y, configuration: hidden) == h1)
  }
}
