/// An address's lines pasted from a form or read out one by one ("Address line 1: Flat 9, Kingsley House", "line 2:
/// Leeds LS6 2AB", "second line Choi Hung Estate, Ngau Chi Wan"): after the label the rest of the text is that line of
/// the writer's address, commas and all, even a place alone. "line 1 of the form is too short" has no line after it.
enum AddressLineField {
  static let line = Bytes.wordHash("line")
  /// Ordinals that name an address's line without a colon ("first line Flat 21, Block 6").
  static let ordinals = WordSet(words: ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"])

  /// Whether `b` holds "line" in any case: text without it is not split for this rule.
  static func mayHold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard b.count >= 4 else { return false }
    for i in 0...(b.count - 4) where Bytes.lower(b[i]) == 0x6C && Bytes.lower(b[i + 1]) == 0x69
      && Bytes.lower(b[i + 2]) == 0x6E && Bytes.lower(b[i + 3]) == 0x65 { return true }
    return false
  }

  /// The lines' values in `b` (whose words are `words`), as byte ranges.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for k in words.indices where words[k].hash == line {
      // "line 1:", "Address line 2:" with a colon; "first line", "second line" without one.
      var v = k + 1
      if v < words.count, words[v].isNumber, words[v].digits == 1 { v += 1 }
      guard v < words.count, v > 0 else { continue }
      let gap = words[v - 1].end..<words[v].start
      let colon = gap.contains { b[$0] == 0x3A }
      guard colon || k > 0 && ordinals.contains(words[k - 1].hash) && v == k + 1 else { continue }
      guard gap.allSatisfy({ b[$0] == 0x3A || b[$0] == 0x20 }), let end = valueEnd(b, words, from: v) else { continue }
      found.append(words[v].start..<words[end].end)
    }
    return found
  }

  /// The last word of a line's value starting at `words[v]`: up to eight words, each capitalised, a number, a
  /// particle or a unit's word after the first ("Escalier C, 4e étage"), with single spaces or ", " between, running
  /// to the text's end or a line break.
  static func valueEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from v: Int) -> Int? {
    var e = v
    while true {
      let w = words[e]
      guard w.capitalised || w.digits > 0
        || e > v && (AddressVocabulary.particles.contains(w.hash) || AddressVocabulary.units.contains(w.hash)) else { return nil }
      guard e + 1 < words.count else { return e }
      let gap = w.end..<words[e + 1].start
      if gap.contains(where: { b[$0] == 0x0A }) { return e }
      guard e - v < 7, gap.count <= 2, gap.allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2C }) else { return nil }
      e += 1
    }
  }
}
