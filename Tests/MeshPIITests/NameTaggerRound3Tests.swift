import Testing
@testable import MeshPII

/// The misses of dev6 (piiname37) in sentences written for these tests: lower-case West African and pinyin given
/// names the lexicons lacked, and words that are names opening a line ("Chase here"); and the same words left
/// where they are words ("Will it arrive", "chase the courier").
@Suite struct NameTaggerRound3Tests {
  func names(_ text: String) -> [String] {
    PIIDetector(types: [.name]).detect(in: text).map(\.value)
  }

  @Test(arguments: ["tolu", "seun", "babajide", "ikechukwu", "efosa", "junjie", "zhiwei", "meenakshi"])
  func theLexiconsKnowShortAndCompoundGivenNames(_ name: String) {
    #expect(NameLexicon.firstNames.contains(Bytes.wordHash(name)))
    #expect(!EnglishWords.common.contains(Bytes.wordHash(name)), "\(name) is no everyday English word")
  }

  @Test(arguments: [
    ("thx tolu, all sorted now", ["tolu"]),
    ("cc junjie on the invoice please", ["junjie"]),
    ("Chase here, the parcel is still at the depot", ["Chase"]),
  ])
  func findsLowerCaseNamesAndWordNamesOpeningALine(_ text: String, _ expected: [String]) {
    #expect(names(text) == expected, "\(text): \(names(text))")
  }

  @Test(arguments: [
    "Will it be here before Monday?", "can you chase the courier again", "Mark it as a gift please",
    "i hope the refund lands soon",
  ])
  func leavesTheSameWordsAsWords(_ text: String) {
    #expect(names(text).isEmpty, "\(text): \(names(text))")
  }

  /// "P.O." is the post office's, whatever the weights say; initials beside it stay initials.
  @Test func theLettersOfPOAreNoInitials() {
    #expect(CapitalisedWordTagger.names(in: "a P.O. number or a P. O. box, said T.J. Okafor") == ["T.J. Okafor"])
    #expect(names("PO Box or P.O. Box?").isEmpty, "the rules took \"O. Box\" for an initial and a surname")
    #expect(names("signed O. Okafor") == ["O. Okafor"])
  }
}
