/// A pickup point or parcel locker given as the address: its name stands before the street as a building's would
/// ("pickup at InPost locker KRA23M, ul. Karmelicka 45, …", "parcel shop Coop Pronto, Bahnhofstrasse 12, …", "the locker
/// Amazon Hub Locker - Opal, 120 Market St, …"). Where the text calls it a locker or a pickup point, the point's name in
/// the segment before the address joins it; the words that call it so ("pickup at", "the locker") stay out.
enum PickupPoint {
  /// Words that call a place a pickup point or a locker.
  static let cues = WordSet(words: ["locker", "lockers", "packstation", "paketshop", "servicepoint", "parcelshop",
                                    "pickup", "pick-up", "collect", "collection", "point", "paczkomat", "relay",
                                    "shop", "kiosk", "hub"])

  /// The word where the pickup point's name opens, when the address starting at `words[s]` follows one after a comma,
  /// or after a space when the address opens with the point's district ("collect point: FamilyMart Shibuya Dogenzaka,
  /// 2-16-8 Dogenzaka, …": the chain's name, then the branch's place); nil otherwise.
  static func start(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], addressStart s: Int) -> Int? {
    guard s >= 1, s < words.count, only(b, words[s - 1].end..<words[s].start, allowed: [0x20, 0x2C]),
          (words[s - 1].end..<words[s].start).contains(where: { b[$0] == 0x2C })
            || words[s - 1].capitalised && words[s].capitalised && words[s].digits == 0 else { return nil }
    // The segment before the comma: up to six words joined by spaces or a spaced dash.
    var first = s - 1
    while first > 0, first > s - 6, only(b, words[first - 1].end..<words[first].start, allowed: [0x20, 0x2D]) {
      first -= 1
    }
    let before = max(0, first - 3)
    guard (before..<s).contains(where: { cues.contains(words[$0].hash) }) else { return nil }
    // The name: from the first capitalised word after which only capitalised words, numbers and cue words stand.
    guard let name = (first..<s).first(where: { j in
      words[j].capitalised && (j..<s).allSatisfy { words[$0].capitalised || words[$0].digits > 0 || cues.contains(words[$0].hash) }
    }) else { return nil }
    return name
  }

  /// Whether every byte of `r` is one of `allowed`.
  static func only(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, allowed: [UInt8]) -> Bool {
    r.count <= 5 && r.allSatisfy { allowed.contains(b[$0]) }
  }
}
