/// Names beside the honorifics of the marketplace's other languages (pii56):
/// - an honorific after a name marks a person and stays outside the mark: "Imran Bhai will collect", "Rahul Ji,",
///   "Mehmet Yılmaz Bey'e", "Ayşe Hanım'a", "Yamamoto-san ni", "Kenji Watanabe-sama";
/// - Turkish case endings after an apostrophe are no part of the name ("Zeynep Arslan'a", "Emre'nin");
/// - kin and respect words before a name stay outside it ("Alhaji Musa Abubakar", "mia nonna Concetta", "Baba Tunde").
extension ContextNameScanner {
  /// Honorifics written as a word after a name (Hindi/Urdu, Turkish, Persian).
  static let afterNameHonorifics = WordSet(words: ["ji", "bhai", "bhaiya", "bhaia", "didi", "sahab", "saheb", "sahib",
                                                  "bey", "hanım", "hanim", "efendi", "khanum", "begum"])
  /// Japanese honorifics joined to a name by a hyphen ("Tanaka-san").
  static let hyphenHonorifics = ["san", "sama", "kun", "chan", "sensei", "senpai", "dono"].map { Array($0.utf8) }
  /// Turkish case endings written after an apostrophe on a proper name ("Arslan'a", "Bey'e", "Emre'nin").
  static let turkishEndings = Set(["a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "ın", "in", "un",
                                   "ün", "nın", "nin", "nun", "nün", "da", "de", "ta", "te", "dan", "den", "tan",
                                   "ten", "la", "le", "yla", "yle", "dır", "dir"].map { Array($0.utf8) })
  /// Respect and kin words before a given name that stay outside the mark (West Africa, Italy, Spain, South and
  /// Southeast Asia, East Africa).
  static let leadingHonorifics = WordSet(words: """
    alhaji alhaja hajia hajiya haji hajj mallam malam baba mama nonna nonno zio tía tío tante oma opa
    didi bhabhi kuya ate mzee abang kak teh mbak dña dna sig sigra sgra sra srta sr
    chief oga madam
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Adds a one- or two-word name before a trailing honorific ("Imran Bhai", "Yamamoto-san").
  static func honorificNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices {
      let w = words[i]
      guard w.capitalised, !w.allCaps, w.letters >= 3 else { continue }
      // "Yamamoto-san": the hyphenated honorific is inside the word.
      if let cut = hyphenHonorificCut(b, w), cut - w.start >= 3 {
        var start = w.start
        if i > 0, ByteWords.spaced(b, words[i - 1], w), isNameWord(words[i - 1]),
           NameLexicon.firstNames.contains(words[i - 1].hash) { start = words[i - 1].start }
        out.append(Candidate(type: .name, start: start, end: cut))
        continue
      }
      guard i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]), isNameWord(w),
            !notNames.contains(w.hash), !placeGivenNames.contains(w.hash) else { continue }
      let h = words[i + 1]
      let honorific = afterNameHonorifics.contains(h.hash) || afterNameHonorifics.contains(turkishStem(b, h))
      // "Park Ji Won": a capitalised word after "Ji" makes it part of a Korean name.
      guard honorific, !(i + 2 < words.count && ByteWords.spaced(b, h, words[i + 2]) && words[i + 2].capitalised) else {
        continue
      }
      var start = w.start
      if i > 0, ByteWords.spaced(b, words[i - 1], w), isNameWord(words[i - 1]), !leadingHonorifics.contains(words[i - 1].hash),
         !titles.contains(words[i - 1].hash) {
        start = words[i - 1].start
      }
      out.append(Candidate(type: .name, start: start, end: w.end))
    }
  }

  /// The end of the name part of `w` when a Japanese honorific follows a hyphen inside it, else nil.
  static func hyphenHonorificCut(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Int? {
    for h in hyphenHonorifics where w.end - w.start > h.count + 1 {
      let dash = w.end - h.count - 1
      guard dash > w.start, b[dash] == 0x2D else { continue }
      if (0..<h.count).allSatisfy({ Bytes.lower(b[dash + 1 + $0]) == h[$0] }) { return dash }
    }
    return nil
  }

  /// The hash of `w` without a Turkish case ending after an apostrophe ("Bey'e" → "bey"), or its own hash.
  static func turkishStem(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> UInt64 {
    guard let cut = turkishEndingCut(b, w) else { return w.hash }
    return Bytes.wordHash(b, w.start, cut)
  }

  /// Where a Turkish case ending after an apostrophe starts (at the apostrophe), or nil.
  static func turkishEndingCut(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Int? {
    var k = w.end - 1
    while k > w.start, b[k] != 0x27 { k -= 1 }
    guard k > w.start + 1, b[k] == 0x27 else { return nil }
    let tail = Array(b[(k + 1)..<w.end])
    return turkishEndings.contains(tail) ? k : nil
  }

  /// Trims trailing honorifics and case endings and leading kin or respect words off every name finding.
  static func fitHonorifics(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    for i in all.indices where all[i].type == .name {
      var c = all[i]
      guard let first = words.firstIndex(where: { $0.start == c.start }) else { continue }
      var last = words.lastIndex(where: { $0.start < c.end }) ?? first
      guard last >= first else { continue }
      // "Mehmet Yılmaz Bey'e", "Imran Bhai": the honorific after the name goes.
      if last > first, afterNameHonorifics.contains(words[last].hash) || afterNameHonorifics.contains(turkishStem(b, words[last])) {
        last -= 1
        c.end = words[last].end
      }
      // "Zeynep Arslan'a", "Watanabe-sama": the ending or the joined honorific goes.
      if words[last].end >= c.end {
        if let cut = turkishEndingCut(b, words[last]), cut > c.start { c.end = cut }
        if let cut = hyphenHonorificCut(b, words[last]), cut > c.start { c.end = cut }
      }
      // "Alhaji Musa Abubakar", "nonna Concetta": the respect or kin word before the name goes.
      var f = first
      while f < last, leadingHonorifics.contains(words[f].hash), words[f + 1].capitalised, words[f + 1].letters >= 2 {
        f += 1
      }
      if f > first { c.start = words[f].start }
      if c.end > c.start { all[i] = c }
    }
  }
}
