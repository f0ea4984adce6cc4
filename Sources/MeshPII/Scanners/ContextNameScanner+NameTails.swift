/// Words at a found name's edges that the runs leave out though they are plainly part of it (dev12, pii48): a particle
/// glued to the surname by a hyphen or an apostrophe ("Khalid al-Rashidi", "Hélène d'Aubigny"), a middle initial
/// ("Kwame A. Asante"), more initials before ("T. K. Adjei"), a listed surname or a capitalised word no word list
/// holds after the name ("María José de la Cruz Ortega", "Gulnara Seitkali"), a given name before it, and two pieces
/// of one name split by a short word the runs refuse ("Mehmet Can Öztürk"). Runs stop at four words and at words that
/// are English too, so long names of Spanish, Portuguese, Arabic and Turkish custom came out cut.
extension ContextNameScanner {
  /// Particles written glued to the surname after them ("al-Rashidi", "el-Sayed", "d'Aubigny", "dell'Acqua").
  static let gluedParticles: [[UInt8]] = ["al-", "el-", "ul-", "ad-", "as-", "ash-", "at-", "ar-", "az-", "an-", "d'",
                                          "d’", "dell'", "dall'", "l'", "abu-", "bin-", "ibn-"].map { Array($0.utf8) }

  /// Widens each name finding over the words of the extension's note; a finding it reaches is merged into it.
  static func extendNameTails(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var merged: [Int] = []
    for i in all.indices where all[i].type == .name && !merged.contains(i) {
      guard var first = words.firstIndex(where: { $0.start == all[i].start }),
            // "Kofi B." ends after the initial's dot.
            var last = words.lastIndex(where: { $0.end == all[i].end || $0.end + 1 == all[i].end && b[$0.end] == 0x2E }),
            first <= last else { continue }
      // "Kofi's Kente House": nothing after a possessive belongs to the name.
      var steps = endsPossessive(b, words[last]) ? 3 : 0
      while steps < 3, last + 1 < words.count {
        steps += 1
        let n = words[last + 1]
        let others = all.enumerated().filter { $0.offset != i }.map(\.element)
        if last > first, isInitialWord(b, words[last]), n.start == words[last].end + 2, b[words[last].end + 1] == 0x20,
           isNameWord(n), free(n, others), !notNames.contains(n.hash),
           !EnglishWords.common.contains(n.hash) || NameLexicon.surnames.contains(n.hash) {
          // "Kofi B." found, "Mensah" after it: the surname after a middle initial.
          last += 1
        } else if n.digits == 0, ByteWords.spaced(b, words[last], n), free(n, others), gluedParticle(b, n) {
          last += 1
        } else if last + 2 < words.count, middleInitial(b, n, after: words[last], before: words[last + 2]),
                  free(n, others), isNameWord(words[last + 2]), !notNames.contains(words[last + 2].hash),
                  !EnglishWords.common.contains(words[last + 2].hash) || NameLexicon.surnames.contains(words[last + 2].hash) {
          // "Kwame A. Asante": the initial and the surname after it; the surname may be a finding of its own.
          if let k = all.indices.first(where: { $0 != i && all[$0].type == .name && all[$0].start == words[last + 2].start }) {
            merged.append(k)
            last = words.lastIndex(where: { $0.end <= all[k].end }) ?? last + 2
          } else if free(words[last + 2], others) {
            last += 2
          } else {
            break
          }
        } else if ByteWords.spaced(b, words[last], n), n.digits == 0, free(n, others), tailWord(b, n, after: words[last]) {
          last += 1
        } else if last + 2 < words.count, ByteWords.spaced(b, words[last], n), ByteWords.spaced(b, n, words[last + 2]),
                  words[last].capitalised, n.capitalised, !n.allCaps, n.digits == 0, n.letters >= 2, n.letters <= 4,
                  free(n, others), !titles.contains(n.hash), !kinTitles.contains(n.hash),
                  let k = all.indices.first(where: { $0 != i && all[$0].type == .name && all[$0].start == words[last + 2].start }) {
          // "Mehmet Can Öztürk": a short capitalised word between two findings joins them into one name.
          merged.append(k)
          last = words.lastIndex(where: { $0.end <= all[k].end }) ?? last + 2
        } else {
          break
        }
      }
      var back = 0
      while back < 2, first > 0 {
        back += 1
        let p = words[first - 1]
        let others = all.enumerated().filter { $0.offset != i }.map(\.element)
        guard free(p, others) else { break }
        if isInitial(b, p, before: words[first]), !(p.hash == monsieurHash && frenchBefore(words, first - 1)) {
          // "T. K. Adjei", "A. M. van Leeuwen": every initial before the name.
          first -= 1
        } else if ByteWords.spaced(b, p, words[first]) || isInitialWord(b, words[first]) && p.end + 1 == words[first].start,
                  isNameWord(p), !titles.contains(p.hash), !notNames.contains(p.hash), !softCues.contains(p.hash),
                  !kinTitles.contains(p.hash), !brands.contains(where: { $0.count == 1 && $0[0] == p.hash }),
                  !EnglishWords.common.contains(p.hash),
                  isInitialWord(b, words[first]) && (NameLexicon.firstNames.contains(p.hash) || !EnglishWords.proper.contains(p.hash))
                    || first == last && NameLexicon.firstNames.contains(p.hash) {
          // "Kwame A. Asante", "Tūī Ngata" found as "A. Asante", "Ngata": the given name before.
          first -= 1
        } else if p.allCaps, p.letters >= 3, p.digits == 0, ByteWords.spaced(b, p, words[first]), !words[first].allCaps,
                  first - 1 == 0 || lineBreak(b, between: words[first - 2], and: p) || identityCues.contains(words[first - 2].hash),
                  NameLexicon.surnames.contains(p.hash) || !EnglishWords.common.contains(p.hash) && !EnglishWords.proper.contains(p.hash) {
          // "ABDULLAHI Musa Danjuma": a family name in capitals before the given names, as passports write it.
          first -= 1
        } else {
          break
        }
      }
      all[i].start = words[first].start
      all[i].end = max(all[i].end, words[last].end)
    }
    guard !merged.isEmpty else { return }
    for k in merged.sorted(by: >) where k < all.count { all.remove(at: k) }
  }

