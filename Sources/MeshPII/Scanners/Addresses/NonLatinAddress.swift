/// Addresses written in Arabic, Hebrew, Greek, Devanagari, Bengali or Thai script, with ASCII digits or the script's
/// own ("شارع التحرير 14، الدقي، الجيزة 12611", "Οδός Ερμού 25, Αθήνα 105 63", "বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫",
/// "99/12 หมู่ 4 ตำบลบางพูด อำเภอปากเกร็ด นนทบุรี 11120"). The Latin rules read capitals and street words these scripts do
/// not have; here an address opens at a street, house, building or box word of the script with its number near, and
/// runs over the script's words and numbers (commas and the Arabic comma between them) to a postcode, or to the end of
/// its last short segment. A street or district named alone, without a number, stays.
enum NonLatinAddress {
  /// Adds the addresses in `b` to `out`.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    guard b.contains(where: { $0 >= 0xCD && $0 <= 0xDB || $0 == 0xE0 }) else { return }
    let words = ByteWords.split(b)
    guard words.count >= 3 else { return }
    var i = 0
    while i < words.count {
      guard isAnchor(b, words[i]), let r = address(b, words, anchor: i) else { i += 1; continue }
      out.append(Candidate(type: .address, start: words[r.lowerBound].start, end: words[r.upperBound].end))
      i = r.upperBound + 1
    }
  }

  /// The words of the address opened by the anchor word at `a`, or nil when it holds too little.
  static func address(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], anchor a: Int) -> ClosedRange<Int>? {
    // A house number written before its word ("99/12 หมู่ 4", "123/45 ซอย…") opens the address.
    var start = a
    while start > 0, start - a > -3, digitCount(b, words[start - 1]) != nil,
          joins(b, words[start - 1], words[start], allowComma: false) { start -= 1 }
    // The anchor's own number within its segment ("مبنى 27", "मकान नं 45", "Οδός Ερμού 25"), or just before it.
    var houseNumber: Int? = start < a ? a - 1 : nil
    var j = a + 1
    while houseNumber == nil, j < words.count, j - a <= 3, joins(b, words[j - 1], words[j], allowComma: false) {
      if digitCount(b, words[j]) != nil { houseNumber = j }
      guard isScriptWord(b, words[j]) || digitCount(b, words[j]) != nil else { break }
      j += 1
    }
    guard let house = houseNumber else { return nil }
    // The run: the script's words and numbers, joined by spaces, commas, dashes or slashes, at most 16 words.
    var end = a
    var segments = 1, postcode: Int? = nil
    while end + 1 < words.count, end + 1 - start < 16 {
      let next = words[end + 1]
      guard isScriptWord(b, next) || digitCount(b, next) != nil, joins(b, words[end], next, allowComma: true),
            !isChatWord(b, next) else { break }
      if comma(b, words[end], next) { segments += 1 }
      end += 1
      // A postcode after a place's name, past the house's number: four to six digits ("الجيزة 12611", "ঢাকা ১২০৫"),
      // or Greece's "105 63" in two groups.
      guard end > house + 1, isScriptWord(b, words[end - 1]), let d = digitCount(b, next) else { continue }
      if d >= 4 && d <= 6 {
        postcode = end
      } else if d == 3, end + 1 < words.count, digitCount(b, words[end + 1]) == 2,
                joins(b, next, words[end + 1], allowComma: false) {
        end += 1
        postcode = end
      }
    }
    if let p = postcode { return start...p }
    // Without a postcode: whole comma-separated segments, the last ended by the text or a sentence's end, and at
    // least two of them ("ص.ب 5521، الدوحة، قطر").
    guard segments >= 2, closes(b, after: words[end]) else { return nil }
    return start...end
  }

  /// Words that open an address in these scripts: street, road, lane, district, building, house, villa, flat, floor,
  /// sector, PO box; Thai's soi, moo, tambon, khwaeng, amphoe and khet also glued to their names ("ซอยลาดพร้าว").
  static func isAnchor(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard isScriptWord(b, w) else { return false }
    let word = Array(UnsafeBufferPointer(rebasing: b[w.start..<w.end]))
    if anchors.contains(word) { return true }
    // "ص.ب" (PO box): the letters either side of the dot are two words.
    if word == Self.sad, w.end + 2 < b.count, b[w.end] == 0x2E { return true }
    return thaiPrefixes.contains { p in word.count > p.count && word.starts(with: p) } || thaiPrefixes.contains(word)
  }

  static let sad: [UInt8] = Array("ص".utf8)

  static let anchors: Set<[UInt8]> = Set([
    // Arabic
    "شارع", "طريق", "حي", "مبنى", "عمارة", "بناية", "فيلا", "شقة", "منزل", "ميدان", "جادة", "الطابق", "زقاق",
    // Persian and Urdu
    "خیابان", "کوچه", "پلاک", "مکان",
    // Hebrew
    "רחוב", "רח׳", "שדרות", "שד׳", "דירה", "ת.ד",
    // Greek, both cases
    "Οδός", "οδός", "ΟΔΟΣ", "Λεωφόρος", "λεωφόρος", "Λεωφ", "Πλατεία", "πλατεία",
    // Devanagari (Hindi, Marathi, Nepali)
    "मकान", "गली", "सेक्टर", "मार्ग", "रोड", "फ्लैट", "ब्लॉक", "मोहल्ला", "कॉलोनी", "प्लॉट", "घर",
    // Bengali
    "বাড়ি", "বাসা", "রোড", "সড়ক", "ফ্ল্যাট", "ব্লক", "সেক্টর", "লেন", "হাউস",
  ].map { Array($0.utf8) })

  /// Thai address words, often written against the name they open.
  static let thaiPrefixes: [[UInt8]] = ["ซอย", "ถนน", "หมู่", "ตำบล", "แขวง", "อำเภอ", "เขต", "เลขที่", "บ้านเลขที่"]
    .map { Array($0.utf8) }

  /// Polite endings and request words that close a Thai, Arabic or Hindi sentence after the address ("… 10310 ค่ะ",
  /// "لو سمحت", "भेजो"): not part of it.
  static let chatWords: Set<[UInt8]> = Set(["ค่ะ", "ครับ", "คะ", "นะ", "นะคะ", "นะครับ", "จ้า", "لو", "من", "الرجاء",
                                            "شكرا", "प्लीज़", "कृपया", "भेजो", "भेजें", "पर", "দয়া", "প্লিজ"]
    .map { Array($0.utf8) })

  static func isChatWord(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    chatWords.contains(Array(UnsafeBufferPointer(rebasing: b[w.start..<w.end])))
  }

  /// A word of one of these scripts (its first scalar): Greek, Hebrew, Arabic, Devanagari, Bengali, Thai.
  static func isScriptWord(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.letters > 0, w.start + 1 < b.count else { return false }
    let c = b[w.start], d = b[w.start + 1]
    if c >= 0xCD && c <= 0xCF || c >= 0xD7 && c <= 0xDB { return true }
    return c == 0xE0 && (d >= 0xA4 && d <= 0xA7 || d == 0xB8 || d == 0xB9)
  }

  /// The number of digits when the word is a number (ASCII or another script's digits, a letter after them allowed:
  /// "3B"), else nil.
  static func digitCount(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Int? {
    if w.digits > 0 { return w.letters <= 1 && w.digits <= 9 ? w.digits : nil }
    var i = w.start, count = 0
    while i < w.end {
      guard let d = NumberScanner.scriptDigit(b, at: i) else { return nil }
      count += 1
      i += d.width
    }
    return count > 0 && count <= 9 ? count : nil
  }

  /// Whether two neighbouring words join inside an address: spaces, a dash, a slash, a dot, and with `allowComma` one
  /// comma (ASCII or Arabic "،").
  static func joins(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord, allowComma: Bool) -> Bool {
    guard c.start >= a.end, c.start - a.end <= 4 else { return false }
    var commas = 0, p = a.end
    while p < c.start {
      switch b[p] {
      case 0x20, 0x2D, 0x2F, 0x2E: p += 1
      case 0x2C: commas += 1; p += 1
      case 0xD8 where p + 1 < c.start && b[p + 1] == 0x8C: commas += 1; p += 2
      default: return false
      }
    }
    return commas == 0 || allowComma && commas == 1
  }

  /// Whether a comma stands between the two words.
  static func comma(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    (a.end..<c.start).contains { b[$0] == 0x2C || b[$0] == 0xD8 && $0 + 1 < c.start && b[$0 + 1] == 0x8C }
  }

  /// Whether the text ends after `w`, or a sentence does (a full stop, "?", "!", "؟", "।").
  static func closes(_ b: UnsafeBufferPointer<UInt8>, after w: ByteWord) -> Bool {
    var p = w.end
    while p < b.count, b[p] == 0x20 { p += 1 }
    guard p < b.count else { return true }
    let c = b[p]
    if c == 0x2E || c == 0x3F || c == 0x21 || c == 0x0A { return true }
    if c == 0xD8, p + 1 < b.count, b[p + 1] == 0x9F { return true }  // ؟
    return c == 0xE0 && p + 2 < b.count && b[p + 1] == 0xA5 && b[p + 2] == 0xA4  // ।
  }
}
