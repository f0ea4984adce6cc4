/// A name with the writer's relation to the person in brackets or after a comma: "Rusty (my neighbour) took it in",
/// "Maya, my daughter, will collect". The aside says a person is meant even when the word is also a word or a place.
extension ContextNameScanner {
  /// Possessives that open the aside ("my neighbour", "our nanny", "her son").
  static let asidePossessives = WordSet(words: ["my", "our", "his", "her", "their"])

  /// Adds a capitalised word (and a capitalised word after it) right before "(my <relation>" or ", my <relation>,".
  static func namesBeforeAsides(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 3 else { return }
    for k in 0..<(words.count - 2) {
      let w = words[k], possessive = words[k + 1], relation = words[k + 2]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, asidePossessives.contains(possessive.hash),
            relationCues.contains(relation.hash), ByteWords.spaced(b, possessive, relation),
            asideOpens(b, w, possessive, closedAfter: relation),
            !namedThings.contains(w.hash), !NameScanner.stopWords.contains(w.hash), !greetings.contains(w.hash),
            // "Thanks, my friend,": an everyday word only when a lexicon lists it as a name.
            listedName(w) || !EnglishWords.common.contains(w.hash) else { continue }
      var first = k
      if k > 0, words[k - 1].capitalised, ByteWords.spaced(b, words[k - 1], w),
         NameLexicon.firstNames.contains(words[k - 1].hash) {
        first = k - 1
      }
      out.append(Candidate(type: .name, start: words[first].start, end: w.end))
    }
  }

  /// Whether a name lexicon lists `w`.
  static func listedName(_ w: ByteWord) -> Bool {
    NameLexicon.firstNames.contains(w.hash) || NameLexicon.surnames.contains(w.hash)
  }

  /// Whether " (" stands between `w` and `possessive` and ")" closes the aside after `relation`, or "," stands at
  /// both places.
  static func asideOpens(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord, _ possessive: ByteWord,
                         closedAfter relation: ByteWord) -> Bool {
    let gap = (w.end..<possessive.start).filter { b[$0] != 0x20 }
    guard gap.count == 1, relation.end < b.count else { return false }
    let open = b[gap[0]], close = b[relation.end]
    return open == 0x28 && close == 0x29 || open == 0x2C && close == 0x2C
  }
}
