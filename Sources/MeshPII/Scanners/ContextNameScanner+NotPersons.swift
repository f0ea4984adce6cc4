/// Name findings that the words around them show to be no person, whichever rule or the tagger made them: a
/// greeting opening a line ("Merhaba, Emre Çelik ben"), a German noun after its article ("Es fehlt der Deckel"), the
/// forms of address of a letter ("Sehr geehrte Damen und Herren"), a shop's handle in camel case ("seller name is
/// BestDealsUK"), an everyday English word in lower case ("call me instead"), a shop named by a possessive ("Wendy's
/// coupon", "seller Sam's Club Deals") and a name inside a quoted title ("The Count of Monte Cristo"). The tagger
/// scores such words by their shape alone, and marketplace chat (sellers, letters in German, book orders) is full of
/// them (heldout12, heldout13, piiname41).
extension ContextNameScanner {
  /// German articles: a capitalised word right after one is a noun ("der Deckel", "eine Lieferung"). "den" is left
  /// out: it is a Dutch particle too ("van den Berg").
  static let germanArticles = WordSet(words: ["der", "die", "das", "dem", "des", "ein", "eine", "einen", "einem",
                                              "einer", "kein", "keine", "keinen",
                                              // Possessives ("an unsere Werkstatt"); "mein", "sein", "ihr" are
                                              // left out: short, and "Ihr" opens letters as "your".
                                              "unser", "unsere", "unseren", "unserem", "unserer", "meine", "meinen",
                                              "meinem", "meiner", "deine", "deinen", "deinem", "ihre", "ihren",
                                              "ihrem", "seine", "seinen", "seinem", "eure", "euren"])
  /// Plural forms of address that open letters in other languages ("Damen und Herren", "Mesdames, Messieurs").
  static let formsOfAddress = WordSet(words: ["damen", "herren", "dames", "heren", "messieurs", "mesdames", "señores",
                                              "señoras", "senhores", "senhoras", "signori", "signore"])
  /// Words that open a title of a work: a name in quotes after one is a character's ("The Count of Monte Cristo").
  static let titleOpeners = WordSet(words: ["the", "a", "an"])

  /// Drops the name findings that are no person (see the extension's note).
  static func dropNotPersons(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    let findings = all
    all.removeAll { c in
      guard c.type == .name, let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
      let last = words.lastIndex(where: { $0.start < c.end }) ?? first
      let w = words[first]
      if first == last {
        if openingGreeting(b, words, first) || formsOfAddress.contains(w.hash) || camelCaseHandle(b, w) { return true }
        if germanNoun(b, words, first) || pronoun(words[first]) || postscript(b, words[first]) { return true }
      }
      if (first...last).allSatisfy({ everydayWord(words[$0]) || foreignFunctionWord(words[$0]) }) { return true }
      if (first...last).contains(where: { carrierWord(b, words, $0) || phraseCovers(setPhrases, b, words, $0) }) {
        return true
      }
      if first == last, germanNounAfterPreposition(b, words, first) || shippedFrom(b, words, first) { return true }
      if placeBeforeParticles(b, words, first) || first == last && placeWordAfterPlace(b, words, first, findings) { return true }
      return possessiveShop(b, words, first) || insideQuotedTitle(b, c) || first == last && variantListed(b, words, first)
    }
  }

  /// Places named "<place> of/du <name>" in other languages: stations, bridges, gates, palaces, parks, museums.
  static let placeNouns = WordSet(words: ["gare", "pont", "porte", "château", "chateau", "musée", "musee", "palais",
                                          "parc", "estación", "estacion", "puerta", "parque", "palacio", "museo",
                                          "stazione", "ponte", "porta", "palazzo", "piazza", "plaza", "place", "rue",
                                          "avenue", "boulevard", "quai", "calle", "via"])

  /// "Gare du Nord", "Puerta del Sol", "Place de la Concorde": a place noun, then particles, then the finding.
  static func placeBeforeParticles(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    var p = k - 1
    while p >= 0, k - p <= 2, !words[p].capitalised, particles.contains(words[p].hash) { p -= 1 }
    return p >= 0 && p < k - 1 && words[p].capitalised && placeNouns.contains(words[p].hash)
  }

