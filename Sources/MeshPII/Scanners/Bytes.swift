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

  /// FNV-1a of the lower-cased bytes `start..<end`: words are compared by hash, without allocating.
  @inline(__always)
  static func wordHash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in start..<end { h = (h ^ UInt64(lower(b[i]))) &* 0x100_0000_01b3 }
    return h
  }

  /// FNV-1a of a lower-case word, matching `wordHash`.
  static func wordHash(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in word.utf8 { h = (h ^ UInt64(lower(c))) &* 0x100_0000_01b3 }
    return h
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
