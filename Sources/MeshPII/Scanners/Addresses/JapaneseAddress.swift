/// Addresses written in Japanese or Chinese script without the postal mark 〒: a prefecture, province or city (都,
/// 道, 府, 県, 省, 市), then a city, ward, county, town, village or street (市, 区, 郡, 町, 村, 县, 路, 街) and a number,
/// in one run of characters ("東京都渋谷区渋谷2-21-1", "上海市黄浦区南京东路100号"); a building's name may follow.
enum JapaneseAddress {
  static let prefectures: [[UInt8]] = ["都", "道", "府", "県", "省", "市"].map { Array($0.utf8) }
  /// With the traditional characters Taiwan and Hong Kong write ("台北市大安區忠孝東路四段100號5樓").
  static let municipalities: [[UInt8]] = ["市", "区", "郡", "町", "村", "县", "路", "街", "區", "縣", "鄉", "鎮"]
    .map { Array($0.utf8) }

  /// Whether `w` is such an address: a digit, and a prefecture's character before a municipality's, all before any
  /// Latin letter. A building's Latin name may follow the house number ("北京市朝阳区建国路88号SOHO现代城5号楼1203室"); a
  /// word that opens with Latin letters is none.
  static func isAddress(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let core = w.start..<((w.start..<w.end).first { Bytes.isAlpha(b[$0]) } ?? w.end)
    guard core.count >= 12, b[w.start] >= 0x80, core.contains(where: { Bytes.isDigit(b[$0]) }) else { return false }
    guard let p = first(of: prefectures, in: b, from: core.lowerBound, to: core.upperBound) else { return false }
    return first(of: municipalities, in: b, from: p, to: core.upperBound) != nil
  }

  /// Whether `w` holds a Latin letter: then it is no Japanese address.
  static func asciiLetters(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    (w.start..<w.end).contains { Bytes.isAlpha(b[$0]) }
  }

  /// The end of the first of `marks` in `b[from..<to]`, or nil.
  static func first(of marks: [[UInt8]], in b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
    var i = from
    while i + 3 <= to {
      if marks.contains(where: { m in b[i] == m[0] && b[i + 1] == m[1] && b[i + 2] == m[2] }) { return i + 3 }
      i += 1
    }
    return nil
  }

  /// The address at `words[k]` as a byte range: from `start` to `end`, then without the words of the sentence it is
  /// glued to, as Japanese writes no spaces ("住所は東京都渋谷区神宮前3-14-5です": "the address is …").
  static func range(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Range<Int> {
    start(b, words[k])..<trimmedEnd(b, after: words[k].start, end(b, words, k))
  }

  /// Particles and marks that close the words before an address ("住所は", "ここに", "送り先：", "、"): their three bytes.
  /// Chinese writes "寄到" (send to), "寄往" and "地址" (address) against the address: their last characters close them.
  static let openers: [[UInt8]] = ["は", "に", "へ", "を", "で", "：", "、", "。", "到", "往", "址"].map { Array($0.utf8) }

  /// Where the address in `w` starts: after the last opener before its prefecture's mark, or at `w`'s start. Place
  /// names of kana ("さいたま市") hold none of these particles.
  static func start(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Int {
    guard let mark = first(of: prefectures, in: b, from: w.start, to: w.end) else { return w.start }
    var start = w.start, i = w.start
    while i + 3 <= mark - 3 {
      if openers.contains(where: { o in b[i] == o[0] && b[i + 1] == o[1] && b[i + 2] == o[2] }) { start = i + 3 }
      i += 1
    }
    return start
  }

  /// `end` without the hiragana and full stop glued after the last number ("…3-14-5です", "…2-21-1まで。").
  static func trimmedEnd(_ b: UnsafeBufferPointer<UInt8>, after start: Int, _ end: Int) -> Int {
    var e = end
    // Hiragana is U+3041–U+309F (E3 81 81 … E3 82 9F); "。" is E3 80 82.
    while e - 3 > start, b[e - 3] == 0xE3,
          b[e - 2] == 0x81 || b[e - 2] == 0x82 && b[e - 1] <= 0x9F || b[e - 2] == 0x80 && b[e - 1] == 0x82 {
      e -= 3
    }
    return e < end && (Bytes.isDigit(b[e - 1]) || endsInUnitMark(b, e, after: start)) ? e : end
  }

  /// Marks of a floor, room, building or number closing an address ("ヒカリエ12階です": the 12th floor).
  static let unitMarks: [[UInt8]] = ["階", "号", "室", "楼", "樓", "號"].map { Array($0.utf8) }

  /// Whether the three bytes before `e` are one of `unitMarks`, with a digit right before the mark.
  static func endsInUnitMark(_ b: UnsafeBufferPointer<UInt8>, _ e: Int, after start: Int) -> Bool {
    guard e - 4 >= start, Bytes.isDigit(b[e - 4]) else { return false }
    return unitMarks.contains { m in b[e - 3] == m[0] && b[e - 2] == m[1] && b[e - 1] == m[2] }
  }

  /// Whether `w` is a floor such as "12F" or "5F": digits and a closing capital F.
  static func isFloor(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.letters == 1 && w.digits > 0 && w.digits <= 3 && b[w.end - 1] == 0x46
  }

  /// The end of the address at `words[k]`, taking after single spaces a building's name in Japanese script
  /// ("サンハイツ201") and the building, floor and room numbers with their marks ("3号楼 1201室", "305号室"), and after a
  /// building's name a floor such as "12F".
  static func end(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Int {
    var last = k
    while last + 1 < words.count, last - k < 3 {
      let next = words[last + 1]
      guard next.start == words[last].end + 1, b[words[last].end] == 0x20 else { break }
      // "渋谷ヒカリエ 12F": a floor written the Western way closes the address.
      if last > k, isFloor(b, next) {
        last += 1
        break
      }
      // A building's name may hold Latin letters ("SOHO现代城"), but Chinese or Japanese characters too.
      guard (next.start..<next.end).contains(where: { b[$0] >= 0xE0 }) else { break }
      // Only the first may be a name without a number; the ones after it are numbered parts.
      guard last == k || next.digits > 0 else { break }
      last += 1
    }
    return words[last].end
  }
}
