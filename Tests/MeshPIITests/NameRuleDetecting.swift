@testable import MeshPII

/// Suites of name-rule tests: the rules are checked without the tagger, the dropping of places, firms and things
/// with a tagger that takes every capitalised word, so neither depends on the shipped weights.
protocol NameRuleDetecting {}

extension NameRuleDetecting {
  /// The names the rules alone find in `text`.
  func ruleNames(_ text: String) -> [String] {
    var detector = PIIDetector(types: [.name])
    detector.nameTagger = nil
    return detector.detect(in: text).map(\.value)
  }

  /// The names left when a tagger proposes every capitalised word and the rules only drop.
  func everyCapitalised(_ text: String) -> [String] {
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = CapitalisedWordTagger.make()
    return detector.detect(in: text).map(\.value)
  }
}
