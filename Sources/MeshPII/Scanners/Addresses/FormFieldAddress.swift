/// The parts of an address pasted from a form, one field each ("City: Leeds", "Postcode: LS6 2AB", "Zip code:
/// 97201"): after a field's label and a colon, its value is part of the writer's address even when it is a city
/// alone. The value ends at the text's end, a comma, semicolon, "|", " / " or the next label.
enum FormFieldAddress {
  /// Labels whose value is an address part in any text. "State", "county" and "province" also name an order's
  /// state or a product's origin: they count only where the text holds another address.
  static let labels = WordSet(words: ["city", "town", "zip", "zipcode", "postcode", "suburb", "locality", "village"])
  static let weakLabels = WordSet(words: ["state", "county", "province", "region", "prefecture"])
  /// First words of two-word labels: "zip code", "postal code", "post code".
  static let codeLabels = WordSet(words: ["zip", "postal", "post"])
  static let code = Bytes.wordHash("code")

  /// Whether a label's word stands right before a colon in `b`: text without one is not split for this rule.
  static func mayHold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var p = 0
    while let colon = b[p...].firstIndex(of: 0x3A) {
      var s = colon
      while s > 0, Bytes.isAlpha(b[s - 1]) { s -= 1 }
      let h = Bytes.wordHash(b, s, colon)
      if labels.contains(h) || weakLabels.contains(h) || h == code { return true }
      p = colon + 1
    }
    return false
  }

  /// The field values in `b` (whose words are `words`), as byte ranges; `otherAddress` when the text already
  /// holds an address.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], otherAddress: Bool) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for k in words.indices {
      let w = words[k]
      guard w.end < b.count, b[w.end] == 0x3A, w.digits == 0 else { continue }
      let strong = labels.contains(w.hash) || w.hash == code && k > 0 && codeLabels.contains(words[k - 1].hash)
      guard strong || otherAddress && weakLabels.contains(w.hash) else { continue }
      // A label opens its field: it starts the text or follows a separator, not a sentence ("what city: …").
      let labelStart = w.hash == code && k > 0 ? words[k - 1].start : w.start
      guard opensField(b, at: labelStart) else { continue }
      if let r = value(b, words, after: k) { found.append(r) }
    }
    return found
  }

  /// Whether only spaces stand between `p` and the text's start or a field separator before it.
  static func opensField(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
    var i = p - 1
    while i >= 0, b[i] == 0x20 { i -= 1 }
    return i < 0 || isSeparator(b[i])
  }

  /// ",", ";", "|", "/" and "-" part fields on one line.
  static func isSeparator(_ c: UInt8) -> Bool { c == 0x2C || c == 0x3B || c == 0x7C || c == 0x2F || c == 0x2D }

  /// The value after the label `words[k]`: up to four words, capitalised or holding a digit, before a
  /// separator, the text's end or the next label; nil when there is none.
  static func value(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int) -> Range<Int>? {
    var e = k
    while e + 1 < words.count, e - k < 4 {
      let w = words[e + 1]
      let gap = words[e].end..<w.start
      // The first word after ": "; the others after single spaces.
      if e == k {
        guard gap.allSatisfy({ b[$0] == 0x3A || b[$0] == 0x20 }) else { break }
      } else {
        guard gap.count == 1, b[gap.lowerBound] == 0x20 else { break }
      }
      guard w.capitalised || w.digits > 0 else { break }
      // The next field's label ("Leeds Postcode: …").
      if w.end < b.count, b[w.end] == 0x3A { break }
      e += 1
    }
    guard e > k else { return nil }
    return words[k + 1].start..<words[e].end
  }
}
