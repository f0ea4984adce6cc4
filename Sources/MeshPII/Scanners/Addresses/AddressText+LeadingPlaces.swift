/// Addresses written from the largest place down, as many countries and forms order them: the city, district or
/// region first, then the street ("Leeds, 14 Park Row, LS1 5HD", "Shanghai, Xuhui District, Wukang Road 210",
/// "Osaka-fu, Osaka-shi, Kita-ku, Umeda 2-5-8", "10437 Berlin, Kastanienallee 41", "New York, NY 10012, 148 Mercer
/// St"). A place named alone ("ship to Leeds") is still no address: these segments join only an address found after
/// them.
extension AddressText {
  /// How many segments right before `segs[f]` (the first that bears an address) name places: at most three. In text
  /// without capitals any word may look like a place ("hmm, 14 park row"), so there a segment joins only when it, or
  /// one after it, holds a district word ("taipei, da'an dist, sec 3 xinyi rd").
  func leadingPlaces(_ segs: [ClosedRange<Int>], before f: Int) -> Int {
    // An address that closes with its town ("…, Suite 400, Denver, CO 80216", "…, Edinburgh EH2 1JX") has it there:
    // what stands before its street is a firm, a person or a house's name ("Northwind Outdoor LLC, 2500 …").
    // The town may stand before a postcode of its own segment ("…, Orlando West, Soweto, 1804").
    if let last = segs.last,
       closesWithTown(last) || segs.count >= 2 && isPostcodeAlone(last) && closesWithTown(segs[segs.count - 2]) {
      return 0
    }
    var lead = 0
    var vouched = !anyCase || segs[f].contains { V.localities.contains(words[$0].hash) }
    while lead < 3, f - lead > 0 {
      let seg = segs[f - lead - 1]
      guard isPlaceSegment(seg) else { break }
      if seg.contains(where: { V.localities.contains(words[$0].hash) || isJapaneseWard($0) }) { vouched = true }
      guard vouched else { break }
      lead += 1
    }
    return lead
  }

  /// A segment that names a place: one to three place names ("Leeds", "Frankfurt am Main", "Xuhui District",
  /// "Osaka-shi"), maybe with a region code or a postcode ("Toronto ON", "Melbourne VIC 3000", "10437 Berlin"), or a
  /// region code and its postcode ("NY 10012").
  func isPlaceSegment(_ seg: ClosedRange<Int>) -> Bool {
    var names = 0, postcode = false
    var k = seg.lowerBound
    while k <= seg.upperBound {
      let w = words[k]
      defer { k += 1 }
      if V.particles.contains(w.hash), k > seg.lowerBound, k < seg.upperBound { continue }
      // "St Andrews", "St. Petersburg": "St" is a unit word elsewhere.
      if w.hash == Self.st, w.capitalised, k < seg.upperBound { continue }
      if w.digits > 0 {
        guard let m = PostcodeShapes.match(b, words, k, anyCase: anyCase), m.last <= seg.upperBound else { return false }
        postcode = true
        k = m.last
        continue
      }
      if isRegion(k) { continue }
      // A title, a firm's legal form or "FAO" makes the segment a person's or a firm's ("Mrs. Fairweather").
      if ContextNameScanner.titles.contains(w.hash) || ContextNameScanner.companyWords.contains(w.hash)
        || w.hash == Self.fao { return false }
      guard isCity(k) || isJapaneseWard(k) else { return false }
      names += 1
    }
    // A number alone is no place: it may be the end of a phone number or an order before the street. A fourth name
    // only before "City" ("Ho Chi Minh City", "Quezon City").
    let city = names == 4 && words[seg.upperBound].hash == Self.city
    return (names <= 3 || city) && (names >= 1 || postcode && seg.contains(where: isRegion))
  }

  static let st = Bytes.wordHash("st"), fao = Bytes.wordHash("fao"), city = Bytes.wordHash("city")

  /// A last segment naming the town: place names or a region code, maybe with a postcode ("Denver", "CO 80216",
  /// "St Andrews KY16 9JB"), not a district ("Col. Juárez") or a postcode alone ("LS1 5HD", "60385").
  func closesWithTown(_ seg: ClosedRange<Int>) -> Bool {
    isPlaceSegment(seg) && !seg.contains { V.localities.contains(words[$0].hash) }
      && seg.contains { words[$0].digits == 0 && (isCity($0) || isRegion($0)) }
  }

  /// A segment that is a postcode and nothing else ("1804", "LS1 5HD").
  func isPostcodeAlone(_ seg: ClosedRange<Int>) -> Bool {
    guard let m = PostcodeShapes.match(b, words, seg.lowerBound, anyCase: anyCase) else { return false }
    return m.last == seg.upperBound
  }

  /// Whether the postcode in `segs[p]` opens the address rather than closes it: no number stands before it and a
  /// street follows ("10437 Berlin, Kastanienallee 41, Hinterhaus", "Melbourne VIC 3000, Level 8, 180 Lonsdale St").
  /// Then the segments after it are the address's, not a district after its city ("10115 Berlin, Mitte").
  func opensWithPostcode(_ segs: [ClosedRange<Int>], _ p: Int, _ end: Int) -> Bool {
    guard p + 1 < segs.count, segs[p + 1].lowerBound <= end else { return false }
    let numberBefore = segs[..<p].contains { seg in seg.contains { words[$0].digits > 0 } }
    return !numberBefore && hasStreet(segs[p + 1].lowerBound, end)
  }
}
