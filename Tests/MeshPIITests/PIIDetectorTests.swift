import Testing
@testable import MeshPII

@Suite struct PIIDetectorTests {
  let detector = PIIDetector()

  func found(_ text: String) -> [(PIIType, String)] { detector.detect(in: text).map { ($0.type, $0.value) } }

  @Test(arguments: [
    ("write to ann.lee+shop@mail.example.com today", PIIType.email, "ann.lee+shop@mail.example.com"),
    ("call +1 (415) 555-0132 please", .phone, "+1 (415) 555-0132"),
    ("my number is 020 7946 0958", .phone, "020 7946 0958"),
    ("mobile: 06 12 34 56 78", .phone, "06 12 34 56 78"),
    ("card 4111 1111 1111 1111 exp 09/27", .card, "4111 1111 1111 1111"),
    ("iban GB82 WEST 1234 5698 7654 32 thanks", .iban, "GB82 WEST 1234 5698 7654 32"),
    ("ssn 078-05-1120", .ssn, "078-05-1120"),
    ("from 192.168.0.1 yesterday", .ip, "192.168.0.1"),
    ("host 2001:db8::1 is down", .ip, "2001:db8::1"),
    ("ship to 742 Evergreen Terrace, Springfield", .address, "742 Evergreen Terrace, Springfield"),
    ("hello, my name is maria garcia and i need help", .name, "maria garcia"),
    ("I'm Priya, the buyer", .name, "Priya"),
  ])
  func findsEachType(_ text: String, _ type: PIIType, _ value: String) {
    let f = found(text)
    #expect(f.count == 1)
    #expect(f.first?.0 == type)
    #expect(f.first?.1 == value)
  }

  @Test(arguments: [
    "where is order #4155550132",
    "order 123-4567890 was late",
    "it costs $1,299.99 or 45.50 EUR",
    "delivered on 2024-05-01 or 05/01/2024 or 12.05.2024",
    "tracking number 1Z999AA10123456784",
    "invoice INV-2024-00123 for 3 items",
    "the card 4111 1111 1111 1112 is a typo",
    "Bank DE89 3704 0044 0532 0130 01 has a wrong check digit",
    "000-12-3456 and 666-12-3456 are not SSNs",
    "version 1.2.3, meeting at 10:30:45, 999.1.1.1",
    "I'm looking for 2 Red Shirts in size 10",
    "my name is on the order",
    "user@localhost and @shoplover",
  ])
  func ignoresLookAlikes(_ text: String) {
    #expect(found(text).isEmpty, "unexpected \(found(text)) in \(text)")
  }

  @Test func offsetsAreUnicodeScalars() {
    // "from josé:" names the sender too (a lower-case name after "from", piiname39): the e-mail is the last finding.
    let text = "Grüße 👋🏽 from josé: jose@example.es"
    let all = detector.detect(in: text)
    #expect(all.map(\.type) == [.name, .email])
    guard let last = all.last else { return }
    let m = [last]
    let scalars = Array(text.unicodeScalars)
    let r = m[0].scalarRange
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[r])
    #expect(String(view) == "jose@example.es")
    #expect(m[0].utf8Range.count == "jose@example.es".utf8.count)
    #expect(r.lowerBound != m[0].utf8Range.lowerBound)
  }

  @Test func overlapsKeepTheStrongerType() {
    // The digits of a card are also phone-shaped; the Luhn-checked card wins.
    let m = detector.detect(in: "pay with 4012888888881881 now")
    #expect(m.map(\.type) == [.card])
  }

  @Test func typeFilter() {
    let only = PIIDetector(types: [.email])
    #expect(only.detect(in: "a@b.co +44 20 7946 0958").map(\.type) == [.email])
  }

  @Test func checksums() {
    #expect(Checksums.luhn(Array("79927398713".utf8)))
    #expect(!Checksums.luhn(Array("79927398710".utf8)))
    #expect(Checksums.iban(Array("GB82WEST12345698765432".utf8)))
    #expect(!Checksums.iban(Array("GB82WEST12345698765433".utf8)))
    #expect(!Checksums.iban(Array("GB82".utf8)))
  }

  @Test func labelledSetFigures() {
    let e = PIIEvaluation()
    for type in PIIType.allCases {
      let s = e.scores[type] ?? PIIEvaluation.Score()
      print("PII \(type.rawValue): precision \(s.precision) recall \(s.recall) (tp \(s.truePositives))")
      #expect(s.truePositives > 0, "the labelled set has \(type.rawValue) examples")
    }
    print("PII all: precision \(e.total.precision) recall \(e.total.recall); errors: \(e.errors)")
    #expect(e.total.precision >= 0.95)
    #expect(e.total.recall >= 0.95)
  }

  @Test func labelledSetParser() {
    let set = PIILabelledSet.parse("mail {{email:a@b.co}} and {{bogus:x}} and {{unclosed")
    #expect(set.count == 1)
    #expect(set[0].text == "mail a@b.co and {{bogus:x}} and {{unclosed")
    #expect(set[0].gold.count == 1)
    #expect(set[0].gold[0].type == .email)
    #expect(set[0].gold[0].range == 5..<11)
  }
}
