/// Name findings weighed against the other scanners' findings, once all have run: a brand whose first word is
/// a title ("Dr. Martens") is not a name, and an address span that opens with a name ("Yuki Tanaka, 2-14-5
/// Kichijoji Honcho, …", "attn Dr. Kenji Watanabe, 900 Harbor Blvd …") starts after it, so the name is
/// reported as a name rather than lost inside the address (addresses win overlaps).
extension ContextNameScanner {
  /// Drops a name found right after a title or relation when the two make a brand ("Dr. Martens 1460",
  /// "Mrs Meyer's"): the cue phrases take the word after "Dr." whatever it is.
  static func dropBrandsAfterTitles(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    all.removeAll { c in
      guard c.type == .name, let k = words.firstIndex(where: { $0.start == c.start }), k > 0 else { return false }
      return brands.contains { brand in
        brand.count == 2 && words[k - 1].hash == brand[0] && (words[k].hash == brand[1] || stem(b, words[k]) == brand[1])
      }
    }
  }

  /// Moves the start of an address past a name that opens it (at most a title's few bytes after the address's
  /// start), when the rest still holds a digit: the street, number and postcode stay an address.
  static func trimAddresses(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    // Not a street's own words ("Rua das Flores 118", "26 Cherry Hill Lane"): no digit before the name, no
    // address word in it or right after it.
    func addressWord(_ w: ByteWord) -> Bool {
      AddressScanner.streetTypes.contains(w.hash) || AddressVocabulary.beforeName.contains(w.hash)
        || AddressVocabulary.afterName.contains(w.hash) || AddressVocabulary.afterNumber.contains(w.hash)
        || AddressVocabulary.houseNames.contains(w.hash) || AddressVocabulary.units.contains(w.hash)
    }
    let names = all.filter { c in
      c.type == .name && (!words.contains { $0.start >= c.start && $0.start <= c.end + 1 && addressWord($0) }
                            || beforeHouseNumber(b, words, c))
        && !AddressNameOverlap.isStreetName(b, words, c)
    }
    guard !names.isEmpty else { return }
    for i in all.indices where all[i].type == .address {
      let end = all[i].end
      var start = all[i].start
      // Several names may open it ("Jürgen Jürgen Weiß Am Markt 2, …"): step past each in turn.
      // A name may also begin before the address and run into it ("Hope Kariuki, 3 Willow Court": the address
      // took "Kariuki" for a town).
      while let name = names.first(where: { n in
        n.end > start && n.start - start <= 4 && n.end < end && !(start..<max(start, n.start)).contains { Bytes.isDigit(b[$0]) }
      }) {
        var next = name.end
        while next < end, !Bytes.isWordByte(b[next]) { next += 1 }
        guard next < end, (next..<end).contains(where: { Bytes.isDigit(b[$0]) }) else { break }
        start = next
      }
      all[i].start = start
    }
  }

  /// Adds a listed given name and a listed surname, capitalised, right before a comma and a house number that opens
  /// a street: the person a parcel goes to ("Constance Hill, 77 Fairview Avenue", "Hope Kariuki, 3 Willow Court").
  /// The given name counts even when it is also a word ("Hope", "Grace"): the surname and the address vouch for
  /// it. A town before its street ("Leeds, 14 Park Row") is one word or not a listed pair.
  static func namesBeforeHouseNumbers(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 4 else { return }
    for i in 0..<(words.count - 3) {
      let given = words[i], surname = words[i + 1]
      guard given.capitalised, !given.allCaps, surname.capitalised, !surname.allCaps, given.digits == 0,
            surname.digits == 0, ByteWords.spaced(b, given, surname),
            i == 0 || !words[i - 1].capitalised || lineBreak(b, between: words[i - 1], and: given),
            NameLexicon.firstNames.contains(given.hash), NameLexicon.surnames.contains(surname.hash),
            !AddressVocabulary.localities.contains(given.hash), !AddressVocabulary.localities.contains(surname.hash),
            beforeHouseNumber(b, words, Candidate(type: .name, start: given.start, end: surname.end)) else { continue }
      out.append(Candidate(type: .name, start: given.start, end: surname.end))
    }
  }

