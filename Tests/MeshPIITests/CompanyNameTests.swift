import Testing
@testable import MeshPII

/// Firms named after people ("Ashdown Florals", "Keller & Stein") are no personal data, and the rule that drops
/// them leaves people beside the same words ("Pat & Sam have keys", "I sent Lucy flowers"). Decoded with a tagger
/// that takes every capitalised word, so the rule is tested whatever the trained weights say.
@Suite struct CompanyNameTests {
  func names(_ text: String) -> [String] {
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = CapitalisedWordTagger.make()
    return detector.detect(in: text).map(\.value)
  }

  @Test(arguments: [
    "the order from Hartwell Florals never came", "Dunmore Traders Ltd sent the wrong rice",
    "Brennan & Voss invoiced us twice", "is Whitcombe & Sons still selling here", "Rose & Thorn Boutique",
    "Nwosu & Co. Textiles is on the label", "Kaplan Brothers Wholesale cancelled it",
  ])
  func dropsFirmsNamedAfterPeople(_ text: String) {
    #expect(names(text) == [], "\(text): \(names(text))")
  }

  @Test(arguments: [
    ("Pat & Sam both have keys", ["Pat", "Sam"]),
    ("I sent Lucy flowers for her birthday", ["Lucy"]),
    ("ask Lucy Hartwell, she runs the florist", ["Lucy Hartwell"]),
  ])
  func keepsPeopleBesideTheSameWords(_ text: String, _ expected: [String]) {
    #expect(names(text) == expected)
  }
}
