import Testing
@testable import MeshPII

/// The names round of piiname41, on sentences written for these tests: findings that are no person whichever rule
/// or tagger made them (greetings, German nouns and forms of address, camel-case handles, everyday lower-case words,
/// shops named by a possessive, names inside quoted titles), firms listing their partners, Welsh, Urdu and Filipino
/// particles, hyphenated given names, "M." as Monsieur, roles and other languages' sign-offs as cues, Russian "это"
/// and sign-offs, and a Japanese or Chinese name alone on its line; each with look-alikes.
@Suite struct NameRound8Tests: NameRuleDetecting {
  func names(_ text: String) -> [String] {
    PIIDetector(types: [.name]).detect(in: text).map(\.value)
  }

  /// Every capitalised word is proposed; these are dropped.
  @Test(arguments: [
    ("Merhaba, Emre Çelik ben, kargo nerede?", "Merhaba"),
    ("Hola! Lucía Fernández here", "Hola"),
    ("leider fehlt der Deckel", "Deckel"),
    ("Es kam eine Rechnung ohne Stempel", "Rechnung"),
    ("Sehr geehrte Damen und Herren,", "Damen"),
    ("Sehr geehrte Damen und Herren,", "Herren"),
    ("seller name is BestDealsUK, is that legit?", "BestDealsUK"),
    ("I bought it from CheapPhoneDeals last week", "CheapPhoneDeals"),
    ("Denny's voucher was refused", "Denny"),
    ("the seller Sam's Club Deals shipped it late", "Sam's Club Deals"),
    ("my order contains \"The Count of Monte Cristo\" twice", "Monte Cristo"),
    ("Mr Kipling cakes arrived squashed", "Kipling"),
    ("the Mercedes dealership sent parts to the wrong branch", "Mercedes"),
    ("the invoice goes to Cooper, Fisher & Taylor LLP, not to me", "Cooper"),
    ("send it to Hughes, Patel and Morgan Solicitors", "Hughes"),
  ])
  func notPersonsDropped(_ text: String, _ word: String) {
    #expect(!everyCapitalised(text).contains(word), "\(text): \(everyCapitalised(text))")
  }

  /// Look-alikes: the person beside each stays.
  @Test(arguments: [
    ("Merhaba, Emre Çelik ben, kargo nerede?", "Emre Çelik"),
    ("the parcel is for Joost van der Berg", "van der Berg"),
    ("Maria das Neves will sign", "Neves"),
    ("thanks McKenzie, that helps", "McKenzie"),
    ("DeShawn ordered the blue one", "DeShawn"),
    ("Gwen's order is late", "Gwen"),
    ("my favourite book is \"Emma\" by Jane", "Jane"),
    ("the invoice goes to Cooper, my accountant", "Cooper"),
    ("Pat & Sam have keys", "Pat"),
  ])
  func personsBesideThemStay(_ text: String, _ name: String) {
    #expect(everyCapitalised(text).contains(name), "\(text): \(everyCapitalised(text))")
  }

  @Test func everydayLowerCaseWordIsNoName() {
    #expect(!names("Mohammed's phone is off, call me instead").contains("instead"))
    #expect(names("my son jack will collect").contains("jack"))
  }

  @Test(arguments: [
    ("Rhys ap Gwyn here", "Rhys ap Gwyn"),
    ("Noor ul Ain here from Lahore", "Noor ul Ain"),
    ("Maria Clara Santos Dela Cruz here from Quezon City", "Maria Clara Santos Dela Cruz"),
    ("the rider Jun-Jun is very nice po", "Jun-Jun"),
    ("Mary-Kate and Ashley share this account", "Mary-Kate"),
    ("c'est M. Dupont qui a commandé", "Dupont"),
    ("ask the installer Tomasz about the bracket", "Tomasz"),
    ("Saludos, Itzel", "Itzel"),
    ("Pozdrawiam, Kasia", "Kasia"),
  ])
  func namesFoundWhole(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  /// Look-alikes of the particles, hyphens, "M." and the new cues.
  @Test(arguments: [
    ("ul. Marszałkowska 10 is the street", "Marszałkowska"),
    ("the Rolls-Royce model is sold out", "Rolls-Royce"),
    ("M. Dupont and Co", "Dupont and Co"),
    ("the rider was late again", "rider"),
    ("Saludos, gracias", "gracias"),
  ])
  func lookAlikesStay(_ text: String, _ word: String) {
    #expect(!ruleNames(text).contains(word), "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    ("Leon can't come, Nina's going instead", "Nina"),
    ("Tom's not home till six", "Tom"),
    ("Kai'll be there at noon", "Kai"),
    ("June from the front desk will collect", "June"),
    ("Sue from billing said the charge was pending", "Sue"),
    ("Ship to: Bolat Nurlanovich, Apt 5, 12 Abay Ave, Almaty 050000", "Bolat Nurlanovich"),
    ("Bill to: Tavita Faleolo", "Tavita Faleolo"),
    ("c'est M. Dupont qui a commandé", "Dupont"),
  ])
  func contractionsStaffAndLabels(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  @Test(arguments: ["Summer's coming early this year", "Wendy's not open on Sundays", "June from the shop was cheaper",
                    "orders placed in June from the shop", "Ship to: Home", "Sold to: Amazon EU", "Deliver to: Reception"])
  func contractionsStaffAndLabelsLookAlikes(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }

  /// Places that keep a name-like word: "Gare du Nord", "Hampstead Heath"; a person "Amanda Park" stays.
  @Test func placesAroundNameWords() {
    #expect(!everyCapitalised("can I collect at Gare du Nord?").contains("Nord"))
    #expect(!everyCapitalised("meet at Puerta del Sol").contains("Sol"))
    #expect(!everyCapitalised("Hampstead Heath is near me").contains("Heath"))
    #expect(ruleNames("thanks Amanda Park").contains("Amanda Park"))
  }

  @Test(arguments: [
    ("Здравствуйте, это Ольга Смирнова, где мой заказ?", "Ольга Смирнова"),
    ("С уважением, Дмитрий Козлов", "Дмитрий Козлов"),
    ("小林 花", "小林 花"),
  ])
  func otherScriptNames(_ text: String, _ name: String) {
    #expect(ruleNames(text) == [name], "\(text): \(ruleNames(text))")
  }

  @Test(arguments: ["это Москва, а не Киев", "это очень хорошо", "注文 確認", "小林 花 さんへ 注文の件"])
  func otherScriptLookAlikes(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }
}
