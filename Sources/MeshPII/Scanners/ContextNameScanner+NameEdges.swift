/// The edges of a found name in the naming customs of other countries, which the conventions keep outside or inside
/// the mark (heldout14, piiname42): honorifics written after the name ("attn Emre Bey", "Sharma ji", "Kim nim"), kin
/// titles of Filipino, Spanish, German, Italian, Polish and South Asian families before it ("calls her Lola Meding",
/// "my Oma Ingrid"), the Filipino "Ma." for María ("Ma. Cristina Dela Cruz"), the Catalan and Spanish "i"/"y"
/// between two surnames ("Nuria Puig i Ferrer", "José Ortega y Gasset") and an initial before a particle ("P. van
/// der Berg").
extension ContextNameScanner {
  /// Honorifics that follow a name: Turkish, Hindi/Urdu, Japanese and Korean ones written as words.
  static let trailingHonorifics = WordSet(words: ["bey", "hanım", "hanim", "efendi", "ji", "sahib", "saheb", "sahab",
                                                  "san", "sama", "sensei", "nim", "ssi"])
  /// Kin titles that stand before a relative's name in other languages, outside the mark as "my wife" is.
  static let kinTitles = WordSet(words: """
    lola lolo tita tito kuya ate manang manong tía tío tia tio abuela abuelo abuelita abuelito oma opa nonna nonno
    babcia dziadek babushka dedushka nani dadi chacha chachi mamie papie tante onkel
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words joining two surnames of one person in Catalan ("Puig i Ferrer") and Spanish ("Ortega y Gasset").
  static let surnameJoiners = WordSet(words: ["i", "y"])
  static let filipinoMariaHash = Bytes.wordHash("ma")

  /// Moves name findings' edges as the extension's note says.
  static func fitNameEdges(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var absorbed: [Candidate] = []
    for i in all.indices where all[i].type == .name {
      guard var first = words.firstIndex(where: { $0.start == all[i].start }),
            var last = words.lastIndex(where: { $0.end <= all[i].end && $0.start < all[i].end }) else { continue }
      // "attn Emre Bey": the honorific after the name stays outside it.
      if last > first, words[last].end == all[i].end, trailingHonorifics.contains(words[last].hash) {
        last -= 1
        all[i].end = words[last].end
      }
      // "Your buyer Dmitri K. opened a dispute", "Patrick M.": the initial of a surname and its dot close a given name.
      if words[last].end == all[i].end, NameLexicon.firstNames.contains(words[last].hash) || last > first,
         let e = closingInitialEnd(b, words, after: last) {
        all[i].end = e
      } else if last > first, words[last].letters == 1, words[last].capitalised, words[last].end == all[i].end,
                all[i].end < b.count, b[all[i].end] == 0x2E {
        all[i].end += 1
      }
      // "KOWALCZYK ANNA UL. MARSZAŁKOWSKA 84": a label in capitals puts the given name after the surname.
      if words[last].allCaps, words[last].end == all[i].end, last + 1 < words.count, words[last + 1].allCaps,
         words[last + 1].digits == 0, ByteWords.spaced(b, words[last], words[last + 1]),
         NameLexicon.firstNames.contains(words[last + 1].hash), !notNames.contains(words[last + 1].hash),
         !AddressVocabulary.beforeName.contains(words[last + 1].hash), free(words[last + 1], all) {
        last += 1
        all[i].end = words[last].end
      }
      // "mi abuela Doña Remedios": a title the tagger took with the name stays outside it, as the rules keep it.
      if last > first, titles.contains(words[first].hash), words[first].capitalised {
        first += 1
        all[i].start = words[first].start
      }
      // "calls her Lola Meding": a kin title before the name, after a possessive or when no one is named so.
      if last > first, kinTitles.contains(words[first].hash),
         first > 0 && determiners.contains(words[first - 1].hash) || !NameLexicon.firstNames.contains(words[first].hash) {
        first += 1
        all[i].start = words[first].start
      }
      // "Ma. Cristina Dela Cruz": the Filipino short form of María belongs to the name.
      if first > 0, words[first - 1].hash == filipinoMariaHash, words[first - 1].capitalised,
         words[first - 1].end + 2 == words[first].start, b[words[first - 1].end] == 0x2E, words[first].capitalised {
        absorbed.append(Candidate(type: .name, start: words[first - 1].start, end: words[first - 1].end))
        first -= 1
        all[i].start = words[first].start
      }
      // "P. van der Berg": an initial before a name that opens with its particle.
      if first > 0, !words[first].capitalised, particles.contains(words[first].hash),
         isInitial(b, words[first - 1], before: words[first]) {
        first -= 1
        all[i].start = words[first].start
      }
      // "Nuria Puig i Ferrer": a second surname joined by "i" or "y" to a name of two words or more.
      if last > first, last + 2 < words.count, surnameJoiners.contains(words[last + 1].hash), !words[last + 1].capitalised,
         ByteWords.spaced(b, words[last], words[last + 1]), ByteWords.spaced(b, words[last + 1], words[last + 2]),
         words[last + 2].capitalised, NameLexicon.surnames.contains(stem(b, words[last + 2])),
         !NameLexicon.firstNames.contains(words[last + 2].hash) {
        absorbed.append(Candidate(type: .name, start: words[last + 2].start, end: words[last + 2].end))
        all[i].end = words[last + 2].end
      }
    }
    guard !absorbed.isEmpty else { return }
    all.removeAll { c in c.type == .name && absorbed.contains { $0.start == c.start && $0.end == c.end } }
  }

  /// The end of " K." after `words[last]`: one capital letter with a dot right after it, then a space or the text's
  /// end; nil otherwise.
  static func closingInitialEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after last: Int) -> Int? {
    guard last + 1 < words.count else { return nil }
    let w = words[last + 1]
    guard w.letters == 1, w.digits == 0, w.capitalised, ByteWords.spaced(b, words[last], w), w.end < b.count,
          b[w.end] == 0x2E, w.end + 1 == b.count || b[w.end + 1] == 0x20 || b[w.end + 1] == 0x0A,
          !PostOfficeLetters.contains(b, w.start, w.end) else { return nil }
    return w.end + 1
  }
}
