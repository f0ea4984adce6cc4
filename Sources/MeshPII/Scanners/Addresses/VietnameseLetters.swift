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

/// Vietnamese addresses typed without accents ("so 12 duong Le Loi, phuong Ben Nghe, quan 1, TP HCM", "27 Tran Hung
/// Dao, Hai Chau, Da Nang"): the letters that tell them from English are gone, so the words around the number do.
extension VietnameseLetters {
  /// Street words after the house's number: "duong" (street), "pho" (street in the north), "ngo"/"hem" (lane).
  static let streetWords = WordSet(words: ["duong", "đường", "pho", "phố", "ngo", "ngõ", "hem", "hẻm"])
  static let so = Bytes.wordHash("so")

  /// Whether `words[k]` is "so" (số, number) before a house number and a street word ("so 12 duong Le Loi").
  static func isNumberWord(_ words: [ByteWord], _ k: Int) -> Bool {
    words[k].hash == so && k + 2 < words.count && words[k + 1].isNumber && streetWords.contains(words[k + 2].hash)
  }

  /// The last words of Vietnam's cities ("Da Nang", "Ha Noi", "Hai Phong", "Can Tho", "Ho Chi Minh", "TP HCM"): an
  /// address's closing segment ending so is Vietnamese.
  static let cityEnds = WordSet(words: ["nang", "noi", "hanoi", "hue", "phong", "tho", "trang", "tau", "minh", "hcm",
                                        "saigon", "nhon", "thuot", "dinh", "ninh"])
}
