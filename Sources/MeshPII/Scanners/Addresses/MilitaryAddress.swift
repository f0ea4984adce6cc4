/// US military and diplomatic post, as service members and their families write it: the post office (APO, FPO, DPO),
/// the region (AA, AE, AP) and a ZIP close the address ("APO AE 09180", "FPO AP 96278-2050"); before them, on the same
/// line or after a comma, the unit's and the box's numbers ("PSC 817 Box 23", "CMR 402 Box 1187", "Unit 2050 Box
/// 4190") or a ship's name ("USS Nimitz (CVN 68)"). The office, region and ZIP together are no other number's shape,
/// so the address needs nothing more; "APO" alone or a region without its ZIP is none.
enum MilitaryAddress {
  static let offices = WordSet(words: ["apo", "fpo", "dpo"])
  static let regions = WordSet(words: ["aa", "ae", "ap"])
  /// The words that number a unit and its box before the office ("PSC 817 Box 23", "OMC Box 40").
  static let unitWords = WordSet(words: ["psc", "cmr", "unit", "omc", "umr", "box"])
  /// A ship's prefix before its name ("USS Nimitz", "USNS Comfort").
  static let shipPrefixes = WordSet(words: ["uss", "usns", "usnsv", "uscgc"])

  /// The military addresses in `b` (whose words are `words`), as byte ranges.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for k in words.indices where k + 2 < words.count && offices.contains(words[k].hash) {
      let region = words[k + 1], zip = words[k + 2]
      guard regions.contains(region.hash), region.letters == 2, isZIP(b, zip),
            ByteWords.spaced(b, words[k], region), ByteWords.spaced(b, region, zip) else { continue }
      found.append(words[firstWord(b, words, office: k)].start..<words[lastWord(b, words, zip: k + 2)].end)
    }
    return found
  }

  /// The last word of the address whose ZIP is `words[zip]`: the unit's and box's words and numbers written after it
  /// ("APO AE 09021, Unit 3110 Box 18"), a unit word first and a number last, or the ZIP itself.
  static func lastWord(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], zip: Int) -> Int {
    var last = zip, j = zip + 1
    while j < words.count, j - zip <= 4, joined(b, words[j - 1], words[j]) {
      let w = words[j]
      guard unitWords.contains(w.hash) && (j == zip + 1 || !words[j - 1].isNumber || w.hash == box)
              || w.isNumber && w.digits <= 5 && j > zip + 1 && unitWords.contains(words[j - 1].hash) else { break }
      if w.isNumber { last = j }
      j += 1
    }
    return last
  }
  static let box = Bytes.wordHash("box")

  /// Five digits, or a ZIP+4 ("96278-2050").
  static func isZIP(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.letters == 0 && (w.length == 5 && w.digits == 5 || w.length == 10 && w.digits == 9 && b[w.start + 5] == 0x2D)
  }

  /// The first word of the address whose office is `words[office]`: back over the unit's and box's words and numbers,
  /// or to a ship's prefix a few capitalised words and a hull number before.
  static func firstWord(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], office: Int) -> Int {
    var first = office
    while first > 0, joined(b, words[first - 1], words[first]) {
      let w = words[first - 1]
      guard unitWords.contains(w.hash) || w.isNumber && w.digits <= 5 else { break }
      first -= 1
    }
    // A unit word must open what was taken: "order 4471, APO AE 09180" keeps the order's number out.
    while first < office, !unitWords.contains(words[first].hash) { first += 1 }
    guard first == office else { return first }
    // "USS Nimitz (CVN 68), FPO AP 96620": the ship's name, capitalised words and its hull number, up to its prefix.
    var j = office - 1
    while j >= 0, office - j <= 6, joined(b, words[j], words[j + 1]) {
      if shipPrefixes.contains(words[j].hash) { return j }
      guard words[j].capitalised || words[j].isNumber else { break }
      j -= 1
    }
    return office
  }

  /// Words of one address line: a space, ", ", or a bracket closing a hull number ("(CVN 68), ").
  static func joined(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    guard c.start > a.end, c.start - a.end <= 3 else { return false }
    return (a.end..<c.start).allSatisfy { b[$0] == 0x20 || b[$0] == 0x2C || b[$0] == 0x28 || b[$0] == 0x29 }
      && (a.end..<c.start).filter({ b[$0] == 0x2C }).count <= 1
  }
}
