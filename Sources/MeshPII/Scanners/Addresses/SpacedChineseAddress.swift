/// Chinese addresses typed with spaces around the numbers, as Latin keyboards leave them ("上海市徐汇区衡山路 12 号 5 楼",
/// "台北市大安區仁愛路四段 300 號 7 樓"): a run of characters with a province's or city's mark before a district's or
/// street's, then the house number and its mark (号, 號, 弄, 巷), then floors and rooms (楼, 樓, 层, 層, 室, F).
/// `JapaneseAddress` reads the same written as one run.
enum SpacedChineseAddress {
  static let houseMarks: [[UInt8]] = ["号", "號", "弄", "巷"].map { Array($0.utf8) }
  static let unitMarks: [[UInt8]] = ["楼", "樓", "层", "層", "室", "号", "號"].map { Array($0.utf8) }

  /// The spaced Chinese addresses among `words`, as byte ranges.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var k = 0
    while k + 1 < words.count {
      guard isPlaceRun(b, words[k]), let house = numbered(b, words, from: k + 1, marks: houseMarks) else { k += 1; continue }
      var end = house
      // Up to two floors or rooms after the house ("5 楼", "7 樓", "1203 室").
      for _ in 0..<2 {
        guard let unit = numbered(b, words, from: end + 1, marks: unitMarks) else { break }
        end = unit
      }
      found.append(JapaneseAddress.start(b, words[k])..<words[end].end)
      k = end + 1
    }
    return found
  }

  /// A word of CJK characters without digits holding a province's or city's mark and then a district's or street's.
  static func isPlaceRun(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits == 0, w.length >= 9, b[w.start] >= 0xE4, b[w.start] <= 0xE9,
          let p = JapaneseAddress.first(of: JapaneseAddress.prefectures, in: b, from: w.start, to: w.end) else { return false }
    return JapaneseAddress.first(of: JapaneseAddress.municipalities, in: b, from: p, to: w.end) != nil
  }

  /// After one space at `words[k]`: a number with one of `marks` glued on ("12号") or as the next spaced word ("12 号"):
  /// the index of the word that ends it, or nil.
  static func numbered(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int, marks: [[UInt8]]) -> Int? {
    guard k > 0, k < words.count, ByteWords.spaced(b, words[k - 1], words[k]) else { return nil }
    let w = words[k]
    guard w.digits > 0, w.digits <= 5, Bytes.isDigit(b[w.start]) else { return nil }
    if w.length == w.digits + 3, endsWith(b, w, marks) { return k }
    guard w.isNumber, w.length == w.digits, k + 1 < words.count, ByteWords.spaced(b, w, words[k + 1]) else { return nil }
    let m = words[k + 1]
    return m.length == 3 && endsWith(b, m, marks) ? k + 1 : nil
  }

  /// Whether `w` ends in one of `marks` (three bytes each).
  static func endsWith(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord, _ marks: [[UInt8]]) -> Bool {
    guard w.length >= 3 else { return false }
    return marks.contains { m in b[w.end - 3] == m[0] && b[w.end - 2] == m[1] && b[w.end - 1] == m[2] }
  }
}
