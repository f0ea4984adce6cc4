/// An address typed wholly or partly in lower case inside a line that has capitals elsewhere ("Hi, please ship to 2200
/// w pine st apt 3, denver, co 80211 thanks - Mark", "deliver to ste 200, 1180 peachtree st ne, atlanta, georgia 30309
/// attn Dwayne Whitaker", "512 S 2nd St in springfield illinois 62704", "Send to 9 queens rd, brighton bn1 3wb").
/// The rules for capitalised words take no lower-case street or city there; a postcode anchors the address instead: a
/// ZIP after its state (code or name), or a code of a shape of its own in lower case (UK, Canada, Ireland). The words
/// before it are read as in text without capitals, back to a chat word. The run must still hold a street (a house
/// number and a street word) or a post box: a town, state and ZIP alone ("ship to springfield illinois 62704?") stay a
/// place.
enum LowerCaseAddress {
  static let inHash = Bytes.wordHash("in")
  /// Words that open a state's name of two words ("new york", "north carolina", "rhode island").
  static let statePrefixes = WordSet(words: ["new", "north", "south", "west", "rhode", "district", "of"])

  /// The addresses found, as byte ranges.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Range<Int>] {
    guard words.count >= 4, b.contains(where: Bytes.isUpper), b.contains(where: Bytes.isLower) else { return [] }
    var text: AddressText?
    var out: [Range<Int>] = []
    var z = 2
    while z < words.count {
      defer { z += 1 }
      guard let (first, last) = anchor(b, words, z) else { continue }
      let t = text ?? AddressText(b: b, words: words, anyCase: true)
      text = t
      // Back over the town and the street, as text without capitals reads them; "in" once between the street and the
      // town ("… 2nd St in springfield illinois").
      var skippedIn = false
      var j = first
      while j > 0, first - j < 16, t.gap(after: j - 1) != .none {
        let p = j - 1
        // A capitalised word closing the segment before is a name or a greeting ("I'm Jane, 88 st john st, …"), not
        // the address's, unless it is an address word itself ("Flat 2", "Main St,").
        if t.gap(after: p) == .segment, words[p].capitalised, words[p].digits == 0, !t.inVocabulary(words[p].hash) { break }
        if t.isAddressWord(p) {
          j = p
        } else if words[p].hash == inHash, !skippedIn, p < first - 1 {
          skippedIn = true
          j = p
        } else {
          break
        }
      }
      if words[j].hash == inHash { j += 1 }
      guard j < first, let (s, e) = t.address(from: j, to: last), e == last, t.hasStreet(s, e) || t.hasPostBox(s, e),
            (s...e).contains(where: { !words[$0].capitalised && words[$0].letters >= 2 }) else { continue }
      out.append(words[s].start..<words[e].end)
      z = last
    }
    return out
  }

  /// The first and last words of a postcode anchor at `words[z]`: a ZIP and the state before it ("co 80211", "georgia
  /// 30309", "new york 10019"), or a postcode of a shape of its own typed in lower case ("bn1 3wb", "m5j 2v1").
  static func anchor(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ z: Int) -> (Int, Int)? {
    let w = words[z]
    if isZip(b, w), z >= 3, ByteWords.spaced(b, words[z - 1], w) {
      let state = words[z - 1]
      let named = SpokenAddress.states.contains(state.hash) && !state.capitalised
      let code = state.letters == 2 && state.digits == 0 && PostalAddressScanner.usStates.contains(state.hash)
      guard named || code else { return nil }
      var first = z - 1
      if named, statePrefixes.contains(words[first - 1].hash), ByteWords.spaced(b, words[first - 1], state) { first -= 1 }
      return (first, z)
    }
    guard w.digits > 0, w.letters > 0, (w.start..<w.end).contains(where: { Bytes.isLower(b[$0]) }),
          let m = PostcodeShapes.match(b, words, z, anyCase: true), !m.common, m.side == .before else { return nil }
    return (z, m.last)
  }

  /// A ZIP code: five digits, or ZIP+4 with its hyphen ("30309-1234").
  static func isZip(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.isNumber else { return false }
    if w.length == 5 { return w.digits == 5 }
    return w.length == 10 && w.digits == 9 && b[w.start + 5] == 0x2D
  }
}
