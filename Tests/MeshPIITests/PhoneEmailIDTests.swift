import Testing
@testable import MeshPII

/// Phones, e-mails and national ids as people type them: split, spelled out, with extensions, and
/// their look-alikes (order numbers, prices, counts) that must stay.
@Suite struct PhoneEmailIDTests {
  let detector = PIIDetector()

  func found(_ text: String) -> [(PIIType, String)] { detector.detect(in: text).map { ($0.type, $0.value) } }

  @Test(arguments: [
    ("my number is oh seven seven oh oh nine double oh one two three", PIIType.phone,
     "oh seven seven oh oh nine double oh one two three"),
    ("number is two one two five five five zero one seven three", .phone,
     "two one two five five five zero one seven three"),
    ("my phone is plus four four seven seven double oh nine hundred three four two", .phone,
     "plus four four seven seven double oh nine hundred three four two"),
    ("0 7 7 0 0 9 0 0 8 2 6 sorry my keyboard is weird", .phone, "0 7 7 0 0 9 0 0 8 2 6"),
    ("or try 07700900115", .phone, "07700900115"),
    ("(646) 555-0127 ext 12 is my office line", .phone, "(646) 555-0127 ext 12"),
    ("office 415-555-0132 x204 please", .phone, "415-555-0132 x204"),
    ("call +1 415 555 0132 extension 7 after noon", .phone, "+1 415 555 0132 extension 7"),
    ("email me at o'neill.siobhan@example.ie", .email, "o'neill.siobhan@example.ie"),
    ("my email is p dot schneider at example dot de (spam)", .email, "p dot schneider at example dot de"),
    ("write to anna.k (at) mail [dot] com", .email, "anna.k (at) mail [dot] com"),
    ("contact: jdoe84 at gmail dot com", .email, "jdoe84 at gmail dot com"),
    ("National Insurance number QQ 12 34 56 C for payroll", .ssn, "QQ 12 34 56 C"),
    ("NI: AB123456C", .ssn, "AB123456C"),
    ("my DNI is 12345678Z", .ssn, "12345678Z"),
    ("SIN 046 454 286 for the tax slip", .ssn, "046 454 286"),
    ("mijn BSN is 111222333", .ssn, "111222333"),
    ("Steuer-ID 86095742719 für die Rechnung", .ssn, "86095742719"),
    ("numéro de sécurité sociale 1 85 05 78 006 084 91", .ssn, "1 85 05 78 006 084 91"),
  ])
  func finds(_ text: String, _ type: PIIType, _ value: String) {
    // The whole list at once: one finding, of this type and span, and nothing else in the text.
    #expect(found(text).map { "\($0.0.rawValue): \($0.1)" } == ["\(type.rawValue): \(value)"], "in \(text)")
  }

  @Test(arguments: [
    "order number is one two three four five six seven eight",
    "I want two three four five six seven of them",
    "add one two three four five six seven to the cart",
    "order 0770090011 is late",
    "tracking 0 1 2 3 4 5 6 7 8 9 shows nothing",
    "I'll be at home dot com is a bad site name",
    "look at example dot com for the offer",
    "she's at the shop dot com store",
    "the box says 10 x 12 cm",
    "BSN 111222334 is wrong",
    "Steuer-ID 86095742710 has a wrong check digit",
    "DNI 12345678A has the wrong letter",
    "model QQ 12 34 56 C ships tomorrow",
    "the next extension is 12 meters",
    "sale: 12 x 3 items for 25",
  ])
  func leavesLookAlikes(_ text: String) {
    #expect(found(text).isEmpty, "unexpected \(found(text)) in \(text)")
  }

  @Test func extensionNeedsDigits() {
    #expect(found("call 415-555-0132 ext. soon").map(\.1) == ["415-555-0132"])
    #expect(found("call 415-555-0132 xbox").map(\.1) == ["415-555-0132"])
  }

  @Test func phoneAfterPostcodeAndAddressCutBeforeIt() {
    let f = found("MCKENZIE ROBERTSON 45 GLENBURN DRIVE, PAISLEY PA2 8BN 07700 900 733")
    #expect(f.contains { $0.0 == .phone && $0.1 == "07700 900 733" }, "found \(f)")
    #expect(f.contains { $0.0 == .address && $0.1 == "45 GLENBURN DRIVE, PAISLEY PA2 8BN" }, "found \(f)")
  }

  @Test func wrongCheckDigitIsNoID() {
    // A SIN with a wrong Luhn digit is still phone-shaped; it must not be called a national id.
    #expect(!found("SIN 046 454 287 is a typo").contains { $0.0 == .ssn })
  }

  @Test func checkDigits() {
    #expect(NumberScanner.elevenProof(Array("111222333".utf8)))
    #expect(!NumberScanner.elevenProof(Array("111222334".utf8)))
    #expect(NumberScanner.steuerID(Array("86095742719".utf8)))
    #expect(!NumberScanner.steuerID(Array("86095742718".utf8)))
    #expect(NumberScanner.nir(Array("185057800608491".utf8)))
    #expect(!NumberScanner.nir(Array("185057800608492".utf8)))
  }
}
