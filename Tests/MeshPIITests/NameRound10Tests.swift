import Testing
@testable import MeshPII

/// The names round of piiname43, on sentences written for these tests: capitals outside ASCII folded by the word hash,
/// the people of a building and the name on a doorbell in delivery notes, a name opening a dictated line before "I'm"
/// or "ok" or before a modal and a thing people do ("August will sign"), a name before an aside naming the writer's
/// relation ("Rusty (my neighbour)"), a name pasted before its address without a comma; set phrases of greeting,
/// pronouns, postscripts, German nouns after a possessive or an adjective and two-word places after "<name> from"
/// dropped; each with look-alikes.
@Suite struct NameRound10Tests: NameRuleDetecting {
  @Test func capitalsOutsideASCIIHashAsLowerCase() {
    for (upper, lower) in [("Łukasz", "łukasz"), ("ÖZTÜRK", "öztürk"), ("Élodie", "élodie"), ("Ștefan", "ștefan"),
                           ("Иван", "иван"), ("Σοφία", "σοφία")] {
      #expect(Bytes.wordHash(upper) == Bytes.wordHash(lower), "\(upper)")
    }
    // "×" is no letter; "ß" and "İ" have no two-byte pair: each hashes as itself.
    #expect(Bytes.wordHash("a×b") != Bytes.wordHash("a÷b"))
    #expect(Bytes.wordHash("İ") != Bytes.wordHash("i"))
  }

  /// Names the rules alone find.
  @Test(arguments: [
    ("the doorman Luis usually signs for packages", "Luis"),
    ("o porteiro Seu Zé recebe", "Zé"),
    ("leave it with the concierge Mr Adebayo please", "Adebayo"),
    ("3º izquierda, the bell says Ortega", "Ortega"),
    ("buzzer: Kowalski, 2nd floor", "Kowalski"),
    ("bitte klingeln bei Schneider, 3. Stock", "Schneider"),
    ("si no estoy, dejarlo con la vecina Carmen", "Carmen"),
    ("Ebony Washington I'm calling about the refund", "Ebony Washington"),
    ("Bradley ok so I waited on hold for 40 minutes", "Bradley"),
    ("Geschäftsführer: Łukasz Nowak", "Łukasz Nowak"),
    ("Rusty (my neighbour) took it in", "Rusty"),
    ("the box is for Maya, my daughter, she turns 9", "Maya"),
    ("August will sign for it, I'm away", "August"),
  ])
  func namesFound(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  /// A name pasted before its address on one line, found with the address (the name rules alone see no address).
  @Test func nameBeforeAnAddressWithoutAComma() {
    let findings = PIIDetector().detect(in: "Nils Eriksson Hamngatan 8, 111 47 Stockholm")
    #expect(findings.filter { $0.type == .name }.map(\.value) == ["Nils Eriksson"], "\(findings)")
    // A street's words before the number are no name ("Corso Vittorio Emanuele II 82").
    let street = PIIDetector().detect(in: "Corso Vittorio Emanuele II 82, 10121 Torino")
    #expect(street.filter { $0.type == .name }.isEmpty, "\(street)")
  }

  @Test func postscriptsAreNoInitials() {
    func opensPostscript(_ text: String) -> Bool {
      Array(text.utf8).withUnsafeBufferPointer { b in ContextNameScanner.postscript(b, ByteWords.split(b)[0]) }
    }
    #expect(opensPostscript("P.S. my daughter says hi"))
    #expect(opensPostscript("P.S my daughter says hi"))
    #expect(opensPostscript("N.B. the box is open"))
    #expect(!opensPostscript("P.Sharma signed for it"))
    #expect(!opensPostscript("P. Sharma signed for it"))
  }

  /// Look-alikes the rules leave alone.
  @Test(arguments: [
    ("the doorman said the lift is broken", "Said"),
    ("ring the bell twice, then knock", "Ring"),
    ("the bell says Flat 2 on it", "Flat"),
    ("Paris I'm coming back in May", "Paris"),
    ("Will I get a refund for this", "Will"),
    ("April ok so the order came", "April"),
    ("Hamngatan 8, 111 47 Stockholm", "Hamngatan"),
    ("Thanks, my friend, for the help", "Thanks"),
    ("Paris (my favourite city) was lovely", "Paris"),
    ("June will be busy for deliveries", "June"),
  ])
  func lookAlikesLeft(_ text: String, _ word: String) {
    #expect(!ruleNames(text).contains { $0.contains(word) }, "\(text): \(ruleNames(text))")
  }

  /// Every capitalised word is proposed; these are dropped.
  @Test(arguments: [
    ("Guten Tag, hier ist Friederike von Arnim", "Guten Tag"),
    ("Many thanks,", "Many"),
    ("Eid Mubarak, will you deliver during Eid", "Eid Mubarak"),
    ("Bom dia, o pacote chegou?", "Bom"),
    ("Who is Sunil?? He called me yesterday", "He"),
    ("P.S. my daughter says hi", "P"),
    ("Bitte senden Sie die fehlenden Teile an unsere Werkstatt.", "Teile"),
    ("Bitte senden Sie die fehlenden Teile an unsere Werkstatt.", "Werkstatt"),
    ("i am Nguyen Van Hoang from Da Nang, shipping to Vietnam?", "Da Nang"),
    ("2 items missing: Burt's Bees lip balm", "Burt's Bees"),
  ])
  func notPersonsDropped(_ text: String, _ word: String) {
    #expect(!everyCapitalised(text).contains(word), "\(text): \(everyCapitalised(text))")
  }

  /// Look-alikes: people in the same places stay.
  @Test(arguments: [
    ("Guten Tag, hier ist Friederike Arnim", "Friederike Arnim"),
    ("Many thanks, Tomasz", "Tomasz"),
    ("ein Geschenk für die kleine Anna", "Anna"),
    ("i am Nguyen Van Hoang from Da Nang, shipping to Vietnam?", "Nguyen Van Hoang"),
    ("a parcel from Anna Smith arrived", "Anna Smith"),
  ])
  func personsStay(_ text: String, _ name: String) {
    #expect(everyCapitalised(text).contains(name), "\(text): \(everyCapitalised(text))")
  }
}
