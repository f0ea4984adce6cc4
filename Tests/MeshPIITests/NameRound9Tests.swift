import Testing
@testable import MeshPII

/// The names round of piiname42, on sentences written for these tests: carriers and parcel lockers, other languages'
/// function words and German nouns after a preposition dropped whichever rule or tagger found them; honorifics and kin
/// titles outside a name, "Ma." and a Catalan "i" inside it, an initial before a particle; a given name after a verb
/// of asking that a "he" or "she" refers back to; a name after "no problem" or "nice one"; each with look-alikes.
@Suite struct NameRound9Tests: NameRuleDetecting {
  func names(_ text: String) -> [String] {
    PIIDetector(types: [.name]).detect(in: text).map(\.value)
  }

  /// Every capitalised word is proposed; these are dropped.
  @Test(arguments: [
    ("your tracking shows Kerry Express picked it up at noon", "Kerry Express"),
    ("Royal Mail lost it, then Parcelforce found it", "Parcelforce"),
    ("the box went with Nova Poshta to Odesa", "Nova Poshta"),
    ("we hand small parcels to Blue Dart now", "Dart"),
    ("SMS from La Poste says customs fee due", "La Poste"),
    ("InPost locker code didn't work", "InPost"),
    ("please choose a Packstation near you", "Packstation"),
    ("Termin bei der Praxis für Kieferorthopädie", "Kieferorthopädie"),
    ("your lamp ships Friday from Florence", "Florence"),
    ("the invoice says Atelier Moreau, not my name", "Moreau"),
    ("Verkäufer Becker Möbel GmbH hat storniert", "Becker"),
  ])
  func notPersonsDropped(_ text: String, _ word: String) {
    #expect(!everyCapitalised(text).contains(word), "\(text): \(everyCapitalised(text))")
  }

  /// Look-alikes: people named like the carriers' words, or after the preposition, stay.
  @Test(arguments: [
    ("Kerry picked it up at noon", "Kerry"),
    ("the box went with Nova to the post office", "Nova"),
    ("ein Geschenk für Anna, bitte", "Anna"),
    ("Grace Poste signed for it", "Grace Poste"),
    ("the atelier said Moreau would call", "Moreau"),
    ("a gift sent from Florence, my aunt", "Florence"),
  ])
  func personsStay(_ text: String, _ name: String) {
    #expect(everyCapitalised(text).contains(name), "\(text): \(everyCapitalised(text))")
  }

  @Test func foreignFunctionWordsAreNoNames() {
    #expect(names("ja gerne, und dann morgen bitte").isEmpty, "\(names("ja gerne, und dann morgen bitte"))")
    #expect(names("oui merci, alors demain").isEmpty)
    #expect(names("my wife dana will sign").contains("dana"))
  }

  @Test(arguments: [
    ("please leave it with Mehmet Bey at the shop", "Mehmet"),
    ("the parcel is for Ayşe Hanım on the 2nd floor", "Ayşe"),
    ("my son calls her Lola Pacita", "Pacita"),
    ("it is for my Oma Ingrid Hartmann", "Ingrid Hartmann"),
    ("hello this is Ma. Luisa Reyes from Davao", "Ma. Luisa Reyes"),
    ("refund it to Jordi Puig i Soler", "Jordi Puig i Soler"),
    ("account holder J. van den Heuvel", "J. van den Heuvel"),
    ("IBAN DE89 3704 0044 0532 0130 00, titulaire Hélène Marchand", "Hélène Marchand"),
    ("the agent name was Bruno, case 88213", "Bruno"),
  ])
  func nameEdges(_ text: String, _ name: String) {
    #expect(names(text).contains(name), "\(text): \(names(text))")
  }

  /// Look-alikes of the edges: a given name Lola stays whole, "i" between a name and a place does not join them.
  @Test(arguments: [
    ("Lola Montero ordered the red one", "Lola Montero"),
    ("thanks Clara Puig, i sent it", "Clara Puig"),
  ])
  func nameEdgesLookAlikes(_ text: String, _ name: String) {
    #expect(names(text).contains(name), "\(text): \(names(text))")
  }

  @Test(arguments: [
    ("can you ask Will if he signed for it", "Will"),
    ("tell Hope she can keep the spare one", "Hope"),
    ("I texted Ray and he said it never came", "Ray"),
    ("No problem Thabo, the label is on its way", "Thabo"),
    ("nice one Grace. I'll send the photo", "Grace"),
  ])
  func cuedByWhatFollows(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  @Test(arguments: ["can you ask Amazon if they refunded it", "I will ask Will about it tomorrow",
                    "tell Support she is waiting", "no problem Team, thanks", "ask Paris if he"])
  func cuedByWhatFollowsLookAlikes(_ text: String) {
    let found = ruleNames(text)
    #expect(!found.contains("Amazon") && !found.contains("Will") && !found.contains("Support")
              && !found.contains("Team") && !found.contains("Paris"), "\(text): \(found)")
  }

  @Test(arguments: [
    ("hand it to Obi or Ngozi at the desk", "Ngozi"),
    ("please ask Romero or Castillo in returns", "Castillo"),
    ("Pedro's refund never came", "Pedro"),
    ("Mia's wedding is on Saturday", "Mia"),
    ("NGUYEN THI THU HANG", "NGUYEN THI THU HANG"),
  ])
  func listsPossessivesAndCapitals(_ text: String, _ name: String) {
    #expect(names(text).contains(name), "\(text): \(names(text))")
  }

  /// Look-alikes: brands in a choice, shops' possessives, places after a relation or a shipping verb.
  @Test(arguments: [
    ("pay with Visa or Mastercard", "Mastercard"),
    ("Macy's return policy is 30 days", "Macy"),
    ("send it to my sister in Valencia: Rosa Ibáñez, Calle Mayor 3", "Valencia"),
    ("your lamp ships Friday from Florence", "Florence"),
    ("the order was dispatched from Adelaide yesterday", "Adelaide"),
  ])
  func listsPossessivesAndPlacesLookAlikes(_ text: String, _ word: String) {
    #expect(!names(text).contains(word), "\(text): \(names(text))")
  }

  @Test func arabicSelfIntroduction() {
    #expect(ruleNames("السلام عليكم، أنا سلمى يوسف، أين طلبي؟") == ["سلمى يوسف"], "\(ruleNames("السلام عليكم، أنا سلمى يوسف، أين طلبي؟"))")
    #expect(ruleNames("أنا في البيت، متى يصل؟").isEmpty)
    #expect(ruleNames("أنا سلمى وأريد إرجاع الطلب").isEmpty)
  }
}
