import Testing
import MeshPII

@Suite struct PIIRobustnessTests {
  /// Random texts made of the characters the scanners care about: no crash, spans inside the text,
  /// in order, without overlaps, and scalar offsets that cut the same text as the byte offsets.
  @Test func randomTextsGiveConsistentSpans() {
    let alphabet = Array("0123456789 +-()./:@#$€£,abcXYZ DEGB é👋\n'_%".unicodeScalars)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state ^= state << 13; state ^= state >> 7; state ^= state << 17
      return state
    }
    let detector = PIIDetector()
    var found = 0
    for _ in 0..<3000 {
      var view = String.UnicodeScalarView()
      for _ in 0..<Int(next() % 60) { view.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
      let text = String(view)
      let scalars = Array(text.unicodeScalars)
      let bytes = Array(text.utf8)
      var lastEnd = 0
      for m in detector.detect(in: text) {
        found += 1
        #expect(m.utf8Range.lowerBound >= lastEnd && m.utf8Range.upperBound <= bytes.count)
        #expect(m.scalarRange.upperBound <= scalars.count)
        var cut = String.UnicodeScalarView()
        cut.append(contentsOf: scalars[m.scalarRange])
        #expect(String(cut) == m.value)
        #expect(String(decoding: bytes[m.utf8Range], as: UTF8.self) == m.value)
        lastEnd = m.utf8Range.upperBound
      }
    }
    print("random texts: \(found) findings")
  }

  @Test func emptyAndTinyTexts() {
    let detector = PIIDetector()
    for text in ["", "@", "+", "(", "1", "::", "a@b", "+1", "my name is", "my name is ", "I'm", "12 ", "DE89"] {
      #expect(detector.detect(in: text).isEmpty, "\(text)")
    }
  }
}
