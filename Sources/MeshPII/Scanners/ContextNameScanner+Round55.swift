/// Name findings fitted once all scanners have run (pii55):
/// - a person signed at an address's end after a comma, a dash or Indonesian "an." (atas nama, "in the name of"):
///   "…, Maadi, Cairo, Youssef Ibrahim", "… 12730 an. Dewi Lestari": the address stops before the name;
/// - a word given name before a found surname joins it ("for my sister grace adeyemi");
/// - a particle opening a finding before a given name is a word of the sentence ("ich bin Jürgen Oberhuber", "el
///   libro de Gabriel García Márquez");
/// - findings holding a listed brand, author or character ("… de gabriel garcía márquez vino") are no person;
/// - places and buildings named after people: "St. Teresa's Convent", "Sai Baba temple", "gandhi nagar", "gandhi road".
extension ContextNameScanner {
  /// Buildings and places that take a person's or a saint's name ("Sai Baba temple", "Victoria Station").
  static let institutionWords = WordSet(words: """
    convent temple church mosque cathedral chapel basilica shrine monastery abbey gurdwara mandir masjid school
    college university academy institute hospital clinic station airport stadium museum library memorial polytechnic
    nagar marg chowk bazaar
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let anHash = Bytes.wordHash("an")
  static let ichHash = Bytes.wordHash("ich")

  /// Runs the fittings of the extension's note.
  /// (`namesClosingAddresses` runs earlier, before the scan stops on a text without names.)
  static func fitRound55(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    for i in all.indices where all[i].type == .name {
      all[i] = trimLeadingTitle(b, words, all[i])
      all[i] = trimLeadingParticle(b, words, all[i])
      all[i] = joinWordGivenName(b, words, all[i])
    }
    let addresses = all.filter { $0.type == .address }
    all.removeAll { c in
      guard c.type == .name, let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
      let last = words.lastIndex(where: { $0.start < c.end }) ?? first
      guard last >= first else { return false }
      if holdsBrand(words, first, last) { return true }
      // A building beside an address ("St. Teresa's Convent, P.O. Box …", "behind Sai Baba temple, Indiranagar, …") is
      // a landmark of it: the name finding keeps it redacted where the address scanner stops short.
      let besideAddress = addresses.contains { a in a.start >= c.end && a.start - c.end <= 24 || c.start >= a.end && c.start - a.end <= 3 }
      return !besideAddress && namedBuilding(b, words, first, last)
    }
  }

  /// Cuts a person's name off an address's end and reports it as a name.
  static func namesClosingAddresses(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var added: [Candidate] = []
    var cuts: [(Int, Int)] = []
    for i in all.indices where all[i].type == .address {
      let a = all[i]
      // The address closes its line: only spaces, "." or "!" after it.
      var e = a.end
      while e < b.count, b[e] == 0x20 || b[e] == 0x2E || b[e] == 0x21 { e += 1 }
      guard e == b.count || b[e] == 0x0A || b[e] == 0x0D,
            let last = words.lastIndex(where: { $0.end <= a.end }), words[last].end == a.end, last >= 2 else { continue }
      var first = last
      while first > 0, last - first < 3, words[first - 1].start > a.start, ByteWords.spaced(b, words[first - 1], words[first]) {
        first -= 1
      }
      guard first < last, first >= 2, words[first - 1].start > a.start else { continue }
      let before = words[first - 1]
      // "an. Dewi Lestari": the label names who the parcel is for; else a comma or a dash before the name.
      let labelled = before.hash == anHash && !before.capitalised && before.end < b.count && b[before.end] == 0x2E
      guard labelled || ByteWords.commaGap(b, before, words[first]) || dashGap(b, before, words[first]) else { continue }
      let cut = labelled ? words[first - 2].end : before.end
      guard cut > a.start, (a.start..<cut).contains(where: { Bytes.isDigit(b[$0]) }),
            closingName(b, words, first, last, labelled: labelled) else { continue }
      cuts.append((i, cut))
      added.append(Candidate(type: .name, start: words[first].start, end: words[last].end))
    }
    // Applied after the loop: `all` must not change while its indices are walked.
    for (i, cut) in cuts where i < all.count { all[i].end = cut }
    all.removeAll { c in c.type == .name && added.contains { $0.start < c.end && c.start < $0.end } }
    all += added
  }

  /// Whether `words[first...last]` closing an address is a person: a listed given name and a listed surname (either
  /// order), or any name-like run after "an."; no place, street or locality word, no place of two words.
  static func closingName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int,
                          labelled: Bool) -> Bool {
    guard first < last, last < words.count, nameRun(b, words, first, last), !particles.contains(words[first].hash) else {
      return false
    }
    let hashes = (first...last).map { words[$0].hash }
    guard !namedPlaces.contains(where: { $0 == hashes }), !hashes.contains(where: { h in
      AddressVocabulary.localities.contains(h) || placeNames.contains(h) || AddressScanner.streetTypes.contains(h)
        || placeOpeners.contains(h) || placeTails.contains(h)
    }) else { return false }
    if labelled { return true }
    let given = NameLexicon.firstNames.contains(words[first].hash) && NameLexicon.surnames.contains(words[last].hash)
    let reversed = NameLexicon.surnames.contains(words[first].hash) && NameLexicon.firstNames.contains(words[last].hash)
    return given || reversed
  }

  /// "pak budi will receive it", "Dr. Amara Eze": a title opening a finding of two words or more stays outside it, as
  /// the sets' convention has it.
  static func trimLeadingTitle(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Candidate {
    guard let k = words.firstIndex(where: { $0.start == c.start }), titles.contains(words[k].hash) || personalTitles.contains(words[k].hash),
          k + 1 < words.count, words[k + 1].start < c.end, words[k + 1].letters >= 2 else { return c }
    return Candidate(type: .name, start: words[k + 1].start, end: c.end)
  }

  /// "ich bin Jürgen Oberhuber": a lower-case particle that opens a finding before a listed given name and another
  /// capitalised word, or before three capitalised words, stays outside the name.
  static func trimLeadingParticle(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Candidate {
    guard let k = words.firstIndex(where: { $0.start == c.start }), !words[k].capitalised, particles.contains(words[k].hash)
    else { return c }
    let inside = words[(k + 1)...].prefix { $0.start < c.end }
    guard inside.count >= 2, inside.allSatisfy({ $0.capitalised }), let next = inside.first else { return c }
    let givenNext = NameLexicon.firstNames.contains(next.hash) && !NameLexicon.surnames.contains(next.hash)
    let afterIch = k > 0 && words[k - 1].hash == ichHash
    guard givenNext || afterIch || inside.count >= 3 else { return c }
    return Candidate(type: .name, start: next.start, end: c.end)
  }

  /// "for my sister grace adeyemi", "my name is June Okafor-Bell": a word given name right before a found surname, in
  /// the same case, after a relation, an identity cue or a word that takes a person, joins it.
  static func joinWordGivenName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Candidate {
    guard let k = words.firstIndex(where: { $0.start == c.start }), k >= 2 else { return c }
    let g = words[k - 1], cue = words[k - 2]
    guard g.capitalised == words[k].capitalised, !g.allCaps, g.digits == 0, ByteWords.spaced(b, g, words[k]),
          ByteWords.spaced(b, cue, g), NameLexicon.firstNames.contains(g.hash), !modals.contains(g.hash),
          g.hash != hopeHash, !placeGivenNames.contains(g.hash),
          relationCues.contains(cue.hash) || identityCues.contains(cue.hash) || personPrepositions.contains(cue.hash)
    else { return c }
    return Candidate(type: .name, start: g.start, end: c.end)
  }

  /// Whether the finding holds a listed brand, author or character of two words or more.
  static func holdsBrand(_ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    let hashes = (first...last).map { words[$0].hash }
    return brands.contains { brand in
      guard brand.count >= 2, brand.count <= hashes.count else { return false }
      for s in 0...(hashes.count - brand.count) where (0..<brand.count).allSatisfy({ hashes[s + $0] == brand[$0] }) {
        // "Lucía García Márquez": a listed given name before a brand of surnames makes another person (pii56).
        let otherGiven: Bool = s > 0 && NameLexicon.firstNames.contains(hashes[s - 1]) && !NameLexicon.firstNames.contains(brand[0])
        if !otherGiven { return true }
      }
      return false
    }
  }

  /// "St. Teresa's Convent", "Sai Baba temple", "gandhi nagar", "gandhi road": a building or place word closes the
  /// finding or follows it, or a lower-case finding stands before a street word.
  static func namedBuilding(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    let closing = words[last]
    // "is nehru nagar in your zone": a building or place word taken alone.
    if first == last, !closing.capitalised, institutionWords.contains(closing.hash) { return true }
    if last > first, institutionWords.contains(singular(b, closing)) || institutionWords.contains(stem(b, closing)),
       !closing.capitalised || !NameLexicon.surnames.contains(closing.hash) {
      return true
    }
    guard last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]) else { return false }
    let next = words[last + 1]
    if institutionWords.contains(next.hash) { return true }
    return !words[first].capitalised && !words[last].capitalised && AddressScanner.streetTypes.contains(next.hash)
  }
}
