/// Whole postal addresses: the street `AddressScanner` finds joined with the unit, city, state and
/// postcode around it, and postcodes with their city on their own. Shapes: US ("742 Evergreen
/// Terrace, Springfield, IL 62704"), Canada ("Toronto, ON M5H 2N2"), UK ("221B Baker Street, London
/// NW1 6XE"), and the continental order ("Friedrichstraße 43, 10117 Berlin", "18 rue du Faubourg
/// Saint-Honoré, 75008 Paris", "Via Roma 10, 10121 Torino"). A city alone is not an address.
enum PostalAddressScanner {
  static let usStates = WordSet(words: """
    al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok
    or pa pr ri sc sd tn tx ut vt va wa wv wi wy ab bc mb nb nl ns nt nu on pe qc sk yt
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let canadianProvinces = WordSet(words: ["ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc",
                                                 "sk", "yt"])
  /// Lower-case words that may stand inside a street or city name.
  static let particles = WordSet(words: ["de", "du", "des", "la", "le", "les", "del", "della", "di", "da", "am", "an",
                                         "im", "auf", "sur", "en", "von", "van", "der", "den", "y", "e", "rue",
                                         "avenue", "av", "boulevard", "bd", "place", "allée", "allee", "quai",
                                         "chemin", "impasse", "cours", "route", "via", "viale", "corso", "piazza",
                                         "calle", "avenida", "rua", "carrer", "plaza", "strada", "box", "bis", "ter", "dei", "degli",
                                         "delle", "dello", "do", "dos", "das", "los", "las", "ul", "ulica", "aleja"])
  static let directions = WordSet(words: ["n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"])
  /// Capitalised words that are never a city or street word.
  static let notPlaceWords = WordSet(words: ["i", "im", "i'm", "thanks", "thank", "please", "pls", "hi", "hello",
                                             "hey", "yes", "no", "ok", "okay", "order", "my", "the", "and", "or",
                                             "but", "monday", "tuesday", "wednesday", "thursday", "friday",
                                             "saturday", "sunday", "tel", "phone", "email", "mobile", "call",
                                             "regards", "cheers", "best", "dear", "attn", "c/o", "invoice", "ref",
                                             "eur", "usd", "gbp", "euro", "euros", "dollars", "it", "is", "was",
                                             "we", "you", "he", "she", "they", "our", "your", "this", "that", "a", "an", "in", "at", "on",
                                             "to", "for", "of", "with", "from", "by", "as", "if", "so", "not",
                                             "just", "also", "still", "too", "can", "could", "would", "will",
                                             "should", "do", "does", "did", "have", "has", "had", "be", "are",
                                             "am", "there", "here", "what", "when", "where", "who", "why", "how",
                                             "sorry", "great", "good", "fine", "sure", "hope", "note", "ps"])

  /// Words before a postcode and city that make them an address: "postcode 80331 München".
  static let postalCues = WordSet(words: ["zip", "zipcode", "postcode", "postal", "plz", "postleitzahl"])
  /// Words that name the street in a segment without a house number ("Rose Cottage, Mill Lane").
  static let houseWords = WordSet(words: ["cottage", "house", "farm", "lodge", "manor", "hall", "barn", "villa",
                                          "mews", "gardens", "green", "mansions", "court", "building", "tower",
                                          "apartments", "apartment", "residency", "residence", "towers", "enclave",
                                          "nagar", "colony", "complex", "heights", "block", "estate", "flats",
                                          "society", "layout", "bhavan", "niwas", "sadan", "plaza", "centre", "center"])
  /// Words that make a numbered segment a street even without a comma before the postcode ("7 place
  /// Bellecour 69002 Lyon").
  static let streetWords = WordSet(words: ["rue", "avenue", "av", "boulevard", "bd", "place", "allée", "allee", "quai",
                                           "chemin", "impasse", "cours", "route", "via", "viale", "corso", "piazza",
                                           "calle", "avenida", "rua", "carrer", "plaza", "strada"])
  /// Capitalised words that may open a street's name inside a numbered segment ("4 The Green", "Am Markt 3a").
  static let streetOpeners = WordSet(words: ["the", "am", "an", "im", "auf", "zum", "zur", "in"])

  static func scan(_ b: UnsafeBufferPointer<UInt8>, streets: [Candidate], into out: inout [Candidate]) {
    let words = ByteWords.split(b)
    guard words.count >= 2 else { out += streets; return }
    var streets = streets
    PrefixedStreetScanner.scan(b, words, into: &streets)
    var anchors: [Candidate] = []
    for i in words.indices {
      if let a = ukPostcode(b, words, i) ?? eircode(b, words, i) ?? FinePostcode.match(b, words, i)
        ?? cuedPostcode(b, words, i) ?? continentalPostcode(b, words, i) ?? northAmerican(b, words, i)
        ?? moreCountries(b, words, i) {
        anchors.append(a)
      }
    }
    var used = Set<Int>()  // streets joined into a longer address
    for a in anchors {
      var start = a.start
      var k = words.firstIndex { $0.start >= start } ?? 0
      // Segments of place words only ("Indiranagar", "The Maltings", "Banjara Hills") join only when a
      // numbered or named segment comes before them: a locality between the street and the city.
      var pending = 0
      for round in 0..<7 {
        guard k > 0 else { break }
        let p = k - 1
        guard ByteWords.commaGap(b, words[p], words[k]) else {
          // No comma: only a numbered segment with a street word right before the postcode.
          if round == 0, ByteWords.spaced(b, words[p], words[k]), let segment = numberedSegment(b, words, endingAt: p),
             (segment...p).contains(where: { streetWords.contains(words[$0].hash) || AddressScanner.streetTypes.contains(words[$0].hash) }) {
            start = words[segment].start
            k = segment
            continue
          }
          break
        }
        if let s = streets.firstIndex(where: { $0.end >= words[p].end && $0.start < words[p].end && $0.end <= words[k].start }) {
          used.insert(s)
          start = streets[s].start
          k = words.firstIndex { $0.start >= start } ?? k
          pending = 0
          continue
        }
        if let segment = numberedSegment(b, words, endingAt: p) ?? namedSegment(b, words, endingAt: p) {
          start = words[segment].start
          k = segment
          pending = 0
          continue
        }
        guard pending < 2, let segment = placeSegment(b, words, endingAt: p) else { break }
        pending += 1
        k = segment
      }
      start = slashUnit(b, before: start)
      out.append(Candidate(type: .address, start: start, end: trailingRegion(b, words, endingAt: a.end)))
    }
    // Streets with no postcode: take the city (and a region) that follow after commas.
    for (s, street) in streets.enumerated() where !used.contains(s) {
      var end = street.end
      let start = unitBefore(b, words, street.start)
      guard var k = words.firstIndex(where: { $0.start >= end }) else {
        out.append(Candidate(type: .address, start: start, end: end))
        continue
      }
      if directions.contains(words[k].hash), words[k].start == end + 1 {
        end = words[k].end
        k += 1
      }
      for _ in 0..<2 {
        guard k < words.count, k > 0, ByteWords.commaGap(b, words[k - 1], words[k]),
              let last = placeWords(b, words, from: k), endsClause(b, words, after: last) else { break }
        end = words[last].end
        k = last + 1
      }
      out.append(Candidate(type: .address, start: start, end: trailingRegion(b, words, endingAt: end)))
    }
  }

  /// Capitalised place words from `words[k]` (up to three, single spaces, particles inside): the last index.
  static func placeWords(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int) -> Int? {
    guard k < words.count, isPlaceWord(words[k]) else { return nil }
    var last = k
    var j = k + 1
    while j < words.count, j - k < 4, ByteWords.spaced(b, words[j - 1], words[j]) {
      if isPlaceWord(words[j]) {
        last = j
      } else if particles.contains(words[j].hash), j + 1 < words.count, isPlaceWord(words[j + 1]) {
        // "Frankfurt am Main", "Boulogne sur Mer"
      } else {
        break
      }
      j += 1
    }
    return last
  }

  static func isPlaceWord(_ w: ByteWord) -> Bool {
    w.capitalised && !w.allCaps && w.digits == 0 && w.letters >= 2 && !notPlaceWords.contains(w.hash)
  }

  /// Whether the text after `words[last]` ends the address: end of text, punctuation, or a line break,
  /// not a word that continues the sentence ("Springfield and ...").
  static func endsClause(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after last: Int) -> Bool {
    let e = words[last].end
    guard e < b.count else { return true }
    if b[e] != 0x20 { return true }
    guard last + 1 < words.count else { return true }
    let next = words[last + 1]
    return next.isNumber || next.capitalised && !isPlaceWord(next) || next.allCaps || clauseWords.contains(next.hash)
  }

  /// A comma-separated segment ending at `words[p]` that carries a house number, a unit or a PO box
  /// ("16 Station Road", "Flat 2", "PO Box 4410", "Via Roma 10", "2200 Pennsylvania Ave NW"): its first word.
  static func numberedSegment(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], endingAt p: Int) -> Int? {
    var first = p
    var hasNumber = false
    var j = p
    while j >= 0 && p - j < 7 {
      let w = words[j]
      let ordinal = AddressScanner.ordinal(b, at: w.start) != nil
      // A unit word, or one capital letter after a house number ("5º A", "12 B").
      let unit = unitWords.contains(w.hash)
        || w.length == 1 && w.capitalised && j > 0 && isHouseNumber(b, words[j - 1]) && ByteWords.spaced(b, words[j - 1], w)
      let fits = w.isNumber && w.digits <= 5 || isHouseNumber(b, w) || unit
        || w.capitalised || w.allCaps || particles.contains(w.hash) || ordinal
      let opener = w.capitalised && j < p && (words[j + 1].capitalised || particles.contains(words[j + 1].hash))
        && streetOpeners.contains(w.hash)
      guard fits, opener || unit || !notPlaceWords.contains(w.hash) else { break }
      // A house number, an ordinal ("14th Cross", "3rd floor") or a unit word ("Ground Floor", "Bâtiment C").
      // A unit word alone in lower case ("the side door, 88 Grove St") is not one.
      if isHouseNumber(b, w) || ordinal || unit && (w.capitalised || w.allCaps || j < p) { hasNumber = true }
      first = j
      guard j > 0 else { break }
      // Words of one segment are separated by spaces (a "." after an abbreviation too: "St. ", and a "/"
      // in "C/ de Balmes" or "5/21").
      let gap = w.start - words[j - 1].end
      let joint = b[words[j - 1].end]
      guard gap >= 1, gap <= 2, b[w.start - 1] == 0x20 || gap == 1 && joint == 0x2F,
            gap == 1 || joint == 0x2E || joint == 0x2F else { break }
      j -= 1
    }
    guard hasNumber else { return nil }
    // Drop leading words that are not part of the address ("Delivery", "Ship"): the segment starts at
    // its number, a unit word, a PO box, or a capitalised street word right before its number.
    return first
  }

  /// A segment of two to four capitalised words naming a street or a house, without a number: "Mill Lane",
  /// "Rose Cottage". Its first word.
  static func namedSegment(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], endingAt p: Int) -> Int? {
    let last = words[p]
    guard isPlaceWord(last), AddressScanner.streetTypes.contains(last.hash) || houseWords.contains(last.hash)
            || AddressVocabulary.houseNames.contains(last.hash) else {
      return nil
    }
    var first = p
    while first > 0, p - first < 3, ByteWords.spaced(b, words[first - 1], words[first]), isPlaceWord(words[first - 1]) {
      first -= 1
    }
    // "The Old Rectory, Church Lane, …": a house's name opens with "The".
    if first < p, first > 0, words[first - 1].hash == the, words[first - 1].capitalised,
       ByteWords.spaced(b, words[first - 1], words[first]) {
      first -= 1
    }
    return first < p ? first : nil
  }

  static let the = Bytes.wordHash("the"), of = Bytes.wordHash("of")

  /// The index of a postcode label ("postcode", "zip", "post code", "postal code") right before `words[i]`, or nil.
  static func postcodeLabel(_ words: [ByteWord], before i: Int) -> Int? {
    guard i > 0 else { return nil }
    let p = i - 1
    if ShortAnswerAddress.postcodeLabels.contains(words[p].hash) { return p }
    if words[p].hash == ShortAnswerAddress.code, p > 0, ShortAnswerAddress.codeLabels.contains(words[p - 1].hash) {
      return p - 1
    }
    return nil
  }

  /// "Cork T12 X70A", "Dublin D6W Y2X4": an Irish Eircode (routing key and identifier) and the city before it.
  static func eircode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    guard i + 1 < words.count, ByteWords.spaced(b, words[i], words[i + 1]) else { return nil }
    let key = words[i], id = words[i + 1]
    guard FinePostcode.isEircode(b, key, id), id.end == b.count || !Bytes.isWordByte(b[id.end]), i > 0,
          isPlaceWord(words[i - 1]), ByteWords.spaced(b, words[i - 1], key) || ByteWords.commaGap(b, words[i - 1], key)
    else { return nil }
    return Candidate(type: .address, start: words[i - 1].start, end: id.end)
  }

  /// "my postcode is 80331 München": a postcode and its city after a postal cue (which `continentalPostcode`
  /// leaves to the number scanner's business cues).
  static func cuedPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    guard w.isNumber, w.length == 5 || w.length == 4, Bytes.cue(b, before: w.start, count: 3, in: postalCues) else {
      return nil
    }
    // A postcode alone stays (a delivery area, as in "do you deliver to postcode 10115?").
    guard i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]), let last = placeWords(b, words, from: i + 1) else {
      return nil
    }
    return Candidate(type: .address, start: w.start, end: words[last].end)
  }

  /// "London NW1 6XE", "M4 5JD": a UK postcode (outward and inward code) and the city before it.
  static func ukPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    guard i + 1 < words.count, ByteWords.spaced(b, words[i], words[i + 1]) else { return nil }
    let out = words[i], inward = words[i + 1]
    guard out.length >= 2, out.length <= 4, inward.length == 3, out.digits >= 1, out.digits <= 2 else { return nil }
    // Outward: A9, A99, AA9, AA99, A9A, AA9A. Inward: 9AA.
    let o = (out.start..<out.end).map { b[$0] }
    let letters = o.prefix { Bytes.isUpper($0) }.count
    guard letters >= 1, letters <= 2, o.count > letters, Bytes.isDigit(o[letters]),
          o[letters...].dropFirst().allSatisfy({ Bytes.isDigit($0) || Bytes.isUpper($0) }),
          Bytes.isDigit(b[inward.start]), Bytes.isUpper(b[inward.start + 1]), Bytes.isUpper(b[inward.start + 2])
    else { return nil }
    // "does postcode SW1A 1AA get next day": after its label, a postcode asked about is a place (the convention).
    if let label = postcodeLabel(words, before: i), ShortAnswerAddress.askedAsPlace(b, words, label: label, end: i + 1),
       !(label > 0 && ShortAnswerAddress.possessives.contains(words[label - 1].hash)) {
      return nil
    }
    var start = out.start
    var j = i - 1
    // Up to two place words, "of" inside a place's name ("Isle of Skye IV51 9EU").
    while j >= 0 && i - j <= 2 && ByteWords.spaced(b, words[j], words[j + 1]) {
      if isPlaceWord(words[j]) {
        start = words[j].start
        j -= 1
      } else if words[j].hash == of, j > 0, j < i - 1, AddressVocabulary.placesOf.contains(words[j - 1].hash),
                words[j - 1].capitalised, ByteWords.spaced(b, words[j - 1], words[j]) {
        start = words[j - 1].start
        break
      } else {
        break
      }
    }
    return Candidate(type: .address, start: start, end: inward.end)
  }

  /// "10115 Berlin", "75008 Paris", "60313 Frankfurt am Main": a postcode and the city after it.
  static func continentalPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    guard w.isNumber, w.length == 5 || (w.length == 4 && i > 0 && ByteWords.commaGap(b, words[i - 1], w)),
          i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]),
          !Bytes.cue(b, before: w.start, count: 2, in: NumberScanner.businessCues),
          let last = placeWords(b, words, from: i + 1) else { return nil }
    return Candidate(type: .address, start: w.start, end: words[last].end)
  }

  /// "Springfield, IL 62704", "Washington, DC 20037-1234", "Toronto, ON M5H 2N2": city, state, code.
  static func northAmerican(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let state = words[i]
    guard state.length == 2, state.allCaps, usStates.contains(state.hash), i > 0, i + 1 < words.count,
          ByteWords.spaced(b, state, words[i + 1]),
          ByteWords.commaGap(b, words[i - 1], state) || ByteWords.spaced(b, words[i - 1], state) && isPlaceWord(words[i - 1])
    else { return nil }
    let code = words[i + 1]
    var end: Int
    if code.isNumber && (code.digits == 5 || code.digits == 9) {
      end = code.end
    } else if canadianProvinces.contains(state.hash), code.length == 3, i + 2 < words.count,
              ByteWords.spaced(b, code, words[i + 2]), words[i + 2].length == 3, code.digits == 1,
              words[i + 2].digits == 2 {
      end = words[i + 2].end
    } else {
      return nil
    }
    // The city: up to three capitalised words before the comma.
    var start = -1
    var j = i - 1
    while j >= 0 && i - j <= 3 && isPlaceWord(words[j]) {
      start = words[j].start
      guard j > 0, ByteWords.spaced(b, words[j - 1], words[j]) else { break }
      j -= 1
    }
    guard start >= 0 else { return nil }
    if end > b.count { end = b.count }
    return Candidate(type: .address, start: start, end: end)
  }
}
