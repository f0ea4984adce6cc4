import Testing
@testable import MeshIntent

@Suite struct IntentClassifierTests {
  static let tiny: [(text: String, label: String)] = [
    ("hi", "greeting"), ("hello there", "greeting"), ("hey", "greeting"), ("good morning", "greeting"),
    ("cancel my order", "cancel_order"), ("please cancel it", "cancel_order"), ("cancel order 123", "cancel_order"),
    ("i want to cancel", "cancel_order"), ("what's the weather", "oos"), ("tell me a joke", "oos"),
    ("who won the game", "oos"), ("play music", "oos"),
  ]

  @Test func normaliserLowercasesAndJoinsContractions() {
    let words = TextNormalizer.words("Don't CANCEL my Öl-order!")
      .map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
    #expect(words == ["dont", "cancel", "my", "öl", "order"])
  }

  @Test func trainingIsDeterministic() throws {
    let a = try IntentTrainer.train(Self.tiny).serialized()
    let b = try IntentTrainer.train(Self.tiny).serialized()
    #expect(a == b)
  }

  @Test func learnsTheTrainingData() throws {
    let model = try IntentTrainer.train(Self.tiny)
    #expect(model.labels == ["cancel_order", "greeting", "out_of_scope"])
    for e in Self.tiny {
      #expect(model.classify(e.text).intent == IntentTrainer.normaliseLabel(e.label), "\(e.text)")
    }
    let p = model.probabilities("cancel my order")
    #expect(abs(p.reduce(0, +) - 1) < 1e-4)
  }

  @Test func modelFileRoundTrip() throws {
    let model = try IntentTrainer.train(Self.tiny)
    let copy = try IntentModel(serialized: model.serialized())
    #expect(copy.labels == model.labels)
    #expect(copy.temperature == model.temperature && copy.threshold == model.threshold)
    for text in ["hey you", "cancel that order", "what's up with the weather"] {
      #expect(copy.classify(text) == model.classify(text))
    }
  }

  @Test func modelFileKeepsTheFeaturiser() throws {
    var c = TrainingConfiguration()
    c.hasher = FeatureHasher(minCharGram: 1, maxCharGram: 4, wordWeight: 0.3)
    c.hasher.crossWordCharGrams = true
    c.squaredHinge = false
    let model = try IntentTrainer.train(Self.tiny, configuration: c)
    let copy = try IntentModel(serialized: model.serialized())
    #expect(copy.hasher == c.hasher)
    #expect(copy.probabilities("cancel that one") == model.probabilities("cancel that one"))
  }

  @Test func corruptModelsAreRejected() throws {
    let bytes = try IntentTrainer.train(Self.tiny).serialized()
    #expect(throws: IntentModelFileError.corrupt("not a mesh intent model")) {
      try IntentModel(serialized: Array("not a model at all".utf8))
    }
    #expect(throws: IntentModelFileError.corrupt("truncated")) { try IntentModel(serialized: Array(bytes.prefix(30))) }
    #expect(throws: IntentModelFileError.corrupt("weight size")) { try IntentModel(serialized: bytes + [0]) }
    #expect(throws: IntentModelFileError.unreadable("/nonexistent/model")) {
      try IntentModel(contentsOf: "/nonexistent/model")
    }
  }

  @Test func oneLabelIsNotEnough() {
    #expect(throws: IntentTrainingError.tooFewLabels(1)) {
      try IntentTrainer.train([("hi", "greeting"), ("hello", "greeting")])
    }
  }

  @Test func temperatureFitRecoversScale() {
    // Over-confident logits (6 vs 0) that are right 75% of the time.
    var logits: [[Float]] = []
    var truth: [Int] = []
    for i in 0..<200 {
      let right = i % 4 != 0  // 75% right
      logits.append(right ? [6, 0, 0] : [0, 6, 0])
      truth.append(0)
    }
    let t = Calibration.fitTemperature(logits: logits, truth: truth)
    // Right 75% of the time, so the NLL optimum puts 0.75 on the top class:
    // e^(6/T) / (e^(6/T) + 2) = 0.75, so e^(6/T) = 6 and T = 6 / ln 6 = 3.349.
    #expect(t > 3.30 && t < 3.40, "T = \(t)")
  }

  @Test func labelledDataErrors() throws {
    #expect(throws: LabelledDataError.unreadable("/nonexistent.json")) {
      try LabelledData.load(path: "/nonexistent.json")
    }
    let path = "/tmp/mesh-intent-test-\(UInt32.random(in: 0...UInt32.max)).json"
    defer { unlink(path) }
    try writeFile(path, #"[["hi", "greeting"], ["bad"]]"#)
    #expect(throws: LabelledDataError.malformed(path, "item 1 is not a [text, label] pair of strings")) {
      try LabelledData.load(path: path)
    }
    try writeFile(path, #"{"train": [["hi", "greeting"]], "val": []}"#)
    #expect(try LabelledData.load(path: path, splits: ["train"]).count == 1)
    #expect(throws: LabelledDataError.missingSplit(path, "test")) { try LabelledData.load(path: path, splits: ["test"]) }
    try writeFile(path, #"{"a": 1}"#)
    #expect(throws: LabelledDataError.malformed(path, "split \"a\" is not a list of [text, label] pairs")) {
      try LabelledData.load(path: path)
    }
    try writeFile(path, "not json")
    #expect(throws: LabelledDataError.malformed(path, "not JSON")) { try LabelledData.load(path: path) }
  }
}

func writeFile(_ path: String, _ text: String) throws {
  guard let f = fopen(path, "w") else { throw CocoaLikeError.io }
  fputs(text, f)
  fclose(f)
}

enum CocoaLikeError: Error { case io }

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
