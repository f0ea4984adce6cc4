/// A chat message that is one line of an address and nothing else, as people send an address split over several
/// messages ("Sec. 2, Zhongshan N. Rd.", then "Ln. 120, Aly. 3, No. 5", then the city): alone such a line has no
/// street with its number or postcode with its city, yet nothing but an address is written so.
extension AddressText {
  /// Whether the run `s...e` is the whole text (spaces and a closing full stop aside), in two segments or more, with
  /// two words of an address's own: a unit with its number, a street word or ending, a locality word. "Table 4,
  /// Level 2" and "Gate B12, Terminal 5" have one or none; a run inside a sentence is not a line of its own.
  func isWholeLine(_ s: Int, _ e: Int, _ segs: [ClosedRange<Int>]) -> Bool {
    guard s == 0, e == words.count - 1, segs.count >= 2,
          (0..<words[s].start).allSatisfy({ b[$0] == 0x20 }),
          (words[e].end..<b.count).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2E || b[$0] == 0x21 }) else { return false }
    var own = 0
    for k in s...e {
      let h = words[k].hash
      if V.units.contains(h) && numbered(after: k, in: s...e) || AddressScanner.streetTypes.contains(h)
        || V.afterName.contains(h) || isBeforeName(k) || hasStreetSuffix(k) || V.localities.contains(h) { own += 1 }
    }
    return own >= 2
  }
}
