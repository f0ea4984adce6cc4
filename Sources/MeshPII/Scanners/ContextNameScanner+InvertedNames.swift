/// Names written surname first with a comma, as cards, order screens and registers print them ("Whitaker, Jonathan R.
/// is how it appears on the card", "Name: Okafor, Chidi"): the given names vouch for the listed surname before them,
/// which alone is a word or an unknown as often as a name (dev9). The two stay two findings, as the labelled sets mark
/// them ("Schmidt, Anja"). A list of people ("Frost, Banks and Lamb") is left to the list rules: the surname must
/// open its line or field and nothing but the end of the clause or a lower-case word may follow the given names.
extension ContextNameScanner {
  /// Adds the listed surname before ", " and a given-name finding, and the dot of a closing initial to the finding.
  static func addInvertedSurnames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    for i in all.indices where all[i].type == .name {
      let given = all[i]
      guard let g = words.firstIndex(where: { $0.start == given.start }), g > 0,
            let last = words.lastIndex(where: { $0.end <= given.end }) else { continue }
      let surname = words[g - 1]
      guard surname.end + 2 == given.start, b[surname.end] == 0x2C, b[surname.end + 1] == 0x20, surname.capitalised,
            surname.digits == 0, opensField(b, words, g - 1), NameLexicon.surnames.contains(surname.hash),
            !notNames.contains(surname.hash), !NameScanner.stopWords.contains(surname.hash),
            NameLexicon.firstNames.contains(words[g].hash), !notNames.contains(words[g].hash),
            !moreNamesAfter(b, words, last) else { continue }
      if free(surname, all) { all.append(Candidate(type: .name, start: surname.start, end: surname.end)) }
      // "Jonathan R.": the dot of a closing initial belongs to the name.
      if words[last].letters == 1, words[last].capitalised, given.end < b.count, b[given.end] == 0x2E {
        all[i].end = given.end + 1
      }
    }
  }

  /// Whether `words[k]` opens its line or a field ("Name: …", "Card holder: …").
  static func opensField(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    var p = words[k].start
    while p > 0, b[p - 1] == 0x20 { p -= 1 }
    return p == 0 || b[p - 1] == 0x0A || b[p - 1] == 0x3A
  }

  /// Whether another capitalised word or a list's join follows `words[k]` (", Banks and Lamb", " and Lamb").
  static func moreNamesAfter(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k + 1 < words.count, !lineBreak(b, between: words[k], and: words[k + 1]) else { return false }
    return words[k + 1].capitalised || listJoins.contains(words[k + 1].hash)
  }
}
