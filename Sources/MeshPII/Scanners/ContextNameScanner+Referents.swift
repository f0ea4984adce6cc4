/// People named mid-sentence without a cue phrase, told by what the sentence says of them (heldout14, piiname42):
/// a listed given name after a verb of asking or telling that a "he" or "she" soon refers back to ("can u just ask
/// Ray if he has it", "tell Will she can keep it"); firms and shops take "they" or "it" ("ask Amazon if they …"),
/// so the pronoun lets a given name that is also a word ("Ray", "Will", "Hope") through, which the not-name list
/// keeps out of the other rules.
extension ContextNameScanner {
  /// Verbs whose object is a person who is then spoken of.
  static let tellingVerbs = WordSet(words: ["ask", "asked", "tell", "told", "text", "texted", "call", "called", "ring",
                                            "rang", "email", "emailed", "message", "messaged", "ping", "remind",
                                            "reminded", "let", "pay", "paid", "thank", "thanked"])
  /// Third-person singular pronouns of people.
  static let personPronouns = WordSet(words: ["he", "she", "him", "her", "his", "hers", "he's", "she's", "he'll",
                                              "she'll", "he’s", "she’s", "he'd", "she'd"])

  /// Adds the given names the extension's note describes: the pronoun within five words, in the same sentence.
  static func pronounReferents(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices.dropFirst() {
      let w = words[i]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, !words[i - 1].capitalised,
            tellingVerbs.contains(words[i - 1].hash), ByteWords.spaced(b, words[i - 1], w),
            NameLexicon.firstNames.contains(w.hash), !namedThings.contains(w.hash),
            !NameScanner.stopWords.contains(w.hash), !placeGivenNames.contains(w.hash),
            !brands.contains(where: { $0.count == 1 && $0[0] == w.hash }) else { continue }
      var k = i + 1
      var found = false
      while k < words.count, k - i <= 5, !lineBreak(b, between: words[k - 1], and: words[k]) {
        if personPronouns.contains(words[k].hash) { found = true; break }
        k += 1
      }
      if found { out.append(Candidate(type: .name, start: w.start, end: w.end)) }
    }
  }

  /// Two words that acknowledge before a name closes the clause, as a greeting does ("No problem Hùng,", "nice one
  /// Grace.", "no worries Sam!").
  static let acknowledgements: [(UInt64, UInt64)] = [("no", "problem"), ("no", "worries"), ("nice", "one"),
                                                     ("sure", "thing"), ("of", "course"), ("will", "do"),
                                                     ("sounds", "good"), ("all", "good"), ("good", "catch")]
    .map { (Bytes.wordHash($0.0), Bytes.wordHash($0.1)) }

  /// Whether `words[k - 2]` and `words[k - 1]` acknowledge (`acknowledgements`).
  static func acknowledged(_ words: [ByteWord], _ k: Int) -> Bool {
    k >= 2 && acknowledgements.contains { $0.0 == words[k - 2].hash && $0.1 == words[k - 1].hash }
  }
}
