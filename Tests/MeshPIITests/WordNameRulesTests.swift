import Testing
@testable import MeshPII

/// dev7's shapes (piiname38) in sentences written for these tests: given names that are words opening a line before
/// a verb people do, lower-case names after a greeting, a name closing a message after a full stop; and the same
/// words where they are words, firms, banks and places named after people. The rules are tested without the tagger,
/// the dropping of firms and places with a tagger that takes every capitalised word, so neither hangs on the weights.
@Suite struct WordNameRulesTests: NameRuleDetecting {
  @Test(arguments: [
    ("Rose said the driver left it next door", ["Rose"]),
    ("Georgia rang about the missing lid", ["Georgia"]),
    ("the lid is missing. Chase asked me to write", ["Chase"]),
    ("Jordan Frost ordered it with my card", ["Jordan Frost"]),
    ("Tamsin bought boots here in May", ["Tamsin"]),
    ("hi grace, any news on the refund?", ["grace"]),
    ("ok thanks sunny", ["sunny"]),
    ("the strap broke after a week. Rafael", ["Rafael"]),
  ])
  func findsWordNamesWhereTheyArePeople(_ text: String, _ expected: [String]) {
    #expect(ruleNames(text) == expected, "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    "Rose gold strap please", "Mark it as urgent", "Chase the courier for me", "Amazon said it was delivered",
    "Summer sale items are final?", "thanks love, sorted", "hi all, is the shop open", "thanks again!",
    "cheers mate", "hi, will this fit the 2019 model?",
  ])
  func leavesTheSameWordsAsWords(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    "Chase Bank declined it twice", "drop it at Victoria Station lost property", "the show at Lincoln Center was off",
    "Morgan Stanley pays the invoice", "we ordered through Fox and Sons for years", "Hill and Partners is the firm",
  ])
  func dropsBanksFirmsAndPlacesNamedAfterPeople(_ text: String) {
    #expect(everyCapitalised(text) == [], "\(text): \(everyCapitalised(text))")
  }

  @Test(arguments: [
    ("Iris Marks and Owen Spencer both need a copy", ["Iris Marks", "Owen Spencer"]),
    ("Penny Lane is the recipient", ["Penny Lane"]),
    ("Tom Fox and Anna Hill signed", ["Tom Fox", "Anna Hill"]),
  ])
  func keepsPeopleBesideThoseWords(_ text: String, _ expected: [String]) {
    #expect(everyCapitalised(text) == expected, "\(text): \(everyCapitalised(text))")
  }
}
