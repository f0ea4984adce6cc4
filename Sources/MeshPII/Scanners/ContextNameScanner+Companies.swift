/// Companies named after people: "Ashdown Florals", "Patel Traders Ltd", "Keller & Stein", "Morrison & Sons".
/// The surname is a person's word, but the firm is no personal data, and shoppers name sellers, florists and
/// law firms this way (heldout5, piiname36: the lower threshold began to take them).
extension ContextNameScanner {
  /// Words that, right after a name, make it a firm's name: legal forms and the trades shops name themselves by.
  /// Words that follow a person in chat ("flowers", "kitchen", "partner") are left out: "I sent Lucy flowers".
  static let companyWords = WordSet(words: """
    ltd limited llc llp inc incorporated plc gmbh ag kg ohg ug sarl sas srl spa bv nv oy ab pty pvt corp
    corporation co company sons bros brothers traders trading wholesale wholesalers electronics hardware textiles
    florals florist florists boutique stationery architekten architects associates solicitors attorneys lawyers
    consulting consultants logistics motors builders plumbing services holdings enterprises industries imports
    exports supplies interiors jewellers jewelers opticians pharmacy bakery butchers realty estates autos partners
    crafts designs studio studios dealership dealerships fabrics goods gifts emporium
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Legal forms of firms, which may follow a trade word after the owner's name ("Schmidt Uhren GmbH").
  static let legalForms = WordSet(words: ["ltd", "limited", "llc", "llp", "inc", "plc", "gmbh", "ag", "kg", "sarl",
                                          "sas", "srl", "spa", "bv", "nv", "oy", "ab", "pty", "pvt", "corp", "co"])
  /// Trade words that open a shop's or practice's name before the owner's name in French, German, Italian and
  /// Spanish ("Atelier Dubois", "Bäckerei Huber", "Farmacia Rossi"); capitalised only.
  static let tradesBefore = WordSet(words: """
    atelier maison boutique salon praxis kanzlei bäckerei baeckerei metzgerei autohaus boulangerie pharmacie
    librairie garage farmacia taller tienda librería libreria bottega trattoria osteria ristorante pizzeria
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Capitalised words that, ending a name finding or right after it, make it a place or an institution named
  /// after a person: "Lincoln Center", "Victoria Station", "Chase Bank"; street types count only after the
  /// finding ("Jan Smuts Avenue") and when no surname ("Penny Lane" may be a person's whole name).
  static let placeWords = WordSet(words: """
    center centre station square airport stadium museum hospital university college school library bank arena
    theatre theater mall gallery cathedral terminal market
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Street types that the census lists as surnames but that after a name make a street ("Carter Street", "King
  /// Edward Street"); "Penny Lane" may still be a person's whole name.
  static let roadWords = WordSet(words: ["street", "st", "road", "rd", "avenue", "ave"])

  /// Drops name findings that are a firm's: a name a company word follows ("Ashdown Florals", "Will & Co
  /// Stationery" through the ampersand), and names joined by "&" unless both sides are given names ("Keller &
  /// Stein invoiced us" goes, "Pat & Sam have keys" stays).
  static func dropCompanies(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    func ampersand(_ from: Int, _ to: Int) -> Bool {
      guard from < to else { return false }
      var seen = false
      for k in from..<to {
        if b[k] == 0x26 { seen = true } else if b[k] != 0x20 { return false }
      }
      return seen
    }
    func givenName(_ w: ByteWord) -> Bool { NameLexicon.firstNames.contains(stem(b, w)) && !w.allCaps }
    let addressStarts = Set(all.filter { $0.type == .address }.map(\.start))
    all.removeAll { c in
      guard c.type == .name else { return false }
      let k = words.firstIndex(where: { $0.start >= c.end }) ?? words.count
      let next = k < words.count ? words[k] : nil
      let last = k > 0 ? words[k - 1] : nil
      let first = words.lastIndex(where: { $0.end <= c.start }).map { $0 + 1 } ?? 0
      // "Ashdown Florals", "Patel Traders Ltd": a company word tagged with the name, or right after it; or a
      // company word alone ("Partners" in "Hill and Partners").
      if let l = last, l.start >= c.start, companyWords.contains(l.hash) { return true }
      if let n = next, n.start - c.end <= 1, companyWords.contains(n.hash) { return true }
      // "Schmidt Uhren GmbH": a legal form one capitalised word after the name.
      if let n = next, n.capitalised, k + 1 < words.count, legalForms.contains(words[k + 1].hash),
         ByteWords.spaced(b, n, words[k + 1]), n.start - c.end == 1 { return true }
      // "Atelier Dubois", "Bäckerei Huber": a trade word opening a shop's name before the name or as its first word.
      if first < words.count, words[first].start == c.start,
         tradesBefore.contains(words[first].hash) && words[first].capitalised
           || first > 0 && words[first - 1].capitalised && tradesBefore.contains(words[first - 1].hash)
             && ByteWords.spaced(b, words[first - 1], words[first]) { return true }
      // "Lincoln Center", "Chase Bank", "Victoria Station", "Jan Smuts Avenue", "Carter Street": a place named after a
      // person.
      if let l = last, l.start > c.start, l.capitalised, placeWords.contains(l.hash) || roadWords.contains(l.hash) {
        return true
      }
      // "King's Cross", "Regent's Park"; "Victoria Park", "Lincoln Park": a place word after a possessive, or after a
      // royal's or a place's name ("Jisoo Park", "Sunny Park", "Amanda Cross" stay).
      if possessivePlace(b, words, c) { return true }
      if first + 1 < words.count, k - first <= 2,
         royalNames.contains(words[first].hash) || placeGivenNames.contains(words[first].hash),
         words[first + 1].capitalised, parkWords.contains(words[first + 1].hash), ByteWords.spaced(b, words[first], words[first + 1]) {
        return true
      }
      // Not a street word that opens a found address ("Rafael dos Santos Av. Atlântica 2964": the name is before it).
      if let n = next, n.start - c.end <= 1, n.capitalised,
         placeWords.contains(n.hash) || AddressScanner.streetTypes.contains(n.hash)
           && (!NameLexicon.surnames.contains(n.hash) || roadWords.contains(n.hash))
           && !addressStarts.contains(n.start) {
        return true
      }
      // "Fox and Sons", "Hill and Partners": "and" before a company word.
      if let n = next, n.hash == andHash, n.start - c.end == 1, k + 1 < words.count, words[k + 1].capitalised,
         ByteWords.spaced(b, n, words[k + 1]), companyWords.contains(words[k + 1].hash) {
        return true
      }
      // "Chase won't let me pay": a bank named like a person, refusing a payment.
      if k - first == 1, refusesPayment(b, words, first) { return true }
      // "Morgan Stanley", "Harrison Ford": the finding is a listed brand, firm or famous name of two words or more
      // (the tagger's runs do not pass the brand list that the rules' runs do).
      if k - first >= 2, brands.contains(where: { brand in
        brand.count == k - first
          && (0..<brand.count).allSatisfy { words[first + $0].hash == brand[$0] || stem(b, words[first + $0]) == brand[$0] }
      }) {
        return true
      }
      // "Keller & Stein …", "Morrison & Sons": the name before an ampersand and a capitalised word.
      if let n = next, ampersand(c.end, n.start), n.capitalised {
        if companyWords.contains(n.hash) { return true }
        if k + 1 < words.count, companyWords.contains(words[k + 1].hash) { return true }
        if let l = last, !(givenName(l) && givenName(n)) { return true }
      }
      // "Cooper, Fisher & Taylor LLP": the first of a firm's list of names, a company word closing the list.
      if let n = next, ByteWords.commaGap(b, words[k - 1], n), firmListAhead(b, words, k) { return true }
      // "… & Stein": the name after an ampersand and a capitalised word.
      if first > 0, first < words.count, ampersand(words[first - 1].end, c.start), words[first - 1].capitalised {
        if !(givenName(words[first - 1]) && givenName(words[first])) { return true }
      }
      return false
    }
  }

  /// Whether the capitalised words from `words[k]`, apart by commas, "&" or "and", reach a company word within five
  /// words ("Fisher & Taylor LLP", "Fisher and Taylor Solicitors").
  static func firmListAhead(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    var j = k
    while j < words.count, j - k < 5 {
      let w = words[j]
      if w.capitalised && companyWords.contains(w.hash) { return true }
      guard w.capitalised || w.hash == andHash, j + 1 < words.count else { return false }
      let gap = (w.end..<words[j + 1].start)
      guard gap.allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2C || b[$0] == 0x26 }), gap.count <= 3 else { return false }
      j += 1
    }
    return false
  }

  /// Banks and payment firms whose name is a given name ("Chase", "Ally", "Marcus" by Goldman Sachs).
  static let bankNames = WordSet(words: ["chase", "ally", "marcus", "lloyds", "barclays", "santander"])
  /// Words of paying that, after a bank's name and a refusal, make the bank the subject ("won't let me pay").
  static let paymentWords = WordSet(words: """
    pay paying payment payments card cards transfer transfers charge charges transaction transactions purchase
    withdraw withdrawal deposit checkout approve authorise authorize process
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Negations that a bank's name opens as a refusal.
  static let refusals = WordSet(words: ["can't", "can’t", "cant", "cannot", "won't", "won’t", "wont", "didn't",
                                        "didn’t", "didnt", "wouldn't", "wouldn’t", "keeps", "refused", "refuses"])

  /// Whether `words[i]`, a bank's name opening its line or sentence, is followed by a refusal and, within the
  /// next five words, a word of paying: "Chase won't let me pay", "Ally can't process the transfer". A person
  /// of that name stays a name when no payment follows ("Chase can't find my order").
  static func refusesPayment(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard bankNames.contains(words[i].hash), i + 1 < words.count, refusals.contains(words[i + 1].hash),
          i == 0 || lineBreak(b, between: words[i - 1], and: words[i]) else { return false }
    return words[(i + 2)..<min(words.count, i + 7)].contains { paymentWords.contains($0.hash) }
  }
}
