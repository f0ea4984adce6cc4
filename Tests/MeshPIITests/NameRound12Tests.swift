import Testing
@testable import MeshPII

/// The names round of piiname45, on sentences written for these tests: a lower-case word with an accented first letter
/// after a title stays out of the name, and given names that are words (months, virtues, colours) or lone surnames
/// are a person's when a sign-off, "called", a hand-over or a person's verb says so; each with look-alikes.
@Suite struct NameRound12Tests: NameRuleDetecting {
  /// A lower-case word opening with a non-ASCII letter is no capitalised name word after a title.
  @Test(arguments: [
    ("Frau Öztürk übergeben am Montag", "Öztürk"),
    ("Mme Lefèvre état du colis inconnu", "Lefèvre"),
    ("Herr Åberg über die Rücksendung", "Åberg"),
  ])
  func accentedLowerCaseEndsTheName(_ text: String, _ name: String) {
    let found = ruleNames(text)
    #expect(found.contains(name), "\(text): \(found)")
    #expect(!found.contains { $0.contains(" ") }, "\(text): \(found)")
  }

  /// Capitals of other scripts still join the name after a title ("Frau Özlem Yılmaz").
  @Test func accentedCapitalsJoin() {
    #expect(ruleNames("bitte an Frau Özlem Şahin geben").contains("Özlem Şahin"))
  }

  /// Word given names made a person's by the sentence around them.
  @Test(arguments: [
    ("Thanks, April", "April"),
    ("Many thanks, Grace!", "Grace"),
    ("I never had a staff called Amber", "Amber"),
    ("some guy named Hope picked it up", "Hope"),
    ("please leave it with June, she is home", "June"),
    ("ask for Rose at the kiosk", "Rose"),
    ("deliver to Mwajuma at the kiosk near the market", "Mwajuma"),
    ("Kapoor hasn't answered my messages", "Kapoor"),
  ])
  func wordNamesInContext(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  /// Months in dates, colours and shades, places and brands stay words.
  @Test(arguments: [
    "Thanks, April 3 works for the pickup",
    "thanks, delivery by April is fine",
    "a colour called Amber, and one called Rose",
    "the shade named Ivy is sold out",
    "can I ask for May, it is my birthday month",
    "deliver to Lagos at the depot",
    "Bosch hasn't answered my messages",
    "Amazon hasn't answered my messages",
    "April hasn't been a good month",
  ])
  func wordsStayWords(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }
}
