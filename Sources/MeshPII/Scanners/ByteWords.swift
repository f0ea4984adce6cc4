/// The words of a text for the scanners that reason about words (names, whole addresses): runs of
/// letters and digits of any script, with `'`, `’` and `-` kept inside ("O'Connor", "Saint-Honoré").
struct ByteWord {
  var start: Int
  var end: Int
  /// The first letter is upper case (ASCII or any script).
  var capitalised: Bool
  /// Every letter is upper case and there are at least two ("IL", "NW").
  var allCaps: Bool
  var digits: Int
  var letters: Int
  /// FNV-1a of the lower-cased bytes (`Bytes.wordHash`).
  var hash: UInt64

  var length: Int { end - start }
  var isNumber: Bool { letters == 0 && digits > 0 }
}

enum ByteWords {
  static func split(_ b: UnsafeBufferPointer<UInt8>) -> [ByteWord] {
    var words: [ByteWord] = []
    let n = b.count
    var i = 0
    while i < n {
      // Skip a multi-byte symbol whole ("〒", "€", "–"): its continuation bytes must not open a word.
      guard Bytes.isWordByte(b[i]), !isPunctuationStart(b, i) else { i += b[i] >= 0xC0 ? decode(b, i).width : 1; continue }
      let start = i
      var digits = 0, letters = 0, upper = 0
      var capitalised = false
      while i < n {
        let c = b[i]
        if Bytes.isDigit(c) {
          digits += 1; i += 1
        } else if Bytes.isAlpha(c) {
          if letters == 0 && digits == 0 { capitalised = Bytes.isUpper(c) }
          if Bytes.isUpper(c) { upper += 1 }
          letters += 1; i += 1
        } else if c >= 0xC0 {
          // A multi-byte scalar: decode it to know whether it is a letter and its case.
          let (scalar, width) = decode(b, i)
          guard let s = scalar, !isPunctuationStart(b, i) else { break }
          if s.properties.isAlphabetic || s.properties.isDiacritic {
            if letters == 0 && digits == 0 { capitalised = s.properties.isUppercase }
            if s.properties.isUppercase { upper += 1 }
            letters += 1
          } else if s.properties.numericType == nil {
            break
          }
          i += width
        } else if c >= 0x80 {
          i += 1
        } else if (c == 0x27 || c == 0x2D) && i + 1 < n && Bytes.isWordByte(b[i + 1]) && i > start {
          i += 1
        } else {
          break
        }
      }
      if i == start { i += 1; continue }
      words.append(ByteWord(start: start, end: i, capitalised: capitalised, allCaps: upper >= 2 && upper == letters,
                            digits: digits, letters: letters, hash: Bytes.wordHash(b, start, i)))
    }
    return words
  }

  /// The word at `b[i]` opens with a capital: an ASCII capital, or a letter of another script that is not lower case.
  /// Letters of scripts without case ("김", "東") count, as nothing marks them as common words; "über" and "état"
  /// after a cue ("Frau Öztürk übergeben") do not, so a lower-case word does not join the name before it.
  static func startsCapitalised(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard b[i] >= 0xC0 else { return Bytes.isUpper(b[i]) }
    guard let s = decode(b, i).scalar else { return false }
    return !s.properties.isLowercase
  }

  /// A multi-byte sequence that is punctuation or a symbol (’, –, “, €, emoji): not part of a word.
  static func isPunctuationStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard b[i] >= 0xC0 else { return false }
    guard let s = decode(b, i).scalar else { return true }
    return !(s.properties.isAlphabetic || s.properties.isDiacritic || s.properties.numericType != nil)
  }

  /// The scalar starting at `b[i]` and its width in bytes (nil for a malformed sequence).
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: Unicode.Scalar?, width: Int) {
    let c = b[i]
    let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
    guard i + width <= b.count else { return (nil, 1) }
    var v = UInt32(c) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
    for k in 1..<width {
      let cc = b[i + k]
      guard cc & 0xC0 == 0x80 else { return (nil, 1) }
      v = v << 6 | UInt32(cc & 0x3F)
    }
    return (Unicode.Scalar(v), width)
  }

  /// The bytes between two words: only spaces?
  static func spaced(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    guard c.start > a.end else { return false }
    for k in a.end..<c.start where b[k] != 0x20 { return false }
    return c.start - a.end == 1
  }

  /// The bytes between two words are ", " (or "," or " , ").
  static func commaGap(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    guard c.start > a.end, c.start - a.end <= 3 else { return false }
    var commas = 0
    for k in a.end..<c.start {
      if b[k] == 0x2C { commas += 1 } else if b[k] != 0x20 { return false }
    }
    return commas == 1
  }
}
