/// ASCII byte classes and small look-behind helpers shared by the scanners.
enum Bytes {
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
  @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
  @inline(__always) static func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
  @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isAlpha(c) }
  @inline(__always) static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 0x61 < 6 }
  @inline(__always) static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }
  /// A letter of any script: ASCII letters, or any byte of a multi-byte UTF-8 sequence.
  @inline(__always) static func isWordByte(_ c: UInt8) -> Bool { isAlnum(c) || c >= 0x80 }

  /// FNV-1a of the lower-cased bytes `start..<end`: words are compared by hash, without allocating. Capitals of the
  /// two-byte letters (Latin-1, Latin Extended-A, Romanian comma letters, Greek, Cyrillic) are folded too, so a
  /// name the lexicon lists in lower case matches when written "Łukasz", "Öztürk", "Élodie", "Ștefan" or "Иван".
  @inline(__always)
  static func wordHash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = start
    while i < end {
      let c = b[i]
      if c &- 0xC3 < 0x10, i + 1 < end, b[i + 1] & 0xC0 == 0x80 {
        let scalar = lowerTwoByteLetter(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))
        h = (h ^ UInt64(0xC0 | scalar >> 6)) &* 0x100_0000_01b3
        h = (h ^ UInt64(0x80 | scalar & 0x3F)) &* 0x100_0000_01b3
        i += 2
      } else {
        h = (h ^ UInt64(lower(c))) &* 0x100_0000_01b3
        i += 1
      }
    }
    return h
  }

  /// FNV-1a of a word, matching `wordHash` of the same bytes.
  static func wordHash(_ word: String) -> UInt64 {
    let bytes = Array(word.utf8)
    return bytes.withUnsafeBufferPointer { wordHash($0, 0, $0.count) }
  }

  /// The lower-case letter of a scalar from U+00C0 to U+04BF (two bytes in UTF-8, as is every result), or the
  /// scalar itself. Only case pairs whose small letter is two bytes too are folded ("İ" lowers to ASCII "i": kept).
  @inline(__always)
  static func lowerTwoByteLetter(_ v: UInt32) -> UInt32 {
    switch v {
    case 0xC0...0xDE where v != 0xD7: return v + 0x20  // À…Þ, not ×
    case 0x100...0x12F, 0x132...0x137, 0x14A...0x177, 0x218...0x21F, 0x222...0x233, 0x490...0x4BF:
      return v | 1  // pairs with the capital at the even code point: Ā ā … Ő ő, Ș ș, Ґ ґ
    case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? v + 1 : v  // Ĺ ĺ … Ł ł … Ň ň, Ź ź … Ž ž
    case 0x178: return 0xFF  // Ÿ
    case 0x386: return 0x3AC  // Ά
    case 0x388...0x38A: return v + 0x25  // Έ Ή Ί
    case 0x38C: return 0x3CC  // Ό
    case 0x38E...0x38F: return v + 0x3F  // Ύ Ώ
    case 0x391...0x3AB where v != 0x3A2: return v + 0x20  // Α…Ω, Ϊ Ϋ
    case 0x400...0x40F: return v + 0x50  // Ѐ…Џ
    case 0x410...0x42F: return v + 0x20  // А…Я
    default: return v
    }
  }

  /// Whether any of the up to `count` words just before `position` is in `cues`, skipping spaces and
  /// light punctuation (`#`, `:`, `.`, `,`, `-`, `(`).
  static func cue(_ b: UnsafeBufferPointer<UInt8>, before position: Int, count: Int, in cues: WordSet)
    -> Bool {
    var seen = 0
    var i = position - 1
    while seen < count && i >= 0 {
      while i >= 0, b[i] == 0x20 || b[i] == 0x23 || b[i] == 0x3A || b[i] == 0x2E || b[i] == 0x2C
        || b[i] == 0x2D || b[i] == 0x28 || b[i] == 0x09 { i -= 1 }
      guard i >= 0, isAlpha(b[i]) else { return false }
      let end = i + 1
      while i >= 0, isAlpha(b[i]) { i -= 1 }
      if cues.contains(wordHash(b, i + 1, end)) { return true }
      seen += 1
    }
    return false
  }

  /// Whether the token just before `position` (ending in one space) mixes letters and digits, as the
  /// parts of a longer identifier do ("DE89 3704 …", "BA 2490" does not count: no digit in "BA").
  static func followsMixedToken(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    guard position >= 2, b[position - 1] == 0x20, isAlnum(b[position - 2]) else { return false }
    var i = position - 2
    var letters = false, digits = false
    while i >= 0 && isAlnum(b[i]) {
      if isDigit(b[i]) { digits = true } else { letters = true }
      i -= 1
    }
    return letters && digits
  }

  /// Whether the bytes at `position` spell `word` (lower-case ASCII) case-insensitively.
  @inline(__always)
  static func matches(_ b: UnsafeBufferPointer<UInt8>, at position: Int, _ word: [UInt8]) -> Bool {
    guard position + word.count <= b.count else { return false }
    for j in 0..<word.count where lower(b[position + j]) != word[j] { return false }
    return true
  }
}

/// A set of word hashes (see `Bytes.wordHash`), searched by bisection: much cheaper than `Set`'s
/// seeded SipHash for the few dozen cue words a scanner checks on every candidate.
struct WordSet: Sendable {
  private let sorted: [UInt64]

  /// The set of lower-case `words`.
  init(words: [String]) { sorted = Array(Swift.Set(words.map { Bytes.wordHash($0) })).sorted() }

  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) >> 1
      let v = sorted[mid]
      if v == hash { return true }
      if v < hash { low = mid + 1 } else { high = mid }
    }
    return false
  }
}

/// 256 byte flags in four words: one shift and mask per byte, no array access.
struct ByteTable: Sendable {
  private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  init(_ bytes: [UInt8]) {
    for b in bytes {
      let bit = UInt64(1) << UInt64(b & 63)
      switch b >> 6 {
      case 0: bits.0 |= bit
      case 1: bits.1 |= bit
      case 2: bits.2 |= bit
      default: bits.3 |= bit
      }
    }
  }
  @inline(__always) subscript(_ b: UInt8) -> Bool {
    let word: UInt64
    switch b >> 6 {
    case 0: word = bits.0
    case 1: word = bits.1
    case 2: word = bits.2
    default: word = bits.3
    }
    return word & (UInt64(1) << UInt64(b & 63)) != 0
  }
}
