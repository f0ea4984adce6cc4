import Testing
@testable import MeshPII

/// The names round of piiname44, on sentences written for these tests: titles of other languages before a name
/// ("Mme", "Frau"), surnames printed before the given names and a comma ("Whitaker, Jonathan R."), and the colours or shades a
/// seller lists by name dropped; each with look-alikes.
@Suite struct NameRound11Tests: NameRuleDetecting {
  /// Names after a title of another language, even words that are places.
  @Test(arguments: [
    ("Mme Delacroix a confirmé par téléphone", "Delacroix"),
    ("étiquette: Mme Lyon Mercier, 4 rue Sainte", "Lyon Mercier"),
    ("bitte an Frau Öztürk, 2. Stock", "Öztürk"),
    ("Herr Brandt signed for it", "Brandt"),
  ])
  func namesAfterTitles(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  /// A title's look-alike in lower case or inside a word takes no name.
  @Test func noTitleInsideWords() {
    #expect(ruleNames("the femme Fatale dress").isEmpty)
    #expect(ruleNames("herrlich Schön, danke").isEmpty)
  }

  /// A surname, a comma and the given names, opening a line or a field: the given names vouch for the surname (the
  /// shipped tagger finds "Jonathan R.", the rules alone do not).
  @Test(arguments: [
    ("Okafor, Chidi is the name on the account", ["Okafor", "Chidi"]),
    ("Card holder: Whitaker, Jonathan R.", ["Whitaker", "Jonathan R."]),
  ])
  func surnameFirstWithAComma(_ text: String, _ names: [String]) {
    let found = PIIDetector(types: [.name]).detect(in: text).map(\.value)
    #expect(found.sorted() == names.sorted(), "\(text): \(found)")
  }

  /// A list of people, a place before a name and a surname inside a sentence stay apart.
  @Test func listsAndPlacesStayApart() {
    #expect(!ruleNames("Paris, Jonathan said it shipped").contains("Paris"))
    #expect(!ruleNames("Amazon, Jonathan said it shipped").contains("Amazon"))
    #expect(ruleNames("Card holder: Whitaker, Jonathan R. and Lamb").allSatisfy { !$0.hasSuffix(".") })
  }

  /// Colours and shades listed after a variant noun are no people, even when the tagger proposes them.
  @Test(arguments: [
    "the color options are Rose, Ivy, Violet and Amber",
    "comes in shades: Hazel, Ginger or Olive",
    "available colours: Jade and Ruby",
  ])
  func variantListsDropped(_ text: String) {
    #expect(everyCapitalised(text).isEmpty, "\(text): \(everyCapitalised(text))")
  }

  /// One name after a variant noun is no list; people listed without one stay.
  @Test func peopleNearColoursStay() {
    #expect(everyCapitalised("the colour was wrong, Rose said so") == ["Rose"])
    #expect(ruleNames("Rose and Ivy are my daughters") == ["Rose", "Ivy"])
  }
}
