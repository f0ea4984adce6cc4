import Testing
@testable import MeshPII

/// The shapes of piiname39 (dev6, dev7, dev8), in sentences written for these tests: names the text calls names
/// ("King is my surname", "the buyer is Kaur", lists of surnames), word names beside a person's cue ("with Rose
/// Baker"), mail-header names, owners' possessives, lower-case names after "for"/"from", word names before what
/// people do ("Ruby can't log in"), titles after "this is", initials written together; and beside each the same
/// words where they are words, things, places or brands. The rules run without the tagger; the dropping of places
/// and things with a tagger that takes every capitalised word, so neither hangs on the weights.
@Suite struct CalledNameTests: NameRuleDetecting {
  @Test(arguments: [
    ("King is my surname, not a title", ["King"]),
    ("Frost is actually my colleague's surname", ["Frost"]),
    ("Bird is the surname on the account", ["Bird"]),
    ("Sterling is the buyer, pounds please", ["Sterling"]),
    ("Fenwick Osei is my husband, he can sign", ["Fenwick Osei"]),
    ("the buyer is Kaur, the lead is someone else", ["Kaur"]),
    ("Brown, first name Eliza, on the label", ["Brown", "Eliza"]),
    ("labels: Baker, Young, King and Church (surnames only)", ["Baker", "Young", "King", "Church"]),
    ("Will checked with Rose Baker and she never signed", ["Will", "Rose Baker"]),
    ("it's Rose Baker's return", ["Rose Baker"]),
    ("On Tue, Hart Young <hyoung@coastmail.example> wrote:", ["Hart Young"]),
    ("Grace's number is 555 0143", ["Grace"]),
    ("Grace's order came late", ["Grace"]),
    ("Sarah's sister will sign", ["Sarah"]),
    ("for aisha please, gift wrap", ["aisha"]),
    ("from omar: where is my parcel", ["omar"]),
    ("Ruby can't log in", ["Ruby"]),
    ("Hope you can help, Joy said to message here", ["Joy"]),
    ("Page noticed the scratch first", ["Page"]),
    ("this is Mr. Smith again", ["Smith"]),
    ("send it to M.J. Okoro, same address", ["M.J. Okoro"]),
    ("tell Pilar the box came", ["Pilar"]),
    ("First name: Sunny Last name: Akhtar", ["Sunny", "Akhtar"]),
    ("the parcel was opened. Agatha Christie book is wrong? Agatha", ["Agatha"]),
  ])
  func findsNamesTheTextCallsNames(_ text: String, _ expected: [String]) {
    #expect(ruleNames(text) == expected, "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    "Cook is the name of the range", "King size is the name of the bed", "colours: Black, White, Grey and Navy",
    "sizes: Small, Medium and Large, surnames optional", "do you have it in Rose Gold with Sky Blue straps",
    "Customer Support <help@shop.example>", "Macy's order never came", "translate to german",
    "delivery to hong kong?", "Rose gold please", "Mark it as urgent", "Amazon said it was delivered",
    "Apple can't repair it", "Cartier love bracelet is it real", "Price in sterling please",
    "could somebody look into it for me? Ta",
  ])
  func leavesWordsThingsAndShops(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    "King's Cross locker code isn't working", "Victoria Park entrance, leave it with security",
    "meet at Regent's Park gate", "Brooklyn Bridge puzzle is missing pieces", "is Carter Street the right street?",
    "Morgan is the car brand on the keyring", "the brand is Stone Island", "the song \"Roxanne\" skips",
    "Carmen is the opera on the DVD",
  ])
  func dropsPlacesAndThingsNamedAfterPeople(_ text: String) {
    #expect(everyCapitalised(text) == [], "\(text): \(everyCapitalised(text))")
  }

  @Test(arguments: [
    ("Sunny Park here, order 5512", ["Sunny Park"]),
    ("Holly Green is my neighbour", ["Holly Green"]),
    ("Imogen's order is for Jisoo Park", ["Imogen", "Jisoo Park"]),
    ("agent Priya (ticket 7731) closed it", ["Priya"]),
    ("Ximena's card was charged twice", ["Ximena"]),
  ])
  func keepsPeopleBesideThoseWords(_ text: String, _ expected: [String]) {
    #expect(everyCapitalised(text) == expected, "\(text): \(everyCapitalised(text))")
  }
}
