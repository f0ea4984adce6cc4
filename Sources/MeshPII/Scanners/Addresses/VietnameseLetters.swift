/// Letters only Vietnamese writes among the Latin scripts: "ư", "ơ", "ă", "đ" and the vowels with a tone mark below
/// or a hook ("ệ", "ả", "ộ", Unicode's Latin Extended Additional block). A name holding one is Vietnamese, which
/// tells a street's name without a street word ("Lý Thường Kiệt") from English words.
enum VietnameseLetters {
  /// Whether `w` holds such a letter.
  static func has(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    var i = w.start
    while i + 1 < w.end {
      let lead = b[i], next = b[i + 1]
      // U+1EA0–U+1EF9: E1 BA A0 … E1 BB B9.
      if lead == 0xE1, i + 2 < w.end, next == 0xBA && b[i + 2] >= 0xA0 || next == 0xBB && b[i + 2] <= 0xB9 { return true }
      // ư Ư (U+01B0, U+01AF), ơ Ơ (U+01A1, U+01A0): C6 B0, C6 AF, C6 A1, C6 A0; ă Ă đ Đ: C4 83, C4 82, C4 91, C4 90.
      if lead == 0xC6 && [0xA0, 0xA1, 0xAF, 0xB0].contains(next) || lead == 0xC4 && [0x82, 0x83, 0x90, 0x91].contains(next) {
        return true
      }
      i += 1
    }
    return false
  }
}
