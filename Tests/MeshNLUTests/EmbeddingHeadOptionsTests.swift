import Foundation
import MeshIntent
@testable import MeshNLU
import Testing

/// The head's options: a hidden layer (which must learn what a linear head cannot) and features from
/// several encoder layers, through training, the file and the classifier's width check.
@Suite struct EmbeddingHeadOptionsTests {
  /// Two labels by the sign of x·y (XOR of the signs): no linear head separates them.
  static func xor(_ count: Int, seed: UInt64) -> (embeddings: [[Float]], labels: [String]) {
    var random = SplitMix64(seed: seed)
    var x: [[Float]] = [], y: [String] = []
    for _ in 0..<count {
      let a = random.unit() * 2 - 1, b = random.unit() * 2 - 1
      guard abs(a) > 0.1, abs(b) > 0.1 else { continue }
      x.append([a, b, random.unit() * 0.1])
      y.append(a * b > 0 ? "same_sign" : "other_sign")
    }
    return (x, y)
  }

  @Test func hiddenLayerLearnsWhatALinearHeadCannot() throws {
    let train = Self.xor(800, seed: 1), test = Self.xor(300, seed: 2)
    var configuration = EmbeddingTrainingConfiguration()
    configuration.hiddenWidth = 32
    configuration.epochs = 60
    configuration.dropout = 0.1
    let network = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: configuration)
    let linear = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    func accuracy(_ model: EmbeddingIntentModel) -> Double {
      let right = zip(test.embeddings, test.labels).filter { model.classify(embedding: $0.0).intent == $0.1 }.count
      return Double(right) / Double(test.labels.count)
    }
    print("XOR of signs: hidden layer \(accuracy(network)), linear \(accuracy(linear))")
    #expect(accuracy(network) > 0.9)
    #expect(accuracy(linear) < 0.75)
    // Deterministic, and the same after its file.
    let again = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels, configuration: configuration)
    #expect(again == network)
    let data = try network.serialized(encoder: "test")
    #expect(EmbeddingIntentModel.isEmbeddingModel(data))
    let read = try EmbeddingIntentModel(serialized: data)
    for x in test.embeddings.prefix(50) {
      #expect(read.classify(embedding: x).intent == network.classify(embedding: x).intent)
    }
  }

  @Test func layersAreRecordedAndChecked() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 4, perLabel: 20, dimension: 8)
    var configuration = EmbeddingTrainingConfiguration()
    configuration.layers = [3, 6]
    let doubled = train.embeddings.map { $0 + $0 }
    let model = try EmbeddingIntentTrainer.train(embeddings: doubled, labels: train.labels, configuration: configuration)
    #expect(model.layers == [3, 6] && model.dimension == 16)
    let read = try EmbeddingIntentModel(serialized: try model.serialized(encoder: "test"))
    #expect(read == model)
    // A file whose layers do not divide its width, or whose hidden arrays are short, is refused.
    var object = try #require(try JSONSerialization.jsonObject(with: try model.serialized(encoder: "t")) as? [String: Any])
    object["layers"] = [1, 2, 3]
    #expect(throws: EmbeddingModelFileError.self) {
      try EmbeddingIntentModel(serialized: try JSONSerialization.data(withJSONObject: object))
    }
    object["layers"] = [3, 6]
    object["hiddenWidth"] = 4
    object["hiddenWeights"] = [0.5]
    object["hiddenBias"] = [0, 0, 0, 0]
    #expect(throws: EmbeddingModelFileError.self) {
      try EmbeddingIntentModel(serialized: try JSONSerialization.data(withJSONObject: object))
    }
  }

  @Test func poolingIsRecordedAndChecked() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 4, perLabel: 20, dimension: 8)
    var configuration = EmbeddingTrainingConfiguration()
    configuration.layers = [3, 6]
    configuration.pooling = [.mean, .max]
    let model = try EmbeddingIntentTrainer.train(embeddings: train.embeddings.map { $0 + $0 }, labels: train.labels,
                                                 configuration: configuration)
    #expect(model.pooling == [.mean, .max])
    let data = try model.serialized(encoder: "test")
    #expect(try EmbeddingIntentModel(serialized: data) == model)
    // A pooling list of another length than the layers', or an unknown pooling, is refused.
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["pooling"] as? [String] == ["mean", "max"])
    for bad: Any in [["max"], ["mean", "median"], "max"] {
      object["pooling"] = bad
      #expect(throws: EmbeddingModelFileError.self) {
        try EmbeddingIntentModel(serialized: try JSONSerialization.data(withJSONObject: object))
      }
    }
    // Mean pooling everywhere writes no list: older readers read such files as before.
    configuration.pooling = [.mean, .mean]
    let plain = try EmbeddingIntentTrainer.train(embeddings: train.embeddings.map { $0 + $0 }, labels: train.labels,
                                                 configuration: configuration)
    let plainObject = try #require(try JSONSerialization.jsonObject(with: try plain.serialized(encoder: "t")) as? [String: Any])
    #expect(plainObject["pooling"] == nil)
  }

  @Test func carriesTheNgramModelItIsAveragedWith() throws {
    let train = EmbeddingIntentTrainerTests.clusters(labels: 3, perLabel: 10, dimension: 4)
    let head = try EmbeddingIntentTrainer.train(embeddings: train.embeddings, labels: train.labels)
    let texts = ["where is my parcel", "track my order", "refund please", "give me my money back", "hello there", "hi"]
    let ngram = try IntentTrainer.train(zip(texts, ["a", "a", "b", "b", "c", "c"]).map { (text: $0.0, label: $0.1) })
    let data = try head.serialized(encoder: "test", ngram: ngram, weight: 0.25)
    #expect(EmbeddingIntentModel.isEmbeddingModel(data))
    #expect(try EmbeddingIntentModel(serialized: data) == head)
    let read = try #require(try EmbeddingIntentModel.blendedNgram(data))
    #expect(read.weight == 0.25)
    for t in texts + ["something else entirely"] { #expect(read.model.classify(t) == ngram.classify(t)) }
    #expect(try EmbeddingIntentModel.blendedNgram(try head.serialized(encoder: "test")) == nil)
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    object["ngram"] = "bm90IGEgbW9kZWw="
    #expect(throws: EmbeddingModelFileError.self) {
      try EmbeddingIntentModel.blendedNgram(try JSONSerialization.data(withJSONObject: object))
    }
  }
}
