/// Digits of other scripts and numbers beside CJK text. A WhatsApp number typed on an Arabic or Hindi keyboard
/// ("+٩٦٦ ٥٥ ٤٤٤ ٣٢١٠", "+९१ ९८२०० १२३४५") is the same phone as in ASCII digits: the text is read once more with those
/// digits folded to ASCII and what is found is mapped back. Chinese, Japanese and Korean put no space between a label
/// and its number ("电话+86 138 0013 8000，", "電話は090-8765-4321です"): those scripts' characters stand as word edges.
extension NumberScanner {
  /// The value (0-9) and byte width of a decimal digit of another script at `i`: Arabic-Indic, Persian, Devanagari,
  /// Bengali, Thai or full-width; nil for anything else, ASCII digits included.
  static func scriptDigit(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt8, width: Int)? {
    let n = b.count
    guard i + 1 < n else { return nil }
    let c = b[i], d = b[i + 1]
    if c == 0xD9, d >= 0xA0, d <= 0xA9 { return (d - 0xA0, 2) }  // ٠-٩ U+0660
    if c == 0xDB, d >= 0xB0, d <= 0xB9 { return (d - 0xB0, 2) }  // ۰-۹ U+06F0
    guard i + 2 < n else { return nil }
    let e = b[i + 2]
    if c == 0xE0, d == 0xA5 || d == 0xA7, e >= 0xA6, e <= 0xAF { return (e - 0xA6, 3) }  // ०-९ U+0966, ০-৯ U+09E6
    if c == 0xE0, d == 0xB9, e >= 0x90, e <= 0x99 { return (e - 0x90, 3) }  // ๐-๙ U+0E50
    if c == 0xEF, d == 0xBC, e >= 0x90, e <= 0x99 { return (e - 0x90, 3) }  // ０-９ U+FF10
    return nil
  }

  /// Whether `b` holds a digit of another script (a quick test before folding).
  static func hasScriptDigit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < b.count {
      if b[i] >= 0xD9, scriptDigit(b, at: i) != nil { return true }
      i += 1
    }
    return false
  }

  /// `b` with every digit of another script replaced by its ASCII digit, and for each byte of the copy (and its end)
  /// the offset in `b` it came from.
  static func foldScriptDigits(_ b: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], origin: [Int]) {
    var bytes: [UInt8] = [], origin: [Int] = []
    bytes.reserveCapacity(b.count)
    origin.reserveCapacity(b.count + 1)
    var i = 0
    while i < b.count {
      if b[i] >= 0xD9, let d = scriptDigit(b, at: i) {
        bytes.append(0x30 + d.value)
        origin.append(i)
        i += d.width
      } else {
        bytes.append(b[i])
        origin.append(i)
        i += 1
      }
    }
    origin.append(b.count)
    return (bytes, origin)
  }

  /// The numbers written in other scripts' digits: the text scanned with its digits folded, each find that holds such
  /// a digit mapped back to the original offsets (the rest were found in the plain pass).
  static func scanScriptDigits(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    guard hasScriptDigit(b) else { return }
    let (bytes, origin) = foldScriptDigits(b)
    var found: [Candidate] = []
    bytes.withUnsafeBufferPointer { scanASCII($0, into: &found) }
    for c in found where c.start >= 0 && c.end <= bytes.count && c.start < c.end {
      let start = origin[c.start], end = origin[c.end]
      // Only what the folding changed: a span of the same length in both holds no folded digit.
      guard end - start != c.end - c.start else { continue }
      out.append(Candidate(type: c.type, start: start, end: end))
    }
  }

  /// Whether the scalar ending just before `position` is a Chinese, Japanese or Korean character or full-width
  /// punctuation ("，", "："): those scripts write a label right against its number.
  static func cjkBefore(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    guard position >= 3, position <= b.count else { return false }
    return isCJKLead(b, position - 3)
  }

  /// Whether the scalar at `position` is a Chinese, Japanese or Korean character or full-width punctuation.
  static func cjkAt(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    guard position >= 0, position + 2 < b.count else { return false }
    return isCJKLead(b, position)
  }

  /// A three-byte scalar at `i` in the CJK blocks (U+3000-U+9FFF, Hangul U+AC00-U+D7FF) or full-width forms (U+FF00-).
  private static func isCJKLead(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let c = b[i]
    guard b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return false }
    return c >= 0xE3 && c <= 0xE9 || c >= 0xEA && c <= 0xED || c == 0xEF && (b[i + 1] == 0xBC || b[i + 1] == 0xBD)
  }

  /// Order, waybill and invoice words of Chinese, Japanese and Korean before a number ("주문번호 20261203-558812",
  /// "订单号 …", "注文番号 …", "운송장 …"): the number is the shop's, not a phone.
  static func cjkBusinessCue(_ b: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
    var i = position - 1
    while i >= 0, b[i] == 0x20 || b[i] == 0x3A || b[i] == 0x23 { i -= 1 }
    // A full-width colon ("：") before the number.
    if i >= 2, b[i - 2] == 0xEF, b[i - 1] == 0xBC, b[i] == 0x9A { i -= 3 }
    let end = i + 1
    let start = max(0, end - 15)
    guard end > start else { return false }
    let tail = Array(UnsafeBufferPointer(rebasing: b[start..<end]))
    return cjkBusinessWords.contains { w in
      tail.count >= w.count && (0...(tail.count - w.count)).contains { s in tail[s..<s + w.count].elementsEqual(w) }
    }
  }

  private static let cjkBusinessWords: [[UInt8]] = ["주문", "송장", "订单", "訂單", "单号", "單號", "注文", "伝票", "発票",
                                                   "发票", "追跡"].map { Array($0.utf8) }
}
