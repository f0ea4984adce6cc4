import Testing
@testable import MeshPII

/// The trained tagger at threshold 1 (piiname36) on the shapes of dev5's misses, in sentences written for these
/// tests: a name beside a phone number, closing a line after a dash or comma, or after "asking for"; and the
/// look-alikes the lower threshold must still leave: sizes, units, order codes, a phone's mail signature.
@Suite struct NameTaggerClosingTests {
  func tagged(_ text: String) throws -> [String] {
    let tagger = try #require(NameTagger.trained, "the package holds trained weights")
    var detector = PIIDetector(types: [.name])
    detector.nameRules = false
    detector.nameTagger = tagger
    return detector.detect(in: text).map(\.value)
  }

  @Test(arguments: [
    ("Kofi +44 7700 900412", ["Kofi"]),
    ("text me on 07700 900318, Marisol", ["Marisol"]),
    ("the Dyson filter is the wrong size, asking for Tomasz", ["Tomasz"]),
  ])
  func findsNamesBesideContactDataAndClosingALine(_ text: String, _ names: [String]) throws {
    #expect(try tagged(text) == names)
  }

  @Test(arguments: [
    "is this coat warm enough for -10°C", "I'm usually between M and L", "I got XS instead of L",
    "Sent from my iPhone", "Order QWRTZPLK - can I change the address",
  ])
  func leavesSizesUnitsCodesAndSignatures(_ text: String) throws {
    let found = try tagged(text)
    #expect(found.isEmpty, "\(text): \(found)")
  }

  /// A one-letter word after a degree sign is a unit, whatever the weights say: a tagger that takes every
  /// capitalised word and initial takes "J. Morrison" but not the "C" of "-10°C".
  @Test func aLetterAfterADegreeSignIsNoInitial() {
    let found = CapitalisedWordTagger.names(in: "warm at -10°C, said J. Morrison")
    #expect(found == ["J. Morrison"])
  }
}
