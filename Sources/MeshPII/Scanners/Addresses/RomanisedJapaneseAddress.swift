/// Japanese addresses in Latin letters by block, without the hyphens of "2-16-8" ("5 Chome 3 12 Ginza Chuo City Tokyo
/// 104 0061"), and Sapporo's grid ("Kita 5-jo Nishi 2-chome 5"): the chōme with its number before it and the block's
/// after it, then the district, ward and city in capitals up to the postcode. The rules for other countries read the
/// numbers as a list and the capitalised words as a sentence's.
enum RomanisedJapaneseAddress {
  static let chome = Bytes.wordHash("chome")
  /// Sapporo's grid directions before "N-jo" and before the chōme ("Kita 5-jo Nishi 2-chome").
  static let directions = WordSet(words: ["kita", "minami", "higashi", "nishi"])

  /// The addresses in `words`, as byte ranges.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for k in words.indices {
      let w = words[k]
      // "5 Chome" (a word of its own after the number) or "2-chome" (one word).
      let glued = w.digits > 0 && w.letters == 5 && endsInChome(b, w)
      guard glued || w.hash == chome && k > 0 && words[k - 1].isNumber && words[k - 1].digits <= 2 else { continue }
      var s = glued ? k : k - 1
      // "Kita 5-jo Nishi": the grid's words before it.
      while s > 0, s > k - 4, directions.contains(words[s - 1].hash) && words[s - 1].capitalised
              || words[s - 1].digits > 0 && words[s - 1].letters == 2 && hyphenated(b, words[s - 1]) { s -= 1 }
      // The block and house numbers, then places in capitals and the postcode (3 and 4 digits).
      var e = k, numbers = 0
      while e + 1 < words.count, words[e + 1].isNumber, words[e + 1].digits <= 3, numbers < 2,
            gapOK(b, words[e], words[e + 1]) { e += 1; numbers += 1 }
      guard numbers > 0 else { continue }
      var j = e
      while j + 1 < words.count, j - e < 8, gapOK(b, words[j], words[j + 1]) {
        let n = words[j + 1]
        if n.isNumber, n.digits == 3, j + 2 < words.count, words[j + 2].isNumber, words[j + 2].digits == 4 {
          e = j + 2
          break
        }
        if n.isNumber, n.digits == 7 || n.digits == 8 && hyphenated(b, n) { e = j + 1; break }
        guard n.capitalised, n.digits == 0 else { break }
        j += 1
        e = j
      }
      out.append(words[s].start..<words[e].end)
    }
    return out
  }

  static func endsInChome(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let suffix = Array("-chome".utf8)
    guard w.length > suffix.count else { return false }
    return (0..<suffix.count).allSatisfy { Bytes.lower(b[w.end - suffix.count + $0]) == suffix[$0] }
  }

  static func hyphenated(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    (w.start..<w.end).contains { b[$0] == 0x2D }
  }

  /// Spaces, or one comma and spaces, between two words.
  static func gapOK(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    let r = a.end..<c.start
    return r.count >= 1 && r.count <= 3 && r.allSatisfy { b[$0] == 0x20 || b[$0] == 0x2C }
      && r.filter({ b[$0] == 0x2C }).count <= 1
  }
}
