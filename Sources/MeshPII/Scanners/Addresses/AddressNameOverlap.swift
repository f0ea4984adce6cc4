/// Words at the start of an address that the name rules or the tagger also took for a name, yet belong to the
/// street: a street named after a person or opened by a preposition ("Auf der Heide 12", "Store Kongensgade 40",
/// "Thorvald Meyers gate 51", "Knez Mihailova 21 / 11000 Beograd"), a corner's first street ("Cnr Main and …"), the
/// letters of "P.O. Box" and "H.No." and a city named after a person ("Ho Chi Minh City").
/// An address that opens with a name starts after it (`ContextNameScanner.trimAddresses`) unless this says so.
enum AddressNameOverlap {
  typealias V = AddressVocabulary

  /// Whether the name `name`, opening an address, is part of its street: after it, in the same segment, come
  /// at most four more name words and then a street word or a house number that closes the segment (the
  /// continental order, number last). A house number followed by more name words ("Yuki Tanaka 2-14-5
  /// Kichijoji") opens the street after the name; a street opener ("… Weiß Am Markt 2") starts the street.
  static func isStreetName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ name: Candidate) -> Bool {
    guard let last = words.lastIndex(where: { $0.end <= name.end && $0.start >= name.start }) else { return false }
    if let first = words.firstIndex(where: { $0.start >= name.start }) {
      // "Cnr Main and 4th Street": a corner's word and the first street's name.
      if StreetWithoutHouse.isCornerWord(words[first].hash) { return true }
      if CyrillicAddress.namesAPlace(b, words, first: first, last: last) { return true }
      // "USS Ronald Reagan (CVN 76), FPO AP 96616": a ship named after a person, after its prefix.
      if first > 0, MilitaryAddress.shipPrefixes.contains(words[first - 1].hash) { return true }
    }
    // "P.O. Box", "H.No. 12": a letter glued by a full stop to the next word is an abbreviation.
    if words[last].length == 1, last + 1 < words.count, words[last].end < b.count, b[words[last].end] == 0x2E,
       words[last + 1].start <= words[last].end + 2 {
      return true
    }
    // "Ho Chi Minh City, District 1, …", "Quezon City, …": a city named after a person, written first, with "City"
    // taken into the name or right after it.
    if words[last].hash == AddressText.city && words[last].capitalised
      || last + 1 < words.count && words[last + 1].hash == AddressText.city && words[last + 1].capitalised
        && words[last + 1].start == words[last].end + 1 {
      return true
    }
    var j = last + 1
    while j < words.count, j - last <= 5 {
      let gap = words[j].start - words[j - 1].end
      // One space, or ". " after an abbreviation ("Kölner Str. 230").
      guard gap == 1 && b[words[j - 1].end] == 0x20 || gap == 2 && b[words[j - 1].end] == 0x2E
        && b[words[j - 1].end + 1] == 0x20 else { return false }
      let w = words[j], h = w.hash
      if w.digits > 0 { return PostalAddressScanner.isHouseNumber(b, w) && closesSegment(b, words, j) }
      // A locality's word after the name ("Yeşilyurt Köyü", a village; "Lajpat Nagar") makes it a place's, and a farm's
      // written in lower case a farm's ("Nordre Berg gård").
      if AddressScanner.streetTypes.contains(h) || V.afterName.contains(h) || AddressText.endsInStreetSuffix(b, w)
        || V.localities.contains(h) && w.capitalised || V.farms.contains(h) && !w.capitalised {
        return true
      }
      if PostalAddressScanner.streetOpeners.contains(h) && w.capitalised { return false }
      guard w.capitalised || V.particles.contains(h) else { return false }
      j += 1
    }
    return false
  }

  /// Whether the house number `words[k]` ends its segment: the text, a comma, " / " or a dash follows, or a
  /// postcode, a unit word or a floor's side ("Aleksanterinkatu 15 A 4").
  static func closesSegment(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k + 1 < words.count else { return true }
    let next = words[k + 1]
    guard next.start == words[k].end + 1, b[words[k].end] == 0x20 else { return true }
    return next.digits > 0 || V.units.contains(next.hash) || next.length == 1 && next.capitalised
  }
}
