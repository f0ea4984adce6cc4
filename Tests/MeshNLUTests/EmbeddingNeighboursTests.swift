import Foundation
import MeshIntent
@testable import MeshNLU
import Testing

/// The nearest-neighbour vote beside the head: what it votes, how it is calibrated and stored, and that
/// labels without an out-of-scope class get no threshold.
@Suite struct EmbeddingNeighboursTests {
  @Test func votesForTheNearestTrainingUtterances() {
    // Three points of class 0 near the x axis, two of class 1 near the y axis.
    let vote = EmbeddingNeighbours(embeddings: [[1, 0.1], [1, -0.1], [2, 0.3], [0.1, 1], [-0.1, 1]],
                                   classes: [0, 0, 0, 1, 1], count: 3, sharpness: 0.05)
    let nearX = vote.probabilities([5, 0.2], classCount: 2)
    #expect(nearX[0] > 0.99 && abs(nearX.reduce(0, +) - 1) < 1e-5)
    let nearY = vote.probabilities([0, 3], classCount: 2)
    #expect(nearY[1] > 0.9)
    // A wide temperature spreads the vote over the three nearest, of both classes.
    let soft = EmbeddingNeighbours(embeddings: [[1, 0.1], [1, -0.1], [2, 0.3], [0.1, 1], [-0.1, 1]],
                                   classes: [0, 0, 0, 1, 1], count: 3, sharpness: 100).probabilities([1, 1], classCount: 2)
    #expect(soft[0] > 0.3 && soft[1] > 0.3)
    // A zero vector or a short one does not crash.
    #expect(vote.probabilities([], classCount: 2).count == 2)
  }

  @Test func headWithVoteIsDeterministicAndSurvivesItsFile() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 6, perLabel: 30, dimension: 16)
    var configuration = EmbeddingTrainingConfiguration()
    configuration.neighbours = 5
    let a = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: configuration)
    let b = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: configuration)
    #expect(a == b)
    #expect(a.neighbours?.rows == train.embeddings.count && a.neighbourWeight == configuration.neighbourWeight)
    let read = try EmbeddingIntentModel(serialized: try a.serialized(encoder: "test"))
    #expect(read.neighbours?.count == 5)
    let test = EmbeddingIntentTrainerTests.clusters(labels: 6, perLabel: 10, dimension: 16, seed: 7)
    var right = 0
    for (x, y) in zip(test.embeddings, test.labels) {
      // Half-precision vectors in the file: the same decisions, probabilities within rounding.
      #expect(read.classify(embedding: x).intent == a.classify(embedding: x).intent)
      let p = a.probabilities(x), q = read.probabilities(x)
      #expect(zip(p, q).allSatisfy { abs($0 - $1) < 1e-2 })
      if a.classify(embedding: x).intent == IntentTrainer.normaliseLabel(y) { right += 1 }
    }
    #expect(Double(right) / Double(test.labels.count) > 0.95)
  }

  @Test func refusesABadVote() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 3, perLabel: 10, dimension: 4)
    var configuration = EmbeddingTrainingConfiguration()
    configuration.neighbours = 3
    let model = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: configuration)
    var object = try #require(try JSONSerialization.jsonObject(with: try model.serialized(encoder: "t")) as? [String: Any])
    var vote = try #require(object["neighbours"] as? [String: Any])
    for (key, bad) in [("vectors", "AAAA" as Any), ("classes", [99] as Any), ("weight", 2.0 as Any), ("count", 0 as Any)] {
      var broken = vote
      broken[key] = bad
      object["neighbours"] = broken
      #expect(throws: EmbeddingModelFileError.self) {
        try EmbeddingIntentModel(serialized: try JSONSerialization.data(withJSONObject: object))
      }
    }
    vote["weight"] = 0.5
    object["neighbours"] = vote
    #expect(try EmbeddingIntentModel(serialized: try JSONSerialization.data(withJSONObject: object)).neighbourWeight == 0.5)
  }

  @Test func labelsWithoutOutOfScopeGetNoThreshold() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 5, perLabel: 30, dimension: 8, noise: 0.9)
    let inScope = zip(train.embeddings, train.labels).filter { $0.1 != "oos" }
    let model = try EmbeddingIntentTrainer.train(embeddings: inScope.map(\.0), labels: inScope.map(\.1))
    #expect(model.outOfScopeIndex == nil && model.threshold == 0)
    let withOOS = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    #expect(withOOS.outOfScopeIndex != nil)
  }
}
