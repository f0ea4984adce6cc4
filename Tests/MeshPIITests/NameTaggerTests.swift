import Testing
@testable import MeshPII

/// The learned name tagger: its features (shape, lexicon and word-list flags, punctuation), its decoding of
/// tagged words into name spans, reproducible training, and the trained weights on sentences written for
/// these tests - names without a cue found, brands, cities and words that are also names left alone.
@Suite struct NameTaggerTests {
  /// The feature inputs of every word of `text`.
  func words(_ text: String) -> [NameTaggerFeatures.Word] {
    var text = text
    return text.withUTF8 { NameTaggerFeatures.words($0).words }
  }

  @Test func classesCarryShapeAndLists() {
    let w = words("Tom rose KLM 4711 Thabo J. kettle")
    #expect(w.count == 7)
    #expect(w[0].cls >> 4 == 1 && w[0].cls & 1 == 1, "Tom: capitalised, a given name")
    #expect(w[1].cls >> 4 == 0 && w[1].cls & 4 == 4, "rose: lower case, an English word")
    #expect(w[2].cls >> 4 == 2, "KLM: capitals")
    #expect(w[3].cls >> 4 == 3, "4711: a number")
    #expect(w[4].cls & 4 == 0, "Thabo is no English word")
    #expect(w[5].cls >> 4 == 5, "J: an initial")
    #expect(w[6].cls & 4 == 4, "kettle: an English word")
  }

  @Test func gapsAreClassedByTheirStrongestMark() {
    let w = words("hi Anna, thanks: Bo - ok.\nEva") // ".\n": the line break wins
    #expect(w.map { $0.gapBefore & 7 } == [0, 0, 3, 4, 5, 1], "\(w.map(\.gapBefore))")
    #expect(w[0].gapBefore & 8 == 8, "the first word is marked as the text's start")
  }

  @Test func everyWordHasTheSameNumberOfFeaturesInTheTable() {
    let w = words("ask ravi about the refund")
    var out: [Int] = []
    for i in w.indices {
      let before = out.count
      NameTaggerFeatures.features(w, 0, i, into: &out)
      #expect(out.count - before == 32)
    }
    #expect(out.allSatisfy { (0..<(1 << NameTaggerFeatures.bits)).contains($0) })
  }

  @Test func theWordListFilterKnowsWordsAndNotNonsense() {
    #expect(EnglishWords.common.contains(Bytes.wordHash("kettle")))
    #expect(EnglishWords.common.contains(Bytes.wordHash("Will")))
    #expect(!EnglishWords.common.contains(Bytes.wordHash("qzxvbrk")))
    #expect(EnglishWords.proper.contains(Bytes.wordHash("Paris")))
  }

  @Test func base64RoundTrips() {
    for bytes: [UInt8] in [[], [0], [1, 2], [255, 254, 253], Array(0...255)] {
      #expect(Base64.decode(Base64.encode(bytes)) == bytes)
    }
    #expect(Base64.encode([77, 97, 110]) == "TWFu")
    #expect(Base64.encode([77]) == "TQ==")
  }

  /// A tagger whose weights favour capitalised words: decoding joins runs, skips numbers, splits at commas.
  @Test func decodingJoinsRunsOfTaggedWords() {
    let found = CapitalisedWordTagger.names(in: "so J. Morrison and Anna Lee-Park, Bo 42 left")
    #expect(found == ["J. Morrison", "Anna Lee-Park", "Bo"])
  }

  static let tiny = """
    hi {{name:Zorbo Quell}}, the kettle is broken
    the kettle from Paris is broken
    ask {{name:Mirta}} about the kettle
    ask about the kettle
    {{name:Zorbo}} here, still waiting
    """

  @Test func trainingIsReproducibleForASeed() {
    let a = NameTagger.train(annotated: [Self.tiny], epochs: 3, seed: 7)
    let b = NameTagger.train(annotated: [Self.tiny], epochs: 3, seed: 7)
    #expect(a.weights == b.weights)
    #expect(a.weights.contains { $0 != 0 })
    #expect(a.swiftSource(comment: "x") == b.swiftSource(comment: "x"))
  }

  @Test func trainingLearnsTheMarkedWords() {
    let tagger = NameTagger.train(annotated: [Self.tiny], epochs: 20, seed: 1)
    var text = "hi Zorbo Quell, the kettle is broken"
    let found = text.withUTF8 { b -> [Candidate] in
      var out: [Candidate] = []
      tagger.scan(b, into: &out)
      return out
    }
    #expect(found == [Candidate(type: .name, start: 3, end: 14)])
  }

  @Test(arguments: [
    ("ahmed hassan here, the parcel never came", ["ahmed hassan"]),
    ("hey its tom becker, still no refund", ["tom becker"]),
    ("can you ask Ravi to call me back", ["Ravi"]),
    ("my nan Edith signed for it", ["Edith"]),
  ])
  func trainedTaggerFindsNamesWithoutACue(_ text: String, _ names: [String]) throws {
    let tagger = try #require(NameTagger.trained, "the package holds trained weights")
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = tagger
    #expect(detector.detect(in: text).map(\.value) == names)
  }

  @Test(arguments: [
    "is the Ford Focus mat in stock", "shipping to Paris takes a week", "I will mark it as delivered",
    "the rose gold case arrived scratched", "do you sell Calvin Klein jeans", "two kettles, order 55812",
    // Words inside paths and identifiers (a log line's gRPC method once lost "TestService").
    "call ended /grpc.testing.TestService/UnimplementedCall", "see docs.Ravi.example/help", "user_Edith_2 logged in",
  ])
  func trainedTaggerLeavesLookAlikes(_ text: String) throws {
    let tagger = try #require(NameTagger.trained, "the package holds trained weights")
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = tagger
    #expect(detector.detect(in: text).isEmpty, "\(detector.detect(in: text).map(\.value))")
  }

  /// Lower-case shoppers' lines: everyday words the tagger once took from a sentence's end ("money",
  /// "patience", "hope", "buddy"), which a lower-case word not vouched for by the lexicons now needs
  /// `lowerWordMargin` more to be taken; without the margin some are taken, so the margin is what keeps them.
  static let lowerCaseLines = [
    "you took money from my card", "thanks for ur patience", "thanks buddy", "thanks love", "ok cool",
    "i can't register, it says error", "you should add a filter for wheelchair-friendly items",
    "hiya :) hope this gets to someone", "looking for boots, mens, size 10",
  ]

  @Test func trainedTaggerLeavesLowerCaseEverydayWords() throws {
    let tagger = try #require(NameTagger.trained, "the package holds trained weights")
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = tagger
    for text in Self.lowerCaseLines {
      #expect(detector.detect(in: text).isEmpty, "\(text): \(detector.detect(in: text).map(\.value))")
    }
    var unguarded = tagger
    unguarded.lowerWordMargin = 0
    detector.nameTagger = unguarded
    let taken = Self.lowerCaseLines.flatMap { detector.detect(in: $0).map(\.value) }
    #expect(!taken.isEmpty, "without the margin the tagger takes some of these words")
  }

  @Test(arguments: [
    ("kind regards, margaret", ["margaret"]), ("ahmed hassan here, the parcel never came", ["ahmed hassan"]),
  ])
  func trainedTaggerStillFindsLowerCaseLexiconNames(_ text: String, _ names: [String]) throws {
    let tagger = try #require(NameTagger.trained, "the package holds trained weights")
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = tagger
    #expect(detector.detect(in: text).map(\.value) == names)
  }
}
