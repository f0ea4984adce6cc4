/// National identity numbers that mix letters and digits, reported as `.ssn`: the UK National
/// Insurance number ("QQ 12 34 56 C", "AB123456C") and the Spanish DNI/NIE ("12345678Z", "X1234567L").
enum LetteredIDScanner {
  static let ninoCues = WordSet(words: ["insurance", "ni", "nino", "nin"])
  static let dniCues = WordSet(words: ["dni", "nie", "nif", "documento", "identidad"])
  /// The DNI's check letter is this table at the number modulo 23.
  private static let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    while i < n {
      // Only at the start of a word.
      guard Bytes.isAlnum(b[i]), i == 0 || !Bytes.isWordByte(b[i - 1]) else { i += 1; continue }
      if let end = nino(b, at: i) ?? dni(b, at: i) {
        out.append(Candidate(type: .ssn, start: i, end: end))
        i = end
        continue
      }
      while i < n && Bytes.isWordByte(b[i]) { i += 1 }
    }
  }

  /// Whether `position` ends a word: the end of the text or a byte that is not part of one.
  private static func endsWord(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    position >= b.count || !Bytes.isWordByte(b[position])
  }

  /// Two letters, three pairs of digits and a suffix A-D, with or without single spaces. After an NI
  /// cue any letters do (examples such as "QQ" are what people paste); without one the prefix must be
  /// one HMRC issues (no D, F, I, Q, U, V; no O second) and no business word may stand before it.
  static func nino(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    let n = b.count
    guard start + 9 <= n, Bytes.isUpper(b[start]), Bytes.isUpper(b[start + 1]) else { return nil }
    var i = start + 2
    var spaced: Bool?
    for _ in 0..<3 {
      let space = i < n && b[i] == 0x20
      if spaced == nil { spaced = space } else if spaced != space { return nil }
      if space { i += 1 }
      guard i + 2 <= n, Bytes.isDigit(b[i]), Bytes.isDigit(b[i + 1]) else { return nil }
      i += 2
    }
    let space = i < n && b[i] == 0x20
    if space != (spaced ?? false) { return nil }
    if space { i += 1 }
    guard i < n, b[i] &- 0x41 < 4, endsWord(b, i + 1) else { return nil }
    if Bytes.cue(b, before: start, count: 3, in: ninoCues) { return i + 1 }
    let banned: Set<UInt8> = [0x44, 0x46, 0x49, 0x51, 0x55, 0x56]  // D F I Q U V
    guard !banned.contains(b[start]), !banned.contains(b[start + 1]), b[start + 1] != 0x4F,
          !Bytes.cue(b, before: start, count: 3, in: NumberScanner.businessCues) else { return nil }
    return i + 1
  }

  /// Eight digits and the check letter (DNI), or X/Y/Z, seven digits and the letter (NIE), after a cue.
  static func dni(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    let n = b.count
    guard start + 9 <= n else { return nil }
    var value = 0
    var i = start
    switch Bytes.lower(b[i]) {
    case 0x78: value = 0; i += 1
    case 0x79: value = 1; i += 1
    case 0x7A: value = 2; i += 1
    default: break
    }
    while i < start + 8 {
      guard Bytes.isDigit(b[i]) else { return nil }
      value = value * 10 + Int(b[i] - 0x30)
      i += 1
    }
    if b[i] == 0x2D && i + 1 < n { i += 1 }
    guard i < n, Bytes.isAlpha(b[i]), endsWord(b, i + 1), dniLetters[value % 23] == b[i] & 0xDF,
          Bytes.cue(b, before: start, count: 3, in: dniCues) else { return nil }
    return i + 1
  }
}
