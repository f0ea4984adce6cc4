import Testing
@testable import MeshPII

/// The names round of piiname40, on sentences written for these tests: the first name of a list, particles and
/// Vietnamese middle names at a name's edges, nicknames in quotes, corrected names, lower-case names after a title
/// or closing a clause after "for"/"to", a listed name before an address, "my surname really is …", pets and songs
/// called by their noun, two names called people ("… are the kids"), the place after "<name> from", German sign-offs, "sou a <name>", and names after
/// introductions in lines wholly in another script; each with look-alikes.
@Suite struct NameRound7Tests: NameRuleDetecting {
  func found(_ text: String) -> [String] {
    PIIDetector(types: [.name, .address]).detect(in: text).map { "\($0.type): \($0.value)" }
  }

  func names(_ text: String) -> [String] {
    PIIDetector(types: [.name]).detect(in: text).map(\.value)
  }

  @Test(arguments: [
    ("Baker, Young and King all ordered from my account", "Baker"),
    ("the recipients are Alvarez, Brooks, Cohen and Dimitrov", "Alvarez"),
  ])
  func listsFirstNameCounts(_ text: String, _ first: String) {
    #expect(ruleNames(text).first == first, "\(text): \(ruleNames(text))")
  }

  /// A greeting, an apology or a town before a list is no name of it.
  @Test(arguments: [("Thanks, Young and King", "Thanks"), ("Sorry, Anna and Ben", "Sorry"),
                    ("London, Paris and Berlin stores", "London")])
  func listsFirstWordMustBeAName(_ text: String, _ word: String) {
    #expect(!ruleNames(text).contains(word), "\(text): \(ruleNames(text))")
  }

  @Test(arguments: [
    ("The order is under van der Berg, Pieter", "van der Berg"),
    ("de la Cruz is spelled with a small d", "de la Cruz"),
    ("hello i am fatima zahra el idrissi and the dress is too big", "fatima zahra el idrissi"),
    ("Nguyen Van An here, the app crashes", "Nguyen Van An"),
    ("Bartholomew \"Bart\" Quinn is the recipient", "Bartholomew \"Bart\" Quinn"),
  ])
  func widensNamesOverTheirEdges(_ text: String, _ name: String) {
    #expect(names(text).contains(name), "\(text): \(names(text))")
  }

  /// One "de" or "la" before a name is the sentence's word; a quoted title has no capital before it.
  @Test(arguments: [
    ("el regalo de Maria llegó roto", "de"),
    ("I drove the van Tom lent me", "van"),
    ("the song \"Jolene\" by Dolly Parton skips", "song"),
  ])
  func leavesSentenceWordsOut(_ text: String, _ word: String) {
    #expect(!names(text).contains { $0.contains(word) }, "\(text): \(names(text))")
  }

  @Test func findsTheCorrectedName() {
    let text = "my name is john smith no sorry jon smyth with a y"
    #expect(names(text) == ["john smith", "jon smyth"], "\(names(text))")
  }

  @Test func noCorrectionWithoutSorry() {
    let text = "my name is john smith no problem with the order"
    #expect(names(text) == ["john smith"], "\(names(text))")
  }

  @Test(arguments: [
    ("send to mister park at the office", ["park"]),
    ("the parcel is for tom, not for me", ["tom"]),
  ])
  func lowerCaseNamesAfterTitlesAndPeoplesWords(_ text: String, _ expected: [String]) {
    #expect(ruleNames(text) == expected, "\(text): \(ruleNames(text))")
  }

  @Test(arguments: ["yes sir will do", "i miss rose gold", "how do i return something to zara", "ordered from zara",
                    "delivery to paris, france", "a gift for christian, he loves it"])
  func lowerCaseWordsStay(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }

  @Test func twoNamesCalledPeople() {
    let text = "Hazel and Basil are the kids, the names go on the mugs"
    #expect(ruleNames(text) == ["Hazel", "Basil"], "\(ruleNames(text))")
  }

  @Test(arguments: ["Salt and Pepper are the best sellers", "Hazel and Sage are the colours we stock"])
  func twoWordsCalledThingsStay(_ text: String) {
    #expect(ruleNames(text).isEmpty, "\(text): \(ruleNames(text))")
  }

  @Test func nameBeforeAnAddress() {
    let text = "deliver to Müller, Schillerstraße 9, 04109 Leipzig"
    #expect(found(text) == ["name: Müller", "address: Schillerstraße 9, 04109 Leipzig"], "\(found(text))")
  }

  /// A town before its street, the same town again in the address.
  @Test func townBeforeAnAddressStays() {
    let text = "deliver to Leeds, 14 Park Row, Leeds LS1 5HD"
    #expect(!found(text).contains { $0.hasPrefix("name") }, "\(found(text))")
  }

  @Test(arguments: [
    ("my surname really is Park", ["Park"]),
    ("Mit freundlichen Grüßen Jürgen Hoffmann", ["Jürgen Hoffmann"]),
    ("a parcel from Amara arrived", ["Amara"]),
    ("my neighbour Max took it in", ["Max"]),
    ("bom dia, sou a Beatriz Nunes, o meu pedido ainda não chegou", ["Beatriz Nunes"]),
  ])
  func findsNames(_ text: String, _ expected: [String]) {
    #expect(names(text) == expected, "\(text): \(names(text))")
  }

  @Test(arguments: ["my dog Max chewed the box", "the cat (Luna) is fine, the lamp is not", "the song Jolene is not on the CD",
                    "danke schön, alles gut jetzt"])
  func petsSongsAndThanksStay(_ text: String) {
    #expect(everyCapitalised(text).isEmpty, "\(text): \(everyCapitalised(text))")
  }

  @Test func placeAfterPersonFromStays() {
    let text = "Jean-Luc from Lyon says the box was open"
    #expect(!names(text).contains("Lyon"), "\(names(text))")
  }

  @Test(arguments: [
    ("Меня зовут Ольга Смирнова, где мой заказ?", "Ольга Смирнова"),
    ("Γεια σας, είμαι η Κατερίνα Παπαδοπούλου", "Κατερίνα Παπαδοπούλου"),
    ("我的名字是王芳，请退款", "王芳"),
    ("नमस्ते, मैं अनीता शर्मा हूँ", "अनीता शर्मा"),
    ("मेरा नाम राहुल है", "राहुल"),
    ("田中 花子 です。注文がまだ届きません。", "田中 花子"),
  ])
  func namesAfterIntroductionsInOtherScripts(_ text: String, _ name: String) {
    #expect(names(text) == [name], "\(text): \(names(text))")
  }

  @Test(arguments: ["我叫了快递", "मैं बहुत खुश हूँ", "明日 です。", "είμαι ο πελάτης", "меня зовут к телефону"])
  func otherScriptLinesWithoutANameStay(_ text: String) {
    #expect(names(text).isEmpty, "\(text): \(names(text))")
  }
}
