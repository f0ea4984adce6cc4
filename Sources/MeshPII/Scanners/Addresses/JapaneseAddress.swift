/// Addresses written in Japanese or Chinese script without the postal mark 〒: a prefecture, province or city (都,
/// 道, 府, 県, 省, 市), then a city, ward, county, town, village or street (市, 区, 郡, 町, 村, 县, 路, 街) and a number,
/// in one run of characters ("東京都渋谷区渋谷2-21-1", "上海市黄浦区南京东路100号"); a building's name may follow.
enum JapaneseAddress {
  static let prefectures: [[UInt8]] = ["都", "道", "府", "県", "省", "市"].map { Array($0.utf8) }
  static let municipalities: [[UInt8]] = ["市", "区", "郡", "町", "村", "县", "路", "街"].map { Array($0.utf8) }

  /// Whether `w` is such an address: a digit, and a prefecture's character before a municipality's.
  static func isAddress(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits > 0, w.length >= 12, b[w.start] >= 0x80, !asciiLetters(b, w) else { return false }
    guard let p = first(of: prefectures, in: b, from: w.start, to: w.end) else { return false }
    return first(of: municipalities, in: b, from: p, to: w.end) != nil
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

  /// The end of the address at `words[k]`, taking after single spaces a building's name in Japanese script
  /// ("サンハイツ201") and the building, floor and room numbers with their marks ("3号楼 1201室", "305号室").
  static func end(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Int {
    var last = k
    while last + 1 < words.count, last - k < 3 {
      let next = words[last + 1]
      guard next.start == words[last].end + 1, b[words[last].end] == 0x20, !asciiLetters(b, next),
            (next.start..<next.end).contains(where: { b[$0] >= 0xE0 }) else { break }
      // Only the first may be a name without a number; the ones after it are numbered parts.
      guard b[next.start] >= 0x80 && last == k || next.digits > 0 else { break }
      last += 1
    }
    return words[last].end
  }
}
