import Foundation
import MeshIntent
@testable import MeshNLU
import Testing

/// The head on synthetic embeddings: clusters around random unit vectors, one per label.
@Suite struct EmbeddingIntentTrainerTests {
  /// `perLabel` noisy points around a centre per label, plus out-of-scope points scattered anywhere.
  static func clusters(labels: Int, perLabel: Int, dimension: Int = 32, noise: Float = 0.3, seed: UInt64 = 7)
    -> (embeddings: [[Float]], labels: [String]) {
    var state = seed
    func uniform() -> Float {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Float(state >> 40) / Float(1 << 24) * 2 - 1
    }
    let centres = (0..<labels).map { _ in (0..<dimension).map { _ in uniform() } }
    var x: [[Float]] = [], y: [String] = []
    for _ in 0..<perLabel {
      for (l, c) in centres.enumerated() {
        x.append(c.map { $0 + noise * uniform() })
        y.append("intent_\(l)")
      }
      x.append((0..<dimension).map { _ in uniform() * 0.2 })
      y.append("oos")
    }
    return (x, y)
  }

  @Test func learnsSeparableClustersAndCalibrates() throws {
    let train = Self.clusters(labels: 8, perLabel: 40)
    let model = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    #expect(model.labels.contains(IntentModel.outOfScopeLabel))
    #expect(model.temperature > 0)
    let test = Self.clusters(labels: 8, perLabel: 10, seed: 7)
    var right = 0
    for (x, y) in zip(test.embeddings, test.labels) where model.classify(embedding: x).intent == IntentTrainer.normaliseLabel(y) {
      right += 1
    }
    #expect(Double(right) / Double(test.labels.count) > 0.95)
    let p = model.probabilities(test.embeddings[0])
    #expect(abs(p.reduce(0, +) - 1) < 1e-4)
  }

  @Test func isDeterministicAndSurvivesItsFile() throws {
    let train = Self.clusters(labels: 5, perLabel: 20)
    let a = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    let b = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    #expect(a == b)
    let data = try a.serialized(encoder: "test")
    #expect(EmbeddingIntentModel.isEmbeddingModel(data))
    let c = try EmbeddingIntentModel(serialized: data)
    for x in train.embeddings.prefix(20) { #expect(c.classify(embedding: x) == a.classify(embedding: x)) }
  }

  @Test func rejectsBadFilesAndTooFewLabels() {
    #expect(throws: EmbeddingModelFileError.self) { try EmbeddingIntentModel(serialized: Data("{}".utf8)) }
    #expect(throws: EmbeddingModelFileError.self) { try EmbeddingIntentModel(serialized: Data([0xFF, 0x00])) }
    let short = #"{"format":"mesh-embedding-intent-model/1","dimension":2,"labels":["a","b"],"temperature":1,"#
      + #""threshold":0,"mean":[0,0],"inverseDeviation":[1,1],"weights":[1,2,3],"bias":[0,0]}"#
    #expect(throws: EmbeddingModelFileError.self) { try EmbeddingIntentModel(serialized: Data(short.utf8)) }
    #expect(throws: IntentTrainingError.self) { try EmbeddingIntentTrainer.train(embeddings: [[1], [2]], labels: ["a", "a"]) }
  }

  @Test func readsQuotedCSV() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("labelled-\(UUID().uuidString).csv").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("text,category\nplain,a\n\"with, comma\",b\r\n\"say \"\"hi\"\"\nthere\",c\n".utf8).write(to: URL(fileURLWithPath: path))
    let rows = try LabelledCSV.load(path: path)
    #expect(rows.map(\.text) == ["plain", "with, comma", "say \"hi\"\nthere"])
    #expect(rows.map(\.label) == ["a", "b", "c"])
    try Data("words,things\nx,y\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: LabelledDataError.self) { try LabelledCSV.load(path: path) }
  }
}
