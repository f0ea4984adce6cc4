/// A name with the writer's relation to the person in brackets or after a comma: "Rusty (my neighbour) took it in",
/// "Maya, my daughter, will collect", or with none before what the person does ("George my landlord will take the
/// box"); and a given name set off by commas after a person noun ("the UPS guy, Derek, he …"). The aside says a person
/// is meant even when the word is also a word or a place.
extension ContextNameScanner {
  /// Possessives that open the aside ("my neighbour", "our nanny", "her son").
  static let asidePossessives = WordSet(words: ["my", "our", "his", "her", "their"])

  /// Adds a capitalised word (and a capitalised word after it) right before "(my <relation>" or ", my <relation>,",
  /// or a listed name opening its line before "my <relation>" and what the person does.
  static func namesBeforeAsides(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 3 else { return }
    for k in 0..<(words.count - 2) {
      let w = words[k], possessive = words[k + 1], relation = words[k + 2]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, asidePossessives.contains(possessive.hash),
            relationCues.contains(relation.hash), ByteWords.spaced(b, possessive, relation),
            !namedThings.contains(w.hash), !NameScanner.stopWords.contains(w.hash), !greetings.contains(w.hash),
            // "Thanks, my friend,": an everyday word only when a lexicon lists it as a name.
            asideOpens(b, w, possessive, closedAfter: relation) && (listedName(w) || !EnglishWords.common.contains(w.hash))
              || apposedOpener(b, words, k) else { continue }
      var first = k
      if k > 0, words[k - 1].capitalised, ByteWords.spaced(b, words[k - 1], w),
         NameLexicon.firstNames.contains(words[k - 1].hash) {
        first = k - 1
      }
      out.append(Candidate(type: .name, start: words[first].start, end: w.end))
    }
  }

  /// "it was the UPS guy, Derek, he was rude", "the driver, Kwame, called": a listed given name set off by commas
  /// right after a person noun names that person.
  static func namesAfterPersonNouns(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 3 else { return }
    for k in 1..<(words.count - 1) {
      let w = words[k]
      guard w.capitalised, !w.allCaps, w.digits == 0, personNounsBeforeCalled.contains(words[k - 1].hash),
            ByteWords.commaGap(b, words[k - 1], w), ByteWords.commaGap(b, w, words[k + 1]),
            NameLexicon.firstNames.contains(w.hash), !notNames.contains(w.hash), !placeNames.contains(w.hash),
            !NameScanner.stopWords.contains(w.hash) else { continue }
      out.append(Candidate(type: .name, start: w.start, end: w.end))
    }
  }

  /// What a person named before "my <relation>" goes on to do, in a delivery note ("George my landlord will take the
  /// box", "Precious my niece signed").
  static let apposedActs = WordSet(words: ["will", "can", "could", "would", "should", "may", "might", "must", "is",
                                           "was", "has", "had", "took", "signed", "paid", "picked", "collected",
                                           "knows", "lives", "gets", "got", "said", "says", "ordered"])

  /// "George my landlord will take the box": a listed name opening its line, "my <relation>" right after it with no
  /// comma, and something the person does. A word given name counts here ("Precious my niece will sign"): the
  /// relation after it says a person is meant; a greeting does not ("Thanks my friend").
  static func apposedOpener(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k + 3 < words.count, k == 0 || lineBreak(b, between: words[k - 1], and: words[k]) else { return false }
    return listedName(words[k]) && ByteWords.spaced(b, words[k], words[k + 1])
      && ByteWords.spaced(b, words[k + 2], words[k + 3]) && apposedActs.contains(words[k + 3].hash)
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
