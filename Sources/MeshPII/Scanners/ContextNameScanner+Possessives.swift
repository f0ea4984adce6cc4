/// What the word after a possessive says about the name before it: a person's own card or phone ("Ximena's card
/// was charged twice") keeps a name that a product word would drop, a number, an order or a relation makes a word
/// given name a person's ("Grace's number is …"), and a place word makes the pair a place named after a person
/// ("King's Cross", "Regent's Park", "Earl's Court"), which stays (dev6, dev7, dev8, piiname39).
extension ContextNameScanner {
  /// Things a shopper's message says a person owns, which the product list also holds ("card", "phone", "gift"):
  /// after a possessive they keep the name that a product word drops.
  static let belongings = WordSet(words: ["card", "cards", "phone", "account", "gift", "number", "email", "address"])

  /// Capitalised words that, after a possessive, name a place: London's "King's Cross", "Earl's Court".
  static let possessivePlaces = WordSet(words: """
    cross park court wood bush green hill inn gate square lane road street row place bridge wharf quay market
    common heath gardens garden church cathedral college hospital station bay island point landing reach
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// The place words of `possessivePlaces` that follow a place's own name without a possessive ("Victoria Park");
  /// "Hill", "Green", "Wood" and "Church" are left out: "Holly Green" is a person as often.
  static let parkWords = WordSet(words: ["park", "gardens", "garden", "common", "heath", "cross", "wharf", "quay", "bridge"])
  /// Royal names that parks and squares are named after ("Victoria Park", "Albert Gardens"), beside the places of
  /// `placeGivenNames` ("Lincoln Park"); a person called "Sunny Park" or "Grace Park" keeps the name.
  static let royalNames = WordSet(words: ["victoria", "albert", "king", "queen", "prince", "princess", "regent", "duke",
                                          "royal", "alexandra"])

  /// Whether the bytes from `end` to `next` are a possessive "'s" or "’s" and spaces (a name's end is trimmed
  /// of it before this is asked).
  static func possessive(_ b: UnsafeBufferPointer<UInt8>, _ end: Int, _ next: ByteWord) -> Bool {
    var k = end
    if k + 1 < next.start, b[k] == 0x27 { k += 1 }
    else if k + 3 < next.start, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0x99 { k += 3 }
    else { return false }
    guard Bytes.lower(b[k]) == 0x73 else { return false }
    k += 1
    while k < next.start, b[k] == 0x20 { k += 1 }
    return k == next.start && k > end + 2
  }

  /// Things only a person has, which after a listed given name's possessive make it a person even when it is a
  /// word ("Grace's number is …", "Hunter's email:"); not "card", which banks named after people issue.
  static let personalDetails = WordSet(words: ["number", "email", "e-mail", "phone", "mobile", "address", "account",
                                                "order", "package", "parcel", "birthday",
                                                // Help, errands and belongings people talk of ("with Ángel's help",
                                                // "Pedro's refund", "Mia's wedding"; dev7, piiname42).
                                                "help", "present", "delivery", "return", "refund", "payment", "details",
                                                "shipment", "letter", "room", "house", "flat", "car", "wedding", "party"])

  /// Adds a capitalised listed given name whose possessive a personal detail or a relation follows ("Grace's number
  /// is …", "Grace's order came late", "Sarah's sister will sign").
  static func owners(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices.dropLast() where words[i].capitalised && !words[i].allCaps {
      let h = stem(b, words[i])
      // A shop named by its owner's possessive is no person: "Macy's order", "Trader Joe's parcel".
      let shop = brands.contains { brand in
        brand.count == 1 && brand[0] == words[i].hash
          || brand.count == 2 && i > 0 && words[i - 1].hash == brand[0] && (brand[1] == words[i].hash || brand[1] == h)
      }
      guard h != words[i].hash, NameLexicon.firstNames.contains(h), !namedThings.contains(h), !shop,
            ByteWords.spaced(b, words[i], words[i + 1]),
            personalDetails.contains(words[i + 1].hash) || relationCues.contains(words[i + 1].hash) else { continue }
      out.append(Candidate(type: .name, start: words[i].start, end: words[i].end - 2))
    }
  }

  /// Whether a word of the name `c` is a possessive that a capitalised place word follows ("King's Cross locker
  /// code", whether the finding holds "Cross" or not).
  static func possessivePlace(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Bool {
    words.indices.contains { i in
      words[i].start >= c.start && words[i].start < c.end && i + 1 < words.count
        && stem(b, words[i]) != words[i].hash && ByteWords.spaced(b, words[i], words[i + 1])
        && words[i + 1].capitalised && possessivePlaces.contains(words[i + 1].hash)
    }
  }
}
