/// Open Location Codes ("plus codes"), which maps give places without a usable street address and which people in
/// Kenya, Ghana, India and elsewhere send as their address: eight characters of the code's alphabet, "+", two or
/// three more ("7JCMCRXX+2V", a spot of about 14 by 14 metres: one house), often with the town after them. A short
/// code ("CRXX+2V Nairobi") counts from a town, so it needs the town written after it.
enum PlusCode {
  /// The code's twenty characters, in either case; a full code's first character is one of the first nine
  /// (latitude) and its second one of the first eighteen (longitude).
  static let alphabet = Array("23456789CFGHJMPQRVWX".utf8)

  static func index(_ c: UInt8) -> Int? { alphabet.firstIndex(of: Bytes.isAlpha(c) ? c & 0xDF : c) }

  /// The plus codes in `b`, each with the town written after it (", Zürich", " Nairobi").
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for p in 0..<b.count where b[p] == 0x2B {
      var start = p, end = p + 1
      while start > 0, start > p - 9, index(b[start - 1]) != nil { start -= 1 }
      while end < b.count, end - p <= 4, index(b[end]) != nil { end += 1 }
      let before = p - start, after = end - p - 1
      // Whole words only: "ab7JCMCRXX+2V" or a phone's "+44" are none.
      guard after >= 2, after <= 3, start == 0 || !Bytes.isWordByte(b[start - 1]),
            end == b.count || !Bytes.isWordByte(b[end]) else { continue }
      let code = b[start..<p]
      let full = before == 8 && (index(b[start]) ?? 99) < 9 && (index(b[start + 1]) ?? 99) < 18
        && code.contains(where: Bytes.isAlpha) && code.contains(where: Bytes.isDigit)
      let town = townEnd(b, words, after: end)
      if full || (before == 4 || before == 6) && town != nil { found.append(start..<(town ?? end)) }
    }
    return found
  }

  /// The end of one to three capitalised place words right after `end`, behind a space or ", ".
  static func townEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after end: Int) -> Int? {
    guard let first = words.firstIndex(where: { $0.start > end }) else { return nil }
    let gap = words[first].start - end
    guard gap == 1 && b[end] == 0x20 || gap == 2 && b[end] == 0x2C && b[end + 1] == 0x20 else { return nil }
    var k = first
    while k < words.count, k - first < 3, LandmarkPhrase.isPlaceName(words[k]),
          k == first || ByteWords.spaced(b, words[k - 1], words[k]) {
      k += 1
    }
    return k > first ? words[k - 1].end : nil
  }
}
