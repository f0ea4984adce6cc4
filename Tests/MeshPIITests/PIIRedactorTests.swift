import Testing
import MeshPII

@Suite struct PIIRedactorTests {
  let text = "I'm Dana, mail dana@example.com, card 4111-1111-1111-1111, call +44 20 7946 0958."

  @Test func placeholders() {
    let out = PIIRedactor(mode: .placeholder).redact(text)
    #expect(out == "I'm [NAME], mail [EMAIL], card [CARD], call [PHONE].")
  }

  @Test func maskKeepsShapeAndCardTail() {
    let out = PIIRedactor(mode: .mask).redact(text)
    #expect(out == "I'm ****, mail ****@*******.***, card ****-****-****-1111, call +** ** **** ****.")
  }

  @Test func keyedHashIsStableAndKeyed() {
    let a = PIIRedactor(mode: .hash(key: Array("k1".utf8)))
    let b = PIIRedactor(mode: .hash(key: Array("k2".utf8)))
    let one = a.redact("mail Dana@Example.com")
    let two = a.redact("mail dana@example.com")
    #expect(one == two, "normalised before hashing")
    #expect(one.hasPrefix("mail [EMAIL:") && one.hasSuffix("]"))
    #expect(one.count == "mail [EMAIL:]".count + 16)
    #expect(a.redact("call +44 20 7946 0958") == a.redact("call +44 2079460958"))
    #expect(one != b.redact("mail dana@example.com"), "another key gives another pseudonym")
    #expect(one != a.redact("mail dan@example.com"))
  }

  @Test func textWithoutPIIIsUnchanged() {
    let clean = "order #123456 for $45.50 on 2024-05-01 — ünïcödé stays"
    #expect(PIIRedactor(mode: .placeholder).redact(clean) == clean)
  }

  @Test func matchesReferToTheOriginal() {
    let (out, matches) = PIIRedactor(mode: .placeholder).redactWithMatches("a 🙂 b@c.de")
    #expect(out == "a 🙂 [EMAIL]")
    #expect(matches.map(\.scalarRange) == [4..<10])
  }
}
