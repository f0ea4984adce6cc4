/// Given names that are also words (Hope, Will, Sky, June, Joy, Hunter) where only a person fits the sentence (pii50):
/// - told or asked something: "tell Jordan the parcel is here", "please ask Sky to stop calling", "tell hope her card
///   was declined" (lower case only before a person's pronoun);
/// - the subject of a conditional with a person's act: "if June calls, tell her", "when Will arrives";
/// - a staff member placed in a team or shop: "Joy in your returns team was lovely", "Gabi at the Porto store said";
/// - an aside without brackets or commas: "Rosie my little sister ordered it", "Hunter (my son) will sign";
/// - twins and children named before "are my": "Summer and Grace are my twins".
/// The other rules keep such words out on purpose ("I hope it comes", "June 3", "Sky blue"): each cue here is a
/// person's slot in the sentence, so a month, colour or virtue does not fill it.
extension ContextNameScanner {
  /// Verbs that take a person as their object before what is told or asked.
  static let tellVerbs = WordSet(words: ["tell", "ask", "remind", "told", "asked", "reminded", "thank", "let", "inform",
                                         "warn", "pls", "please"])
  /// Words that follow a person told or asked something ("tell Jordan the parcel …", "ask Sky to stop").
  static let afterTold = WordSet(words: ["the", "to", "that", "it", "it's", "it’s", "its", "her", "his", "him", "she",
                                         "he", "we", "i", "i'm", "you", "when", "if", "not", "thanks", "know",
                                         "where", "what", "how", "your", "our", "my"])
  /// Person pronouns, which alone let a lower-case word name be taken ("tell hope her card …").
  static let toldPronouns = WordSet(words: ["her", "his", "him", "she", "he", "she's", "he's", "she’s", "he’s"])
  /// Assistants and products that are asked and told things ("ask Alexa to", "tell Siri").
  static let askedThings = WordSet(words: ["alexa", "siri", "cortana", "google", "chatgpt", "bixby", "support", "amazon"])
  /// Conjunctions that open a conditional clause ("if June calls").
  static let conditionals = WordSet(words: ["if", "when", "unless", "once", "until", "till"])
  /// Verbs in the third person that only a person does, after a conditional ("if June calls").
  static let personActsThird = WordSet(words: """
    calls rings phones texts emails messages asks says arrives comes signs collects answers replies pays wants needs
    shows turns knocks
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Places and teams staff work in ("Joy in your returns team", "Gabi at the Porto store").
  static let workplaces = WordSet(words: """
    team store shop department dept office warehouse branch desk support depot reception counter outlet showroom
    centre center hub
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let workplaceLinks = WordSet(words: ["in", "at", "from", "on"])
  static let workplaceArticles = WordSet(words: ["your", "the", "our", "their"])
  static let areWords = WordSet(words: ["are", "were"])
  /// Relations written as a title before a name anywhere in a sentence ("sign the card from Uncle Bill"): the word
  /// is a cue, not the name's first word.
  static let kinBeforeNames = WordSet(words: ["uncle", "aunt", "cousin", "grandma", "grandpa", "grandmother",
                                              "grandfather"])

  /// Adds the word given names of the extension's note.
  static func wordNameContexts(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices {
      let w = words[i]
      // "Frankie my roommate opened it": before an aside a word no English list holds is a name too.
      let unlistedAside = w.capitalised && !EnglishWords.common.contains(w.hash) && !EnglishWords.proper.contains(w.hash)
        && bareAside(b, words, i)
      guard w.digits == 0, w.letters >= 2, !w.allCaps, NameLexicon.firstNames.contains(w.hash) || unlistedAside,
            !NameScanner.stopWords.contains(w.hash) || months.contains(w.hash) || modals.contains(w.hash),
            !askedThings.contains(w.hash), !namedThings.contains(w.hash), !titles.contains(w.hash),
            !brands.contains(where: { $0.count == 1 && $0[0] == w.hash }) || w.hash == jordanHash else { continue }
      if told(b, words, i) || conditionalSubject(b, words, i) || lowerAside(b, words, i) || w.capitalised && (placedStaff(b, words, i)
        || bareAside(b, words, i) || namedKin(b, words, i)) {
        out.append(Candidate(type: .name, start: w.start, end: w.end))
      }
    }
  }
  static let jordanHash = Bytes.wordHash("jordan")

  /// "tell Jordan the parcel is here", "ask Sky to stop", "tell hope her card was declined".
  private static func told(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i >= 1, i + 1 < words.count, tellVerbs.contains(words[i - 1].hash), !words[i - 1].capitalised || i == 1
            || lineBreak(b, between: words[i - 2], and: words[i - 1]),
          ByteWords.spaced(b, words[i - 1], words[i]), ByteWords.spaced(b, words[i], words[i + 1]) else { return false }
    // "please" is a cue only before a tell verb's object: "please ask Sky" goes through "ask".
    if words[i - 1].hash == pleaseHash || words[i - 1].hash == plsHash { return false }
    let w = words[i], next = words[i + 1]
    // Lower case: only a person's pronoun after the word says it is a person ("tell hope her card …").
    if !w.capitalised { return toldPronouns.contains(next.hash) && !modals.contains(w.hash) }
    // "let May know": only "know" after "let"; a month after "let" is rare, but "let June" alone is nothing.
    if words[i - 1].hash == letHash { return next.hash == knowHash }
    // A place that is also a given name ("ask Paris if he …") only before "the"/"that": "tell Jordan the parcel …".
    if placeGivenNames.contains(w.hash) { return next.hash == theHash || next.hash == thatHash }
    return afterTold.contains(next.hash) && next.hash != knowHash
  }
  static let pleaseHash = Bytes.wordHash("please")
  static let plsHash = Bytes.wordHash("pls")
  static let letHash = Bytes.wordHash("let")
  static let knowHash = Bytes.wordHash("know")

  /// "if June calls, tell her": a conditional, the capitalised name, then a person's act in the third person.
  private static func conditionalSubject(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard words[i].capitalised, i >= 1, i + 1 < words.count, conditionals.contains(words[i - 1].hash),
          ByteWords.spaced(b, words[i - 1], words[i]), ByteWords.spaced(b, words[i], words[i + 1]) else { return false }
    return personActsThird.contains(words[i + 1].hash)
  }

  /// "Joy in your returns team was lovely", "Gabi at the Porto store told me": the name, "in/at/from", "your/the",
  /// then within two words a workplace.
  private static func placedStaff(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i + 3 < words.count, workplaceLinks.contains(words[i + 1].hash), workplaceArticles.contains(words[i + 2].hash),
          ByteWords.spaced(b, words[i], words[i + 1]), !months.contains(words[i].hash),
          i == 0 || lineBreak(b, between: words[i - 1], and: words[i]) || !words[i - 1].capitalised else { return false }
    // "Sale at the store": the line's word before must not make the name a thing ("the Joy in …").
    if i > 0, articles.contains(words[i - 1].hash) { return false }
    let upper = min(words.count - 1, i + 5)
    guard i + 3 <= upper else { return false }
    return (i + 3...upper).contains { workplaces.contains(words[$0].hash) }
  }

  /// "Rosie my little sister ordered it", "Frankie my roommate opened my parcel": a capitalised given name opening its
  /// line, "my", at most one lower-case word, and a relation.
  private static func bareAside(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i + 3 < words.count, i == 0 || lineBreak(b, between: words[i - 1], and: words[i]),
          asidePossessives.contains(words[i + 1].hash), ByteWords.spaced(b, words[i], words[i + 1]) else { return false }
    if relationCues.contains(words[i + 2].hash) { return true }
    return !words[i + 2].capitalised && words[i + 2].digits == 0 && relationCues.contains(words[i + 3].hash)
      && ByteWords.spaced(b, words[i + 2], words[i + 3])
  }

  /// "a gift for hope, my goddaughter": a lower-case given name, a comma or bracket, a possessive and a relation.
  private static func lowerAside(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard !words[i].capitalised, i + 2 < words.count, !modals.contains(words[i].hash),
          asidePossessives.contains(words[i + 1].hash), relationCues.contains(words[i + 2].hash),
          ByteWords.spaced(b, words[i + 1], words[i + 2]) else { return false }
    let gap = (words[i].end..<words[i + 1].start).filter { b[$0] != 0x20 }
    return gap.count == 1 && (b[gap[0]] == 0x2C || b[gap[0]] == 0x28)
  }

  /// "Summer and Grace are my twins": two capitalised given names joined by "and", then "are my" and plural kin.
  private static func namedKin(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    func kinAfter(_ k: Int) -> Bool {
      k + 3 < words.count && areWords.contains(words[k + 1].hash) && asidePossessives.contains(words[k + 2].hash)
        && pluralKin.contains(words[k + 3].hash)
    }
    func joined(_ a: Int) -> Bool {
      a >= 0 && a + 2 < words.count && andWords.contains(words[a + 1].hash) && words[a].capitalised
        && words[a + 2].capitalised && NameLexicon.firstNames.contains(words[a].hash)
        && NameLexicon.firstNames.contains(words[a + 2].hash)
    }
    return joined(i) && kinAfter(i + 2) || i >= 2 && joined(i - 2) && kinAfter(i)
  }
}

/// Names in capitals whose given name is also a word: "WILL PATTERSON IS THE ACCOUNT HOLDER", "ORDER FOR GRACE
/// OKONKWO-BELL PLEASE" (pii50). `capitalLetterNames` keeps word given names out ("GRACE PERIOD", "MAY SALE"); a
/// surname after one that is no English word (listed or not) says a person is meant.
extension ContextNameScanner {
  /// Adds a listed given name in capitals and the capitalised surname after it.
  static func capitalWordNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 2 else { return }
    for i in 0..<(words.count - 1) {
      let given = words[i], surname = words[i + 1]
      guard given.allCaps, surname.allCaps, given.digits == 0, surname.digits == 0, surname.letters >= 3,
            ByteWords.spaced(b, given, surname), NameLexicon.firstNames.contains(given.hash),
            notNames.contains(given.hash) || commonLowerWords.contains(given.hash),
            !placeGivenNames.contains(given.hash), !months.contains(given.hash) else { continue }
      let h = surname.hash
      guard !EnglishWords.common.contains(h), !EnglishWords.proper.contains(h), !NameScanner.stopWords.contains(h),
            !productWords.contains(h), !notNames.contains(h), !AddressScanner.streetTypes.contains(h),
            !brands.contains([given.hash, h]) else { continue }
      out.append(Candidate(type: .name, start: given.start, end: surname.end))
    }
  }
}