  /// "al-Rashidi", "d'Aubigny": a lower-case particle glued to a capitalised surname.
  static func gluedParticle(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard !w.capitalised else { return false }
    for p in gluedParticles where w.end - w.start > p.count + 1 && Bytes.matches(b, at: w.start, p) {
      return ByteWords.startsCapitalised(b, w.start + p.count)
    }
    return false
  }

  /// Whether `w` ends in "'s" or "’s".
  static func endsPossessive(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let e = w.end
    guard e - w.start > 2, Bytes.lower(b[e - 1]) == 0x73 else { return false }
    return b[e - 2] == 0x27 || e - w.start > 4 && b[e - 2] == 0x99 && b[e - 3] == 0x80 && b[e - 4] == 0xE2
  }

  /// One capital letter and a dot ("A.").
  static func isInitialWord(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.letters == 1 && w.digits == 0 && w.capitalised && w.end < b.count && b[w.end] == 0x2E
  }

  /// "A." between a name and a capitalised word, one space on each side.
  static func middleInitial(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord, after a: ByteWord, before c: ByteWord) -> Bool {
    isInitialWord(b, w) && ByteWords.spaced(b, a, w) && w.end + 2 == c.start && b[w.end + 1] == 0x20
      && !PostOfficeLetters.contains(b, w.start, w.end)
  }

  /// A capitalised word that continues a name: a listed surname that is no English word, or a word that neither the
  /// English word list nor its list of proper nouns holds ("Seitkali", "Kealoha"). Not a
  /// street's, place's, product's or title's word, and all capitals only after a name in capitals.
  static func tailWord(_ b: UnsafeBufferPointer<UInt8>, _ n: ByteWord, after w: ByteWord) -> Bool {
    guard n.capitalised, n.letters >= 2, n.allCaps == w.allCaps, !NameScanner.stopWords.contains(n.hash),
          !contractions.contains(n.hash), !PostalAddressScanner.notPlaceWords.contains(n.hash),
          !AddressScanner.streetTypes.contains(n.hash), !notNames.contains(n.hash), !productWords.contains(n.hash),
          !titles.contains(n.hash), !trailingHonorifics.contains(n.hash), !holidayWords.contains(n.hash),
          !fieldLabel(b, n), !placeNames.contains(n.hash) else { return false }
    // "Sam Okoro Operations Lead": a word of the English list ends the name even when a census lists it.
    if EnglishWords.common.contains(n.hash) { return false }
    // "Ana Paula", "Maria Clara": a second given name.
    if NameLexicon.surnames.contains(n.hash) || NameLexicon.firstNames.contains(n.hash) { return true }
    // After a name's word, a word no English list holds is most likely the rest of the name ("Gulnara Seitkali").
    return !EnglishWords.proper.contains(n.hash) && !n.allCaps && !EnglishWords.common.contains(w.hash)
  }
}
