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
  static func cue(_ b: UnsafeBufferPointer<UInt8>, before position: Int, count: Int, in cues: Set<UInt64>)
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

extension Set where Element == UInt64 {
  /// The hashes of lower-case words, for `Bytes.cue` and `Bytes.wordHash` look-ups.
  init(words: [String]) { self.init(words.map { Bytes.wordHash($0) }) }
}

/// A 256-entry table of byte flags: one load per byte instead of a set look-up.
struct ByteTable {
  private var flags = [Bool](repeating: false, count: 256)
  init(_ bytes: [UInt8]) { for b in bytes { flags[Int(b)] = true } }
  @inline(__always) subscript(_ b: UInt8) -> Bool { flags[Int(b)] }
}
