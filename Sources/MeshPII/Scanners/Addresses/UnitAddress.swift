/// A flat, unit or suite named alone, as people correct or complete an address in a later line ("it should read
/// Apt 2207", "come to Suite 210", "the building is Bldg 4, Floor 2", "Flat 2/1"): the unit word and its number.
/// Only words that name a dwelling open one; "floor" or "level" join one already open.
enum UnitAddress {
  static let openers = WordSet(words: ["flat", "apt", "apartment", "appt", "unit", "suite", "ste", "bldg", "apto",
                                       "wohnung", "whg", "appartement"])
  static let followers = WordSet(words: ["floor", "fl", "level", "room", "flat", "apt", "unit", "suite"])
  /// Words after a number that make it a count or a measure, not a unit's number ("unit 2 pieces").
  static let measures = WordSet(words: ["stars", "star", "items", "pieces", "pcs", "units", "days", "hours", "minutes",
                                        "percent", "x", "times", "lessons", "chapters", "pages"])

  /// The units named in `b` (whose words are `words`), as byte ranges.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var k = 0
    while k + 1 < words.count {
      guard openers.contains(words[k].hash), let end = number(b, words, k + 1, after: k),
            k == 0 || words[k - 1].digits == 0 else { k += 1; continue }
      var last = end
      // ", Floor 2", " floor 3".
      while last + 2 < words.count, followers.contains(words[last + 1].hash),
            words[last + 1].start - words[last].end <= 2, let e = number(b, words, last + 2, after: last + 1) {
        last = e
      }
      var stop = words[last].end
      // "Flat 2/1": the stair's number after a slash.
      if stop + 1 < b.count, b[stop] == 0x2F, last + 1 < words.count, words[last + 1].start == stop + 1,
         words[last + 1].isNumber { stop = words[last + 1].end }
      found.append(words[k].start..<stop)
      k = last + 1
    }
    return found
  }

  /// `k` when `words[k]` is a unit's number right after the unit word `words[u]` (one space, or ". " / " #"):
  /// digits, perhaps with a letter or two ("2207", "4d", "3C"), not a measure or share ("5%", "2 stars").
  static func number(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int, after u: Int) -> Int? {
    guard k < words.count else { return nil }
    let w = words[k]
    guard w.digits > 0, w.letters <= 2, w.length <= 6, w.start - words[u].end <= 3,
          (words[u].end..<w.start).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2E || b[$0] == 0x23 }) else { return nil }
    if w.end < b.count, b[w.end] == 0x25 { return nil }
    // "unit 2nd bn": an ordinal names a battalion or a place in a row, never a flat.
    if AddressScanner.ordinal(b, at: w.start) != nil { return nil }
    if k + 1 < words.count, words[k + 1].start == w.end + 1,
       measures.contains(words[k + 1].hash) { return nil }
    return k
  }
}