  /// Whether a comma, a house number and a capitalised street word follow the name `c` ("…, 77 Fairview Avenue").
  static func beforeHouseNumber(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Bool {
    guard let k = words.firstIndex(where: { $0.start >= c.end }), k > 0, k + 1 < words.count,
          words[k - 1].end == c.end, ByteWords.commaGap(b, words[k - 1], words[k]),
          PostalAddressScanner.isHouseNumber(b, words[k]) else { return false }
    return words[k + 1].capitalised && ByteWords.spaced(b, words[k], words[k + 1])
  }

  /// Adds the one listed name that a word taking a person puts before a found address ("deliver to Müller,
  /// Schillerstraße 9, 04109 Leipzig", "ship to Okafor, 12 Ash Grove, …"): whoever a parcel goes to, named right
  /// before where it goes. A surname alone is a word as often as a name, so the address after it is the cue;
  /// towns before their street stay ("deliver to Leeds, 14 Park Row, Leeds"): no proper noun of the English word
  /// list (Leeds, Boston and Smith alike) and no word the address repeats.
  static func namesBeforeAddresses(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var added: [Candidate] = []
    var trims: [(address: Candidate, start: Int)] = []
    for a in all where a.type == .address {
      guard let k = words.firstIndex(where: { $0.start >= a.start }), words[k].start == a.start else { continue }
      // "Katarzyna Wiśniewska ul. Długa 12/4, …", "ship to Rafael dos Santos Av. Atlântica 2964": an address that took
      // the pasted name before its street's prefix starts at the prefix, and the name is a name.
      if let q = streetPrefix(b, words, after: k, before: a.end), let label = labelledName(b, words, beforeAddressAt: q) {
        all.removeAll { $0.type == .name && $0.start < label.end && label.start < $0.end }
        if free(label, added) { added.append(label) }
        trims.append((a, words[q].start))
        continue
      }
      guard k >= 2 else { continue }
      if let label = labelledName(b, words, beforeAddressAt: k), free(label, added) {
        // A capitalised run that took the street's first word with the name ("Nils Eriksson Hamngatan") gives way.
        all.removeAll { $0.type == .name && $0.start < label.end && label.start < $0.end && $0.end > a.start }
        if free(label, all) { added.append(label) }
        continue
      }
      let w = words[k - 1], cue = words[k - 2]
      guard ByteWords.commaGap(b, w, words[k]), ByteWords.spaced(b, cue, w), personPrepositions.contains(cue.hash),
            isNameWord(w), !notNames.contains(w.hash), !AddressVocabulary.localities.contains(w.hash),
            !EnglishWords.proper.contains(w.hash), !words[k...].contains(where: { $0.start < a.end && $0.hash == w.hash }),
            NameLexicon.surnames.contains(w.hash) || NameLexicon.firstNames.contains(w.hash),
            free(w, all), free(w, added) else { continue }
      added.append(Candidate(type: .name, start: w.start, end: w.end))
    }
    for t in trims {
      if let i = all.firstIndex(where: { $0.type == .address && $0.start == t.address.start && $0.end == t.address.end }) {
        all[i].start = t.start
      }
    }
    all += added
  }

  /// The person a pasted label names on the line of its address, right before the address `words[k]…`:
  /// - "Nils Eriksson Hamngatan 8, …", "ship to Rafael dos Santos Av. Atlântica 2964 …": with no comma, a listed given
  ///   name and a listed surname (particles between), opening the line or after a word that takes a person;
  /// - "Ngaio Te Rangi, 17 Ponsonby Road, …", "Σοφία Παπαδοπούλου - Ερμού 25, …": with a comma or a dash, two or three
  ///   capitalised words opening the line that are no everyday English word (unless listed as a name), place,
  ///   locality or firm's word. A town before its street is one word ("Leeds, 14 Park Row") or a listed place.
  static func labelledName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], beforeAddressAt k: Int) -> Candidate? {
    let last = k - 1
    let pasted = ByteWords.spaced(b, words[last], words[k])
    guard pasted || ByteWords.commaGap(b, words[last], words[k]) || dashGap(b, words[last], words[k]) else { return nil }
    // The run of name words and lower-case particles before the address, on the address's line.
    var first = last
    while first > 0, last - first < 3, ByteWords.spaced(b, words[first - 1], words[first]),
          nameOrParticle(words[first - 1]) {
      first -= 1
    }
    while first < last, !words[first].capitalised { first += 1 }
    let given = words[first], surname = words[last]
    guard first < last, nameOrParticle(given), surname.capitalised, given.capitalised,
          !words[first...last].contains(where: { AddressVocabulary.localities.contains($0.hash) }) else { return nil }
    let opensLine = first == 0 || lineBreak(b, between: words[first - 1], and: given)
    if pasted {
      guard opensLine || personPrepositions.contains(words[first - 1].hash),
            NameLexicon.firstNames.contains(given.hash), NameLexicon.surnames.contains(surname.hash),
            !notNames.contains(given.hash), !notNames.contains(surname.hash) else { return nil }
    } else {
      guard opensLine, last - first <= 2, words[first...last].allSatisfy({ w in
        !w.capitalised || !placeNames.contains(w.hash) && !notNames.contains(w.hash)
          && !companyWords.contains(w.hash) && (listedName(w) || !EnglishWords.common.contains(w.hash))
      }) else { return nil }
    }
    return Candidate(type: .name, start: given.start, end: surname.end)
  }

  /// The index of a street's prefix ("Av.", "ul.", "Rua") that two or more name words open the address at `words[k]`
  /// with, inside it (before `end`); nil when a word that is no name's stands first.
  static func streetPrefix(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int, before end: Int) -> Int? {
    var q = k
    while q < words.count, q - k <= 4, words[q].start < end {
      let w = words[q]
      if q > k, PrefixedStreetScanner.prefixes.contains(w.hash), !particles.contains(w.hash),
         w.capitalised || PrefixedStreetScanner.lowerCasePrefixes.contains(w.hash) {
        return q
      }
      guard nameOrParticle(w) else { return nil }
      q += 1
    }
    return nil
  }

  /// A word of a name: capitalised and of letters only, or a lower-case particle ("dos", "van").
  static func nameOrParticle(_ w: ByteWord) -> Bool {
    w.digits == 0 && w.letters >= 2 && !w.allCaps
      && (w.capitalised && !NameScanner.stopWords.contains(w.hash) || particles.contains(w.hash))
  }

  /// Whether " - " or " – " stands between two words.
  static func dashGap(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    let gap = Array(UnsafeBufferPointer(rebasing: b[a.end..<c.start]))
    return gap == [0x20, 0x2D, 0x20] || gap == [0x20, 0xE2, 0x80, 0x93, 0x20] || gap == [0x20, 0xE2, 0x80, 0x94, 0x20]
  }
}
