/// Places in a sentence that only a person fills, so the word there is a name even when it is also a word or no
/// lexicon lists it (dev11, dev12, pii48):
/// - a modal question with a person's act: "can Rose collect it instead", "could Will sign for it";
/// - "it's Cat, we spoke last week": "it's" opening the line, one capitalised given name, then a comma or the end;
/// - a role before a capitalised word no English list holds: "courier Lwazi left my tv", "the driver Themba";
/// - an apposition naming a neighbour or relative: "chez Maïwenn, la voisine", "leave it with Anwen, the neighbour";
/// - "my sister in law Anwen": a relation written in three words.
extension ContextNameScanner {
  /// Roles after which any capitalised word that is not an English word is a person's name.
  static let roleNouns = WordSet(words: """
    courier driver rider agent seller vendor postman mailman deliveryman technician installer rep advisor adviser
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Articles of the marketplace's languages between an apposition's comma and the role it names.
  static let appositionArticles = WordSet(words: ["the", "my", "our", "la", "le", "el", "il", "der", "die", "de", "het",
                                                  "o", "a", "lo", "mi", "ma", "mon", "meine", "mein", "mijn"])
  static let months = WordSet(words: ["may", "june", "april", "august", "march"])
  static let inHash = Bytes.wordHash("in")
  static let lawHash = Bytes.wordHash("law")

  /// Adds the names of the extension's note.
  static func personSlots(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices {
      let w = words[i]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, !NameScanner.stopWords.contains(w.hash),
            !titles.contains(w.hash), !namedThings.contains(w.hash), !months.contains(w.hash),
            !brands.contains(where: { $0.count == 1 && $0[0] == w.hash }) else { continue }
      let prev = i > 0 ? words[i - 1] : nil
      let given = NameLexicon.firstNames.contains(w.hash) && !placeGivenNames.contains(w.hash)
      let unlisted = !EnglishWords.common.contains(w.hash) && !EnglishWords.proper.contains(w.hash)
        && !carriers.contains(where: { $0.count == 1 && $0[0] == w.hash })
      var take = false
      // "can Rose collect it": a modal, the name, a person's act.
      if given, let p = prev, !p.capitalised || i == 1, modals.contains(p.hash), ByteWords.spaced(b, p, w), i + 1 < words.count,
         ByteWords.spaced(b, w, words[i + 1]), personActs.contains(words[i + 1].hash) {
        take = true
      }
      // "it's Cat, we spoke": the line opens with "it's", the name closes the clause.
      if given, i == 1, let p = prev, itsOpeners.contains(p.hash), ByteWords.spaced(b, p, w),
         i + 1 == words.count || ByteWords.commaGap(b, w, words[i + 1]) {
        take = true
      }
      // "courier Lwazi left": a role, then a word no English list or carrier list holds.
      if unlisted, let p = prev, !p.capitalised, roleNouns.contains(p.hash), ByteWords.spaced(b, p, w) {
        take = true
      }
      // "chez Maïwenn, la voisine": a comma, an article and a relation or role after the word.
      if given || unlisted, i + 2 < words.count, ByteWords.commaGap(b, w, words[i + 1]),
         appositionArticles.contains(words[i + 1].hash), ByteWords.spaced(b, words[i + 1], words[i + 2]),
         relationCues.contains(words[i + 2].hash) || roleNouns.contains(words[i + 2].hash), i == 0 || !lineBreak(b, between: prev, and: w) {
        take = true
      }
      // "my sister in law Anwen".
      if i >= 3, words[i - 1].hash == lawHash, words[i - 2].hash == inHash, relationCues.contains(words[i - 3].hash),
         ByteWords.spaced(b, words[i - 1], w) {
        take = true
      }
      if take { out.append(Candidate(type: .name, start: w.start, end: w.end)) }
    }
  }

  /// "it's", "its", "this is" opening a line before the writer's name.
  static let itsOpeners = WordSet(words: ["it's", "it’s", "its"])
}
