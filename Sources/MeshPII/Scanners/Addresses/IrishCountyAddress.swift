/// Rural Irish addresses, which often carry no house number and no street word: a house or townland, a town and the
/// county after "Co." ("The Presbytery, Ballyvourney, Co. Cork", "An Bóthar Mór, Baile an Fheirtéaraigh, Co.
/// Chiarraí"). Two named segments before the county make it an address; a town and county alone ("Ballyvourney, Co.
/// Cork") name a place, as a city alone does.
enum IrishCountyAddress {
  /// The counties of Ireland in English, and the first words of their Irish names (with the lenited forms "Co."
  /// takes: "Co. Chiarraí", "Co. Chorcaigh").
  static let counties = WordSet(words: """
    antrim armagh carlow cavan clare cork derry londonderry donegal down dublin fermanagh galway kerry kildare kilkenny
    laois leix leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo tipperary tyrone waterford
    westmeath wexford wicklow aontroim ard ceatharlach cheatharlach cabhán chabháin clár chláir corcaigh chorcaigh doire
    dhoire dún dhún baile bhaile fear fhear gaillimh ghaillimh ciarraí chiarraí cill chill laoise liatroim liatroma
    luimneach luimnigh longfort lú lugh maigh mhaigh mhí muineachán mhuineacháin uíbh ros sligeach shligigh tiobraid
    thiobraid tír thír port phort iarmhí loch locha an
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Lower-case words inside an Irish place name ("Dún na nGall", "Baile an Fheirtéaraigh").
  static let particles = WordSet(words: ["na", "an", "ngall", "nGall", "de", "of", "the", "mhic", "ui", "uí", "átha"])
  static let co = Bytes.wordHash("co"), county = Bytes.wordHash("county"), contae = Bytes.wordHash("contae")

  /// Adds the Irish county addresses in `b` to `out`.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    guard mayHold(b) else { return }
    let words = ByteWords.split(b)
    for k in words.indices where k >= 2 && k + 1 < words.count {
      let w = words[k]
      guard w.capitalised, w.hash == co || w.hash == county || w.hash == contae,
            ByteWords.commaGap(b, words[k - 1], w), let end = countyEnd(b, words, k) else { continue }
      guard let start = start(b, words, before: k) else { continue }
      out.append(Candidate(type: .address, start: words[start].start, end: words[end].end))
    }
  }

  /// Whether `b` holds "Co" or "Contae"/"County" at all (one cheap pass before splitting into words).
  static func mayHold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard b.count >= 6 else { return false }
    for i in 0..<(b.count - 1) where b[i] == 0x43 && b[i + 1] == 0x6F { return true }
    return false
  }

  /// The last word of the county's name after "Co." at `k` ("Co. Cork", "Co. Dún na nGall"), or nil.
  static func countyEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Int? {
    let w = words[k], name = words[k + 1]
    // "Co. Cork": the full stop after "Co" (or none: "Co Cork", "County Cork"), one space.
    let gap = name.start - w.end
    guard gap == 1 && b[w.end] == 0x20 || gap == 2 && b[w.end] == 0x2E && b[w.end + 1] == 0x20,
          name.capitalised, name.digits == 0, counties.contains(name.hash) else { return nil }
    var end = k + 1
    while end + 1 < words.count, end - k < 4, ByteWords.spaced(b, words[end], words[end + 1]) {
      let next = words[end + 1]
      guard next.digits == 0, next.capitalised && !PostalAddressScanner.notPlaceWords.contains(next.hash)
        || particles.contains(next.hash) else { break }
      end += 1
    }
    // "Co. Cork please": a particle may not close the name.
    while end > k + 1, particles.contains(words[end].hash), !words[end].capitalised { end -= 1 }
    return end
  }

  /// The first word of the two named segments before the comma at `k` ("The Presbytery, Ballyvourney, "), or nil when
  /// fewer than two stand there.
  static func start(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], before k: Int) -> Int? {
    var segmentEnd = k - 1
    var first = -1
    for _ in 0..<2 {
      guard segmentEnd >= 0 else { return nil }
      var s = segmentEnd
      while s >= 0, segmentEnd - s < 5, isNameWord(b, words[s]) {
        guard s > 0, ByteWords.spaced(b, words[s - 1], words[s]) else { break }
        s -= 1
      }
      if !isNameWord(b, words[s]) { s += 1 }
      // The segment's words are capitalised or particles, the first capitalised ("Baile an Fheirtéaraigh").
      guard s <= segmentEnd, words[s].capitalised else { return nil }
      first = s
      guard s > 0 else { break }
      segmentEnd = s - 1
      // The segment before must be joined by a comma for a second one to be read.
      guard ByteWords.commaGap(b, words[segmentEnd], words[s]) else { break }
    }
    // Two segments at least: the second read only after a comma.
    guard first >= 0, (first..<(k - 1)).contains(where: { ByteWords.commaGap(b, words[$0], words[$0 + 1]) }) else { return nil }
    return first
  }

  /// A word of a house's, townland's or town's name: capitalised and no chat word, a number, or a particle.
  static func isNameWord(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    // "An Bóthar Mór", "The Presbytery": an article opening the name is capitalised.
    if w.capitalised { return !PostalAddressScanner.notPlaceWords.contains(w.hash) || particles.contains(w.hash) }
    return w.isNumber && w.digits <= 4 || particles.contains(w.hash)
  }
}
