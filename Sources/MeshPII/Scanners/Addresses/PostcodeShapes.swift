/// Postcodes of many countries by their shape, and the side of the postcode the city is written on.
/// A shape that many other numbers share (four or five digits) is `common`: it needs more around it.
enum PostcodeShapes {
  /// Where the city stands: "10115 Berlin" (after), "Bengaluru 560038" (before).
  enum CitySide { case after, before }

  /// A postcode found at a word: its last word (two-word codes such as "1016 GV", "111 21", "SW1A 1AA"),
  /// the side of its city, and whether the shape is shared by ordinary numbers.
  struct Match {
    var last: Int
    var side: CitySide
    var common: Bool
  }

  /// One country's shape: `9` a digit, `A` an upper-case letter (lower case too in text without capitals),
  /// `-` a hyphen; `second` the shape of a second word after one space.
  struct Shape {
    var first: [UInt8]
    var second: [UInt8]?
    var side: CitySide
    var common: Bool
  }

  /// The table. Order matters only between shapes of one first word: two-word shapes come first.
  static let table: [Shape] = [
    Shape("9999", "AA", .after, common: false),        // NL 1016 GV
    Shape("999", "99", .after, common: false),         // SE 111 21, CZ 110 00, GR 105 57
    Shape("99-999", nil, .after, common: false),       // PL 00-514
    Shape("9999-999", nil, .after, common: false),     // PT 1100-063
    Shape("99999-999", nil, .before, common: false),   // BR 01310-100
    Shape("999-9999", nil, .before, common: false),    // JP 150-0002
    Shape("99999-9999", nil, .before, common: false),  // US ZIP+4
    Shape("A9999", nil, .after, common: false),        // AR C1043
    Shape("A9999AAA", nil, .after, common: false),     // AR C1045AAE
    Shape("AA-99999", nil, .after, common: false),     // LT-44304
    Shape("AA-9999", nil, .after, common: false),      // LV-1010
    Shape("A9A", "9A9", .before, common: false),       // CA M5H 2S6
    Shape("A9", "9AA", .before, common: false),        // UK M1 5AN
    Shape("A99", "9AA", .before, common: false),       // UK B33 8TH
    Shape("AA9", "9AA", .before, common: false),       // UK CR2 6XH
    Shape("AA99", "9AA", .before, common: false),      // UK CF10 3AT
    Shape("A9A", "9AA", .before, common: false),       // UK W1A 0AX
    Shape("AA9A", "9AA", .before, common: false),      // UK SW1A 1AA
    Shape("A99", "A9A9", .before, common: false),      // IE T12 X2Y5 (Eircode)
    Shape("A99", "AA99", .before, common: false),      // IE W91 HX63
    Shape("A99", "9AA9", .before, common: false),      // IE D04 7WX2
    Shape("A99", "A99A", .before, common: false),      // IE T12 X70A
    Shape("A99", "9A9A", .before, common: false),
    Shape("A99", "AA9A", .before, common: false),
    Shape("A99", "A9AA", .before, common: false),
    Shape("A99", "99AA", .before, common: false),
    Shape("A99", "9A99", .before, common: false),
    Shape("A99", "A999", .before, common: false),
    Shape("99999", nil, .after, common: true),         // DE FR ES IT FI TR MY; US/KR/TH/ID/MX before: see `before`
    Shape("9999", nil, .after, common: true),          // DK AT CH BE NO HU; AU/NZ/ZA before
    Shape("999999", nil, .before, common: true),       // IN SG NG
    Shape("9999999", nil, .before, common: true),      // IL 6346508 (after the city: "Tel Aviv 6346508")
  ]

  /// Shapes whose city may also stand before them ("Sevilla 41004", "Bangkok 10110", "Cape Town 8001").
  static func bothSides(_ m: Match, _ words: [ByteWord]) -> Bool {
    m.common && words[m.last].digits <= 5
  }

  /// The postcode starting at `words[i]`, if any. `anyCase` accepts lower-case letters (text typed without
  /// capitals: "cf10 3at").
  static func match(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int, anyCase: Bool) -> Match? {
    let w = words[i]
    guard w.digits >= 1, w.length <= 10, w.letters <= 4 else { return nil }
    let next = i + 1 < words.count && ByteWords.spaced(b, w, words[i + 1])
    for s in table where fits(b, w, s.first, anyCase: anyCase) {
      // "LT-44304", "LV-1010": only a country's own letters, not a model ("GA-2100").
      if s.first.count >= 7, s.first[2] == 0x2D,
         !countryPrefixes.contains(Bytes.wordHash(b, w.start, w.start + 2)) { continue }
      if let want = s.second {
        guard next, fits(b, words[i + 1], want, anyCase: anyCase) else { continue }
        // "1500 GB", "250 ML": a quantity and its unit have the Dutch shape.
        if want == dutchLetters, units.contains(words[i + 1].hash) { continue }
        return Match(last: i + 1, side: s.side, common: s.common)
      }
      return Match(last: i, side: s.side, common: s.common)
    }
    return nil
  }

  /// Countries that write their letters before the postcode ("LT-44304").
  static let countryPrefixes = WordSet(words: ["lt", "lv", "ee", "fi", "se", "ch", "at", "de", "fr", "it", "es", "pl",
                                               "pt", "hr", "si", "sk", "cz", "hu", "ro", "bg", "gr", "lu", "be", "nl",
                                               "dk", "no", "is", "ua", "rs", "md"])

  /// The Dutch postcode's letters ("1016 GV").
  static let dutchLetters = Array("AA".utf8)
  /// Units written after a number in the Dutch postcode's shape: "1500 GB" is storage, not a postcode.
  static let units = WordSet(words: ["gb", "mb", "kb", "tb", "pb", "kg", "mg", "cm", "mm", "km", "ml", "cl", "dl",
                                     "hz", "am", "pm", "lb", "oz", "ft", "in", "pc", "ct", "mp", "hp", "kw", "mw"])

  /// Whether a word has a shape (`9` a digit, `A` a capital, other bytes as they are), without allocating.
  static func fits(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord, _ pattern: [UInt8], anyCase: Bool) -> Bool {
    guard w.length == pattern.count else { return false }
    for k in 0..<pattern.count {
      let c = b[w.start + k]
      switch pattern[k] {
      case 0x39: guard Bytes.isDigit(c) else { return false }
      case 0x41: guard Bytes.isUpper(c) || anyCase && Bytes.isLower(c) else { return false }
      default: guard c == pattern[k] else { return false }
      }
    }
    return true
  }
}

extension PostcodeShapes.Shape {
  init(_ first: String, _ second: String?, _ side: PostcodeShapes.CitySide, common: Bool) {
    self.init(first: Array(first.utf8), second: second.map { Array($0.utf8) }, side: side, common: common)
  }
}