  /// "Hampstead Heath", "Clapham Common": a place word of `parkWords` (not "Park", a Korean surname) found alone right
  /// after a capitalised word that no finding holds.
  static func placeWordAfterPlace(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int,
                                  _ all: [Candidate]) -> Bool {
    guard k > 0, parkWords.contains(words[k].hash), words[k].hash != parkHash, words[k - 1].capitalised,
          ByteWords.spaced(b, words[k - 1], words[k]) else { return false }
    return free(words[k - 1], all)
  }
  static let parkHash = Bytes.wordHash("park")

  /// "Merhaba, Emre Çelik ben", "Ola! …": a greeting opening a line with a comma or "!" after it.
  static func openingGreeting(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    let w = words[k]
    guard greetings.contains(w.hash), w.end < b.count, b[w.end] == 0x2C || b[w.end] == 0x21 else { return false }
    return k == 0 || lineBreak(b, between: words[k - 1], and: w)
  }

  /// "Es fehlt der Deckel", "die fehlenden Teile": a capitalised word right after a German article, or after an
  /// article and an inflected adjective, unless a name's particle stands before the article ("van der Berg") or a
  /// capitalised word does ("Maria das Neves").
  static func germanNoun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k > 0, words[k].capitalised, ByteWords.spaced(b, words[k - 1], words[k]) else { return false }
    // A listed given name after an adjective stays a person ("für die kleine Anna").
    if k > 1, germanAdjective(b, words[k - 1]), germanArticles.contains(words[k - 2].hash),
       ByteWords.spaced(b, words[k - 2], words[k - 1]) {
      return !NameLexicon.firstNames.contains(words[k].hash) && nounArticle(b, words, k - 2)
    }
    return germanArticles.contains(words[k - 1].hash) && nounArticle(b, words, k - 1)
  }

  /// A lower-case word with a German adjective's ending ("fehlenden", "neue", "kaputter", "falsches").
  static func germanAdjective(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard !w.capitalised, w.digits == 0, w.letters >= 4, b[w.end - 1] == 0x65 || b[w.end - 2] == 0x65 else { return false }
    let last = b[w.end - 1]
    return last == 0x65 || last == 0x6E || last == 0x72 || last == 0x73 || last == 0x6D  // -e, -en, -er, -es, -em
  }

  /// Whether the article `words[a]` opens a noun phrase: no name's particle or capitalised word but a pronoun ("senden
  /// Sie die Teile") stands before it.
  static func nounArticle(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ a: Int) -> Bool {
    guard a > 0, !lineBreak(b, between: words[a - 1], and: words[a]) else { return true }
    return (!words[a - 1].capitalised || germanPronouns.contains(words[a - 1].hash))
      && !particles.contains(words[a - 1].hash)
  }
  /// German pronouns, "Sie" capitalised as the polite "you".
  static let germanPronouns = WordSet(words: ["sie", "ich", "wir", "er", "es", "ihnen"])

  /// "BestDealsUK", "CheapTechStore": a word with two inner capitals after lower-case letters, or ending in
  /// capitals after lower-case letters, is a shop's or user's handle; a name has one at most ("McKenzie", "DeShawn").
  static func camelCaseHandle(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    var humps = 0
    var k = w.start + 1
    while k < w.end {
      if Bytes.isUpper(b[k]), Bytes.isAlpha(b[k - 1]), !Bytes.isUpper(b[k - 1]) {
        humps += 1
        // "…UK": capitals from here to the word's end.
        if k + 1 < w.end, (k..<w.end).allSatisfy({ Bytes.isUpper(b[$0]) }) { return true }
      }
      k += 1
    }
    return humps >= 2
  }

  /// Lower-case function words of the marketplace's other languages: yes, no, then, and, please, thanks, also, still
  /// ("ja bitte. und wenn nicht, dann Packstation 144", "oui merci", "sí, pues mañana"). A few are short given names
  /// elsewhere ("Ja", "Dan"), so the tagger and the rules for lower-case names took them (heldout14).
  static let foreignFunctionWords = WordSet(words: """
    ja nein dann und oder aber bitte danke wenn nicht noch schon auch doch mal jetzt heute morgen gestern nur sehr
    genau gerne gern oui non alors donc mais avec pour très tres bien aussi encore déjà deja voilà voila sí pues pero
    gracias entonces también tambien bueno vale claro sì allora però anche ancora grazie bene nee maar ook nog wel
    niet graag não nao então entao obrigado obrigada também tak nie dzięki dziękuję evet hayır tamam
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// A lower-case function word of another language (`foreignFunctionWords`).
  static func foreignFunctionWord(_ w: ByteWord) -> Bool {
    !w.capitalised && foreignFunctionWords.contains(w.hash)
  }

  /// German prepositions that put a noun, rarely a person's name, right after them ("Praxis für Allgemeinmedizin",
  /// "Termin zur Abholung").
  static let germanNounPrepositions = WordSet(words: ["für", "zur", "zum", "vom", "beim", "ohne", "gegen"])

  /// "Praxis für Allgemeinmedizin": a capitalised word that no name lexicon lists, right after a German preposition
  /// of `germanNounPrepositions`; "für Anna" keeps a listed given name.
  static func germanNounAfterPreposition(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k > 0, words[k].capitalised, germanNounPrepositions.contains(words[k - 1].hash),
          ByteWords.spaced(b, words[k - 1], words[k]) else { return false }
    return !NameLexicon.firstNames.contains(words[k].hash) && !NameLexicon.surnames.contains(words[k].hash)
  }

  /// Verbs of shipping whose "from" takes a place, not a person ("ships Monday from Milan", "dispatched from Leeds");
  /// "sent from" is left out: gifts are sent from people.
  static let shippingVerbs = WordSet(words: ["ships", "shipped", "shipping", "ship", "dispatched", "dispatches",
                                             "dispatching", "posted", "departs", "departed", "flown", "imported",
                                             "delivered", "travels", "travelled", "traveled"])

  /// "Your glasses ship Monday from Milan": one word after "from" with a shipping verb at most two words before it.
  static func shippedFrom(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k >= 2, words[k - 1].hash == fromHash else { return false }
    return (max(0, k - 4)...(k - 2)).contains { shippingVerbs.contains(words[$0].hash) }
  }

  /// A lower-case everyday English word that no name lexicon lists ("call me instead").
  static func everydayWord(_ w: ByteWord) -> Bool {
    !w.capitalised && EnglishWords.common.contains(w.hash) && !NameLexicon.firstNames.contains(w.hash)
      && !NameLexicon.surnames.contains(w.hash)
  }

  /// "Wendy's coupon", "seller Sam's Club Deals", "Trader Joe's": a listed brand with a possessive at the name's first
  /// word. A brand without one ("Jordan", "Hugo") stays a person's name when the rules say so.
  static func possessiveShop(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    let w = words[k]
    guard stem(b, w) != w.hash else { return false }
    return brands.contains { brand in
      brand.count == 1 && brand[0] == w.hash
        || brand.count == 2 && brand[0] == w.hash && k + 1 < words.count && brand[1] == words[k + 1].hash
        || brand.count == 2 && brand[1] == w.hash && k > 0 && brand[0] == words[k - 1].hash
    }
  }

  /// Whether the finding stands inside double quotes on its line whose text opens with "The", "A" or "An" and holds
  /// three words or more: the title of a book, film or song ("The Count of Monte Cristo", "A Man Called Ove").
  static func insideQuotedTitle(_ b: UnsafeBufferPointer<UInt8>, _ c: Candidate) -> Bool {
    var open = c.start - 1
    while open >= 0, b[open] != 0x22, b[open] != 0x0A { open -= 1 }
    guard open >= 0, b[open] == 0x22 else { return false }
    var close = c.end
    while close < b.count, b[close] != 0x22, b[close] != 0x0A { close += 1 }
    guard close < b.count, b[close] == 0x22 else { return false }
    // An odd number of quotes before the opening one would make it a closing quote.
    guard (0..<open).filter({ b[$0] == 0x22 }).count % 2 == 0 else { return false }
    let inner = ByteWords.split(UnsafeBufferPointer(rebasing: b[(open + 1)..<close]))
    guard inner.count >= 3, inner[0].capitalised, titleOpeners.contains(inner[0].hash) else { return false }
    return true
  }
}
