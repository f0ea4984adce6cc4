import Testing
@testable import MeshPII

/// The names round of piiname39b (with `WordNameRulesTests`' detectors), on sentences written for these tests: given
/// names of many origins from the US Social Security baby-name counts (`NameLexicon+SSA.swift`), a person's name before a comma and a house number
/// (not a town opening its address), and a bank named like a person refusing a payment; each with look-alikes.
extension WordNameRulesTests {
  func found(_ text: String) -> [String] {
    PIIDetector(types: [.name, .address]).detect(in: text).map { "\($0.type): \($0.value)" }
  }

  @Test(arguments: ["amit", "aarav", "kwame", "siddharth", "anjali"])
  func listsGivenNamesOfUSBirths(_ name: String) {
    #expect(NameLexicon.firstNames.contains(Bytes.wordHash(name)))
  }

  /// Places, brands and dictionary words among the baby names stay out of the list.
  @Test(arguments: ["boston", "phoenix", "camry", "cartier", "babygirl", "royal"])
  func leavesPlacesBrandsAndWordsOut(_ word: String) {
    #expect(!NameLexicon.firstNames.contains(Bytes.wordHash(word)) || NameLexicon.censusFirstNames.contains(word))
  }

  @Test(arguments: [
    ("Amit ordered the blue one", ["Amit"]),
    ("Aarav said the box was open", ["Aarav"]),
  ])
  func findsNewGivenNamesOpeningALine(_ text: String, _ expected: [String]) {
    #expect(ruleNames(text) == expected, "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    ("the invoice goes to Constance Hill, 77 Fairview Avenue, Toronto, ON M4C 1X2",
     ["name: Constance Hill", "address: 77 Fairview Avenue, Toronto, ON M4C 1X2"]),
    ("Daniel Brooks, 14 Park Row, Leeds LS1 5HD", ["name: Daniel Brooks", "address: 14 Park Row, Leeds LS1 5HD"]),
  ])
  func nameBeforeACommaAndAHouseNumberIsAName(_ text: String, _ expected: [String]) {
    #expect(found(text) == expected, "\(text): \(found(text))")
  }

  @Test(arguments: [
    ("please send it to Sheffield, 22 Division Street, S1 4GF", ["address: Sheffield, 22 Division Street, S1 4GF"]),
    ("Leeds, 14 Park Row, LS1 5HD", ["address: Leeds, 14 Park Row, LS1 5HD"]),
  ])
  func townOpeningItsAddressStaysInIt(_ text: String, _ expected: [String]) {
    #expect(found(text) == expected, "\(text): \(found(text))")
  }

  @Test(arguments: ["Chase won't let me pay", "Ally can't process the transfer"])
  func dropsABankRefusingAPayment(_ text: String) {
    #expect(everyCapitalised(text).isEmpty, "\(text): \(everyCapitalised(text))")
  }

  /// With the shipped rules and tagger, and a typographic apostrophe.
  @Test(arguments: ["Chase won’t approve the card", "Chase won't let me pay"])
  func detectorLeavesABankRefusingAPayment(_ text: String) {
    #expect(PIIDetector(types: [.name]).detect(in: text).isEmpty)
  }

  @Test(arguments: [
    ("Chase can't find my order", ["Chase"]),
    ("Marcus won't be home, leave it next door", ["Marcus"]),
    ("my son Chase won't let me pay for it", ["Chase"]),
  ])
  func keepsPeopleOfThoseNames(_ text: String, _ expected: [String]) {
    #expect(everyCapitalised(text) == expected, "\(text): \(everyCapitalised(text))")
  }

  /// Given names of the new list that are places or words where they stand.
  @Test func leavesMarketsAndInterjections() {
    #expect(everyCapitalised("we met at Borough Market on Saturday").isEmpty)
    #expect(ruleNames("okey dokey, thanks").isEmpty)
  }
}
