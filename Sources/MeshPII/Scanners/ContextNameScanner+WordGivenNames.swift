/// Given names that are also words — months, virtues, colours ("April", "Grace", "Amber") — and surnames that open a
/// line alone, where the sentence itself makes them a person: a thanks or sign-off line that ends with one ("Thanks,
/// April"), a person noun then "called"/"named" ("a staff called Amber"), a hand-over ("leave it with June", "ask for
/// Hope at the desk", "deliver to Mwajuma at the kiosk"), and a listed surname as the subject of a person's verb
/// ("Kapoor hasn't answered my messages"). The other name rules keep such words out on purpose ("by April 3", "Rose
/// gold", "Amber or Ivy?"), so these cues are narrow: the word ends the sign-off line, follows a person noun, or
/// stands before a person's place or verb (dev9, piiname45).
extension ContextNameScanner {
  /// Words of a thanks or sign-off line before the name ("Thanks,", "Many thanks,", "Kind regards,", "Cheers").
  static let signOffWords = WordSet(words: """
    thanks thank you thx ty cheers regards best kind warm warmest many much so love bye sincerely yours
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Nouns for a person before "called" or "named" ("a guy called Will", "the agent named Joy").
  static let personNounsBeforeCalled = WordSet(words: """
    staff guy girl lady man woman boy person someone somebody agent rep courier driver colleague customer buyer
    seller employee worker advisor adviser supervisor manager member chap fellow bloke neighbour neighbor friend
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Verbs that hand a parcel to a person, then "to"/"with"/"for": "leave it with", "give it to", "ask for".
  static let handOverVerbs = WordSet(words: ["leave", "left", "give", "hand", "handed", "deliver", "delivered", "ask"])
  static let handOverLinks = WordSet(words: ["to", "with", "for"])
  /// Places a person works at or waits by, after "at the" ("Amber at the kiosk", "Hope at the front desk").
  static let personPlaces = WordSet(words: ["kiosk", "desk", "reception", "counter", "till", "gate", "door", "front",
                                            "booth", "stall", "concierge"])
  /// Verbs a surname opening a line is the subject of, besides `personVerbs`: not for the given-name openers, since
  /// "April hasn't been busy" speaks of a month.
  static let answeringVerbs = WordSet(words: ["hasn't", "hasn’t", "hasnt", "answered", "responded", "replied"])
  /// Firms named after a family that sellers wait on as they wait on people ("Bosch hasn't answered", "Dyson replied").
  static let familyFirms = WordSet(words: """
    bosch siemens miele braun dyson philips dell ford porsche ferrari makita kärcher karcher hermes walmart tesco lidl
    aldi kellogg heinz nestle nestlé
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let calledHash = Bytes.wordHash("called")
  static let namedHash = Bytes.wordHash("named")
  static let atHash = Bytes.wordHash("at")

  /// Adds the word given names and lone surnames that the sentence around them makes a person's.
  static func wordGivenNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices where wordNameShape(words[i]) {
      let w = words[i]
      if signOffLine(b, words, i) || calledPerson(b, words, i) || handedOver(b, words, i) || surnameSubject(b, words, i)
        || namedChildren(b, words, i) {
        out.append(Candidate(type: .name, start: w.start, end: w.end))
      }
    }
  }

  /// Capitalised, letters only, not all capitals.
  private static func wordNameShape(_ w: ByteWord) -> Bool {
    w.capitalised && !w.allCaps && w.digits == 0 && w.letters >= 2
  }

  /// "Thanks, April", "Many thanks, Grace!": a listed given name closing a line whose other words are all thanks or
  /// sign-off words, the first of them "thanks", "cheers", "regards" or the like.
  private static func signOffLine(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i > 0, NameLexicon.firstNames.contains(words[i].hash), !placeGivenNames.contains(words[i].hash),
          !notGreeted.contains(words[i].hash), !endearments.contains(words[i].hash),
          i + 1 == words.count || lineBreak(b, between: words[i], and: words[i + 1]) else { return false }
    var k = i - 1
    while true {
      guard signOffWords.contains(words[k].hash) else { return false }
      if k == 0 || lineBreak(b, between: words[k - 1], and: words[k]) { break }
      k -= 1
    }
    // The line's last sign-off word stands right before the name, with a comma or a space only.
    return ByteWords.spaced(b, words[i - 1], words[i]) || ByteWords.commaGap(b, words[i - 1], words[i])
  }

  /// "a staff called Amber", "some guy named Will": a person noun, "called"/"named", then a listed given name that
  /// no product word follows.
  private static func calledPerson(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i >= 2, words[i - 1].hash == calledHash || words[i - 1].hash == namedHash,
          personNounsBeforeCalled.contains(words[i - 2].hash), NameLexicon.firstNames.contains(words[i].hash),
          ByteWords.spaced(b, words[i - 1], words[i]) else { return false }
    return i + 1 == words.count || !productWords.contains(words[i + 1].hash)
  }

  /// Plural kin after a possessive, before the children's names ("for my girls June and May", "our twins Rose and Ivy").
  static let pluralKin = WordSet(words: """
    girls boys kids children daughters sons twins grandkids grandchildren granddaughters grandsons nieces nephews
    sisters brothers
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// "And" in the marketplace's languages.
  static let andWords = WordSet(words: ["and", "und", "et", "y", "e"])

  /// "for my girls June and May", "our twins Rose and Ivy": two listed given names joined by "and" right after a
  /// possessive and plural kin. The kin before them say they are children's names, not months or flowers.
  private static func namedChildren(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    func listed(_ k: Int) -> Bool {
      k >= 0 && k < words.count && wordNameShape(words[k]) && NameLexicon.firstNames.contains(words[k].hash)
    }
    func kinBefore(_ k: Int) -> Bool {
      k >= 2 && pluralKin.contains(words[k - 1].hash) && asidePossessives.contains(words[k - 2].hash)
        && ByteWords.spaced(b, words[k - 1], words[k])
    }
    func joined(_ k: Int) -> Bool {
      k + 2 < words.count && andWords.contains(words[k + 1].hash) && ByteWords.spaced(b, words[k], words[k + 1])
        && ByteWords.spaced(b, words[k + 1], words[k + 2])
    }
    return listed(i) && (kinBefore(i) && joined(i) && listed(i + 2) || i >= 2 && joined(i - 2) && listed(i - 2) && kinBefore(i - 2))
  }

  /// "leave it with June, she …", "ask for Hope at the desk", "deliver to Mwajuma at the kiosk": a hand-over verb,
  /// "to"/"with"/"for", then a capitalised word at the end of the clause or before "at the <kiosk/desk/…>". A word the
  /// lexicon does not list must stand before such a place, since "deliver to Lagos" names a city.
  private static func handedOver(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i >= 2, handOverLinks.contains(words[i - 1].hash), ByteWords.spaced(b, words[i - 1], words[i]) else { return false }
    let verb = handOverVerbs.contains(words[i - 2].hash)
      || i >= 3 && handOverVerbs.contains(words[i - 3].hash) && handedObject(words[i - 2])
    guard verb, !placeGivenNames.contains(words[i].hash), !placeNames.contains(words[i].hash) else { return false }
    let asked = words[i - 2].hash == askHash || i >= 3 && words[i - 3].hash == askHash
    let atPlace = i + 3 < words.count && words[i + 1].hash == atHash && words[i + 2].hash == theHash
      && personPlaces.contains(words[i + 3].hash)
    let listed = NameLexicon.firstNames.contains(words[i].hash)
    let unknownWord = !EnglishWords.common.contains(words[i].hash) && !EnglishWords.proper.contains(words[i].hash)
      && !NameScanner.stopWords.contains(words[i].hash)
    // Closing the clause is enough after a verb that hands a thing over, not after "ask for" ("can I ask for May,").
    return atPlace && (listed || unknownWord)
      || listed && closesClause(b, words[i]) && !asked
  }

  /// "leave it with", "give them to": the object between a hand-over verb and its link.
  private static func handedObject(_ w: ByteWord) -> Bool { handedObjects.contains(w.hash) }
  static let handedObjects = WordSet(words: ["it", "them", "this", "that", "everything", "parcel", "package", "box"])
  static let askHash = Bytes.wordHash("ask")

  /// "Kapoor hasn't answered my messages": a listed surname, no English word, opening a line before a verb only a
  /// person does (`personVerbs`, `answeringVerbs`); firms named like
  /// families (`familyFirms`) stay.
  private static func surnameSubject(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i + 1 < words.count, i == 0 || lineBreak(b, between: words[i - 1], and: words[i]),
          NameLexicon.surnames.contains(words[i].hash), personVerbs.contains(words[i + 1].hash) || answeringVerbs.contains(words[i + 1].hash),
          ByteWords.spaced(b, words[i], words[i + 1]) else { return false }
    let h = words[i].hash
    return !EnglishWords.common.contains(h) && !notNames.contains(h) && !familyFirms.contains(h)
      && !NameScanner.stopWords.contains(h) && !brands.contains(where: { $0.count == 1 && $0[0] == h })
  }
}
