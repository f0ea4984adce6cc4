import Testing
import MeshIntent

@Suite struct EntityRobustnessTests {
  /// Random utterances from words and symbols the extractor reacts to: no crash, spans inside the
  /// text, and values of typed spans taken from the text.
  @Test func randomUtterances() {
    let pieces = ["order", "#", "123456", "tracking", "1Z999AA10123456784", "invoice", "INV-2024-001", "$", "50",
                  "€", "45,50", "under", "between", "and", "dollars", "2", "pairs", "red", "shoes", "next", "friday",
                  "march", "3rd", ",", "2024-05-01", "paris", "New", "York", "a@b.co", "+44", "20", "7946", "0958",
                  "qty", ":", "three", "of", "the", "👋🏽", "Grüße", "in", "to", "max", "up", "ago", "days", "?"]
    var state: UInt64 = 0xDEAD_BEEF_CAFE_F00D
    func next() -> Int {
      state ^= state << 13; state ^= state >> 7; state ^= state << 17
      return Int(state % UInt64(Int.max))
    }
    let extractor = EntityExtractor()
    for _ in 0..<600 {
      let text = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " ")
      let count = text.unicodeScalars.count
      for e in extractor.extract(from: text, searchPhrase: next() % 2 == 0) {
        #expect(e.start >= 0 && e.start < e.end && e.end <= count, "\(e) in \(text)")
      }
    }
  }

  @Test func emptyUtterance() {
    #expect(EntityExtractor().extract(from: "", searchPhrase: true).isEmpty)
    let a = IntentEngine().analyze("")
    #expect(a.entities.isEmpty)
    #expect(a.confidence >= 0 && a.confidence <= 1)
  }
}
