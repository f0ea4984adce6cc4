import Testing
@testable import MeshPII

/// The names round of piiname46, on sentences written for these tests (not heldout16's lines): names on pasted order
/// screens and labels, names a sentence around them makes a person's, Russian names with a patronymic, and the
/// look-alikes each rule must leave alone (products, shops, places, months, colours).
@Suite struct NameRound13Tests: NameRuleDetecting {
  /// Names the rules find after this round.
  @Test(arguments: [
    ("Customer: Farah Qureshi / Phone: +44 7700 900123", "Farah Qureshi"),
    ("Buyer: Tomasz Nowak | Phone 0612345678", "Tomasz Nowak"),
    ("send it to Ravi Chandran c/o Green Leaf Books", "Ravi Chandran"),
    ("Marta my sister will sign for it", "Marta"),
    ("it was the courier guy, Sipho, he left it outside", "Sipho"),
    ("Precious my niece will sign", "Precious"),
    ("Bogdan, that's my surname, on the card", "Bogdan"),
    ("Okonkwo is my last name", "Okonkwo"),
    ("it's for my girls April and Grace", "April"),
    ("it's for my girls April and Grace", "Grace"),
    ("my colleague Anneke V. never replied", "Anneke V."),
    ("Herrn Hans-Peter Vogel, Ringstraße 4, 80331 München", "Hans-Peter Vogel"),
  ])
  func namesFound(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  /// A person named before a pasted address, with a comma, a dash or nothing between, or in capitals surname first.
  @Test(arguments: [
    ("Hemi Te Whare, 22 Karangahape Road, Auckland 1010", "Hemi Te Whare"),
    ("Ελένη Γεωργίου - Σταδίου 10, 105 64 Αθήνα", "Ελένη Γεωργίου"),
    ("ship to Lucas dos Reis Rua Augusta 120, 01304-000 São Paulo", "Lucas dos Reis"),
    ("label printed NOWAK EWA ul. Polna 3, 00-625 Warszawa", "NOWAK EWA"),
    ("ship to Mateo Ruiz Av. Libertador 4500, piso 3", "Mateo Ruiz"),
  ])
  func namesBeforeAddresses(_ text: String, _ name: String) {
    let found = PIIDetector().detect(in: text).filter { $0.type == .name }.map(\.value)
    #expect(found.contains(name), "\(text): \(found)")
  }

  /// A shop before its address is no person: its trade word says so.
  @Test func aShopBeforeItsAddressStays() {
    let text = "Little Lotus Crafts, 8 Brick Lane, London E1 6PU"
    let found = PIIDetector().detect(in: text).filter { $0.type == .name }.map(\.value)
    #expect(found.isEmpty, "\(found)")
  }

  /// A street named after a person stays a street: no address opens at its street word.
  @Test(arguments: ["meet me at Jan Smuts Avenue tomorrow", "the shop on Carter Street is closed"])
  func streetsNamedAfterPeopleStay(_ text: String) {
    let found = PIIDetector().detect(in: text).filter { $0.type == .name }.map(\.value)
    #expect(found.isEmpty, "\(text): \(found)")
  }

  /// Russian names with a patronymic, in any case, in a line wholly in Cyrillic.
  @Test(arguments: [
    ("Отправьте, пожалуйста, Кузнецовой Ольге Игоревне", "Кузнецовой Ольге Игоревне"),
    ("получатель Смирнов Андрей Викторович, заказ 4471", "Смирнов Андрей Викторович"),
  ])
  func patronymics(_ text: String, _ name: String) {
    #expect(ruleNames(text).contains(name), "\(text): \(ruleNames(text))")
  }

  /// Look-alikes: products, shops, places, months, colours and articles stay out.
  @Test(arguments: [
    "Customer: Service / Phone: 0800 123 456",
    "the Calvin Klein jeans arrived torn",
    "colour: Amber",
    "Shade: Ivy",
    "Kia ora, any update?",
    "Mi vecino del 3B la tiene",
    "Joy & Patience Fabrics is our shop",
    "Председатель Верховной Рады выступил сегодня",
    "Thanks my friend will do",
    "the bank, Chase, sent a letter",
    "June and May are our busiest months",
    "my girls love the red one",
    "Vitamin C. Great product",
  ])
  func lookAlikesStay(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }

  /// The titles "Herrn" and "Doña" and an article after a given name stay outside the name.
  @Test(arguments: [
    ("Herrn Klaus Berger, Hauptstraße 5", "Herrn"),
    ("La entrega es para mi abuela Doña Remedios", "Doña"),
    ("Pepe el conserje tiene las llaves", "el"),
  ])
  func edgesFitted(_ text: String, _ outside: String) {
    let found = PIIDetector(types: [.name]).detect(in: text).map(\.value)
    #expect(!found.contains { $0.split(separator: " ").contains(Substring(outside)) }, "\(text): \(found)")
  }
}
