/// Names that a found name vouches for: the word right before it that opens the same person's name ("Hope
/// Baptiste here", "Washington Mbeki asked", "J Frost"), a lower-case given name after a lower-case one ("liu yang"),
/// and names listed with it ("Rose and Ivy are my daughters", "Frost, Banks and Lamb", "bolanle and ayo", "Obi or Ngozi").
/// Alone such words are words as often as names (hope, washington, rose, banks), so they count only beside a finding
/// that the rules or the tagger already made (dev7, dev6, piiname38b). "Marks and Spencer" and other brands of
/// two names joined by "and" are dropped instead.
extension ContextNameScanner {
  /// Widens and adds name findings next to the found ones, repeating so a list is followed to its end.
  static func joinNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var changed = true
    var rounds = 0
    var listed: Set<Int> = []
    while changed && rounds < 8 {
      changed = false
      rounds += 1
      for i in all.indices where all[i].type == .name {
        guard let first = words.firstIndex(where: { $0.start == all[i].start }),
              let last = words.lastIndex(where: { $0.end == all[i].end }) else { continue }
        if let p = leftPartner(b, words, first, one: first == last, all) {
          all[i].start = words[p].start
          changed = true
        } else if let n = lowerCaseSurname(b, words, last, all) {
          all[i].end = words[n].end
          changed = true
        }
      }
      var added: [Candidate] = []
      for c in all where c.type == .name {
        guard let first = words.firstIndex(where: { $0.start == c.start }),
              let last = words.lastIndex(where: { $0.end == c.end }) else { continue }
        for span in [listedAfter(b, words, last, all), listedBefore(b, words, first, all)].compactMap({ $0 })
        where free(span, all) && free(span, added) {
          added.append(span)
        }
      }
      if !added.isEmpty {
        all += added
        listed.formUnion(added.map(\.start))
        changed = true
      }
    }
    dropJoinedBrands(b, words, &all)
    mergeAdjacent(b, listed, &all)
  }

  /// Joins a name added from a list (`listed`: their starts) to a finding one space after it: the rest of the
  /// same name that the tagger found apart ("Will" and "de Vries").
  private static func mergeAdjacent(_ b: UnsafeBufferPointer<UInt8>, _ listed: Set<Int>, _ all: inout [Candidate]) {
    all.sort { $0.start < $1.start }
    var i = 0
    while i + 1 < all.count {
      let a = all[i], c = all[i + 1]
      if a.type == .name, c.type == .name, listed.contains(a.start), c.start == a.end + 1, b[a.end] == 0x20 {
        all[i].end = c.end
        all.remove(at: i + 1)
      } else {
        i += 1
      }
    }
  }

  /// Months and weekdays that are given names too ("May Okoye", "Tuesday Okoye"): of the stop words, the only
  /// ones let open a name, and only before a listed surname ("Can Patel", "Sorry Patel" stay out).
  private static let calendarNames = WordSet(words: ["april", "may", "june", "july", "august", "monday", "tuesday",
                                                     "wednesday", "friday", "sunday"])
  private static let iHash = Bytes.wordHash("i")
  private static let aHash = Bytes.wordHash("a")

  /// Whether `w` is free: no other finding holds it.
  static func free(_ w: ByteWord, _ all: [Candidate]) -> Bool {
    !all.contains { $0.start < w.end && w.start < $0.end }
  }

  /// Whether `span` overlaps none of `findings` (checked against each array apart: joining them copied both
  /// arrays for every span tried).
  static func free(_ span: Candidate, _ findings: [Candidate]) -> Bool {
    !findings.contains { $0.start < span.end && span.start < $0.end }
  }

  /// A capitalised listed given name or a lone capital initial right before a one-word name ("Hope Baptiste",
  /// "J Frost", "J. Frost"); not "I" or "A", which open sentences, nor a cue the lexicon lists as a given
  /// name ("Miss Baptiste", "Ok Baptiste"), nor the French title "M."; a name of two words already has its given
  /// name ("M. Pierre Lacombe").
  private static func leftPartner(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, one: Bool,
                                  _ all: [Candidate]) -> Int? {
    guard first > 0, words[first].capitalised, one else { return nil }
    let p = words[first - 1], w = words[first]
    guard p.capitalised, !p.allCaps, p.digits == 0, free(p, all) else { return nil }
    if p.letters == 1 {
      guard p.hash != iHash, p.hash != aHash, p.hash != monsieurHash,
            ByteWords.spaced(b, p, w) || isInitial(b, p, before: w) else { return nil }
      return first - 1
    }
    guard ByteWords.spaced(b, p, w), NameLexicon.firstNames.contains(p.hash), !namedThings.contains(p.hash),
          !softCues.contains(p.hash), !relationCues.contains(p.hash),
          !NameScanner.stopWords.contains(p.hash) || calendarNames.contains(p.hash) && NameLexicon.surnames.contains(stem(b, w))
    else { return nil }
    return first - 1
  }

  /// A lower-case listed name that is no English word right after a lower-case name ("liu yang", "chen jie").
  private static func lowerCaseSurname(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ last: Int,
                                       _ all: [Candidate]) -> Int? {
    guard last + 1 < words.count, !words[last].capitalised else { return nil }
    let n = words[last + 1]
    guard ByteWords.spaced(b, words[last], n), lowerCaseName(b, n), free(n, all) else { return nil }
    return last + 1
  }

  /// A lower-case word of two letters or more that a name lexicon lists and the English word list does not.
  private static func lowerCaseName(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    !w.capitalised && w.digits == 0 && w.letters >= 2 && !NameScanner.stopWords.contains(w.hash)
      && !EnglishWords.common.contains(w.hash)
      && (NameLexicon.firstNames.contains(w.hash) || NameLexicon.surnames.contains(w.hash))
  }

  /// A capitalised listed name of two letters or more, not a firm's or a role's word; a stop word ("June",
  /// "May") only with a listed surname after it, which `withSurname` adds.
  private static func capitalisedName(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let h = stem(b, w)
    return w.capitalised && !w.allCaps && w.digits == 0 && w.letters >= 2 && !namedThings.contains(h)
      && (NameLexicon.firstNames.contains(h) || NameLexicon.surnames.contains(h))
  }

  /// The index of the last word of a name that starts at `k` in a list: the word, and a listed surname after it.
  private static func listedName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int, like w: ByteWord) -> Int? {
    let n = words[k]
    if !w.capitalised { return lowerCaseName(b, n) ? k : nil }
    guard capitalisedName(b, n) else { return nil }
    let surname = k + 1 < words.count && words[k + 1].capitalised && !words[k + 1].allCaps
      && ByteWords.spaced(b, n, words[k + 1]) && NameLexicon.surnames.contains(stem(b, words[k + 1]))
      && !NameScanner.stopWords.contains(words[k + 1].hash)
    if surname { return k + 1 }
    return NameScanner.stopWords.contains(n.hash) ? nil : k
  }

  /// Whether a list goes on after word `k` or ends there: the end of the clause, or "and" or a comma before
  /// another name-like word of the same case ("Tesfaye Bekele, Addis, need to change …" is no list).
  private static func listGoesOn(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k + 1 < words.count else { return true }
    if lineBreak(b, between: words[k], and: words[k + 1]) { return true }
    guard k + 2 < words.count, words[k + 1].hash == andHash || ByteWords.commaGap(b, words[k], words[k + 1]) else {
      return false
    }
    let n = words[k + 1].hash == andHash ? words[k + 2] : words[k + 1]
    return words[k].capitalised ? n.capitalised : lowerCaseName(b, n)
  }

  /// The name after " and " or ", " that follows a name ("Pat and Sam", "Terrence Banks, Milo Frost, June
  /// Lamb"); after a comma only when the list goes on or ends there ("thanks Tom, Great service" is no list).
  private static func listedAfter(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ last: Int,
                                  _ all: [Candidate]) -> Candidate? {
    let w = words[last]
    var k = last + 1
    guard k < words.count else { return nil }
    let comma = ByteWords.commaGap(b, w, words[k])
    if !comma {
      guard listJoiners.contains(words[k].hash), ByteWords.spaced(b, w, words[k]), k + 1 < words.count,
            ByteWords.spaced(b, words[k], words[k + 1]) else { return nil }
      k += 1
    }
    guard free(words[k], all), let end = listedName(b, words, k, like: w) else { return nil }
    if comma && !listGoesOn(b, words, end) { return nil }
    return Candidate(type: .name, start: words[k].start, end: words[end].end)
  }

  /// The one-word name before " and " that a name follows ("Rose and Ivy", "bolanle and ayo"), or before ", " when
  /// the list goes on after the name ("Baker, Young and King", "Wang, Chen and Liu", "are Alvarez, Brooks, Cohen
  /// and Dimitrov"): a list's first name has no name before it to vouch for it, only the ones after it.
  private static func listedBefore(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int,
                                   _ all: [Candidate]) -> Candidate? {
    let w = words[first]
    guard first >= 1 else { return nil }
    if ByteWords.commaGap(b, words[first - 1], w), w.capitalised, listContinues(b, words, first) {
      let n = words[first - 1]
      // A surname that is a word ("Baker") will do; a place on the not-name list ("Paris") will not.
      guard free(n, all), capitalisedName(b, n), !NameScanner.stopWords.contains(n.hash),
            !notNames.contains(n.hash) || (NameLexicon.surnames.contains(n.hash) && !placeGivenNames.contains(n.hash)),
            first < 2 || !words[first - 2].capitalised || !ByteWords.spaced(b, words[first - 2], n)
      else { return nil }
      return Candidate(type: .name, start: n.start, end: n.end)
    }
    guard first >= 2 else { return nil }
    guard listJoiners.contains(words[first - 1].hash), ByteWords.spaced(b, words[first - 1], w),
          ByteWords.spaced(b, words[first - 2], words[first - 1]) else { return nil }
    let k = first - 2
    let n = words[k]
    guard free(n, all), w.capitalised ? capitalisedName(b, n) && !NameScanner.stopWords.contains(n.hash) : lowerCaseName(b, n)
    else { return nil }
    return Candidate(type: .name, start: n.start, end: n.end)
  }

  /// Words joining two listed names: "and", and "or" for a choice of people ("ask Lopez or Garcia in dispatch",
  /// "hand it to Obi or Ngozi"; dev8, piiname42).
  static let listJoiners = WordSet(words: ["and", "or"])

  /// Whether a one-word capitalised name at `k` is followed by more of a list: " and " or ", " and another
  /// capitalised word ("Young and King", "Brooks, Cohen").
  private static func listContinues(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k + 2 < words.count || k + 1 < words.count && ByteWords.commaGap(b, words[k], words[k + 1]) else { return false }
    if ByteWords.commaGap(b, words[k], words[k + 1]) { return words[k + 1].capitalised }
    return words[k + 1].hash == andHash && ByteWords.spaced(b, words[k], words[k + 1]) && words[k + 2].capitalised
  }

  /// Drops names that with the name across " and " make a listed brand: "Marks and Spencer", "Procter and Gamble".
  private static func dropJoinedBrands(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var brandWords: [(Int, Int)] = []
    for k in words.indices.dropFirst().dropLast() where words[k].hash == andHash {
      let pair = [stem(b, words[k - 1]), stem(b, words[k + 1])]
      if words[k - 1].capitalised && words[k + 1].capitalised && brands.contains(pair) {
        brandWords.append((words[k - 1].start, words[k + 1].end))
      }
    }
    guard !brandWords.isEmpty else { return }
    all.removeAll { c in c.type == .name && brandWords.contains { $0.0 < c.end && c.start < $0.1 } }
  }
}
