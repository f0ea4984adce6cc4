/// The words of one text seen as address parts: which words may stand in an address, how the gaps
/// between them join them, and where an address starts and whether it holds enough to be one.
struct AddressText {
  let b: UnsafeBufferPointer<UInt8>
  let words: [ByteWord]
  /// No capital letter anywhere: lower-case words may be names of streets and cities.
  let anyCase: Bool
  /// Whether each word ends in a street ending, worked out once: the rules ask it of every word many times.
  let suffixed: [Bool]
  /// The corners of two streets ("Cnr Main and 4th Street"), and whether each word stands in one.
  let corners: [ClosedRange<Int>]
  let inCorner: [Bool]

  init(b: UnsafeBufferPointer<UInt8>, words: [ByteWord], anyCase: Bool) {
    self.b = b
    self.words = words
    self.anyCase = anyCase
    suffixed = words.map { Self.endsInStreetSuffix(b, $0) }
    corners = StreetWithoutHouse.corners(b, words, anyCase: anyCase)
    var inCorner = [Bool](repeating: false, count: words.count)
    for c in corners { for k in c { inCorner[k] = true } }
    self.inCorner = inCorner
  }

  /// How two neighbouring words are joined.
  enum Gap { case none, word, segment }

  typealias V = AddressVocabulary

  /// The join between `words[k]` and `words[k + 1]`: one space (or "." after an abbreviation, "/" between
  /// numbers, "No: 45", "# 10-34") keeps a segment; a comma or a spaced dash starts a new one.
  func gap(after k: Int) -> Gap {
    let a = words[k], c = words[k + 1]
    guard c.start > a.end, c.start - a.end <= 5 else { return .none }
    // "Cnr Main & 4th St": the streets of a corner are one segment whatever joins them.
    if inCorner[k] && inCorner[k + 1] { return .word }
    var spaces = 0, commas = 0, dots = 0, slashes = 0, dashes = 0, hashes = 0, colons = 0
    var p = a.end
    while p < c.start {
      switch b[p] {
      case 0x20: spaces += 1
      case 0x2C: commas += 1
      case 0x2E: dots += 1
      case 0x2F: slashes += 1
      case 0x2D: dashes += 1
      case 0x23: hashes += 1
      case 0x3A: colons += 1
      // "7° A" (Argentina's floor and flat): the degree sign after the floor's number.
      case 0xC2 where p + 1 < c.start && b[p + 1] == 0xB0 && p == a.end && a.isNumber: p += 1
      case 0xE2 where p + 2 < c.start && b[p + 1] == 0x80 && (b[p + 2] == 0x93 || b[p + 2] == 0x94):
        dashes += 1; p += 2  // – —
      default: return .none
      }
      p += 1
    }
    guard spaces <= 2, dots <= 1, slashes <= 1, dashes <= 1, hashes <= 1, colons <= 1 else { return .none }
    if commas > 1 || colons == 1 && !V.colonUnits.contains(a.hash) { return .none }
    // "No:214 D:5" (Turkey): the number glued to its word by a colon.
    if colons == 1, commas + dots + slashes + dashes + hashes == 0 { return .word }
    if commas == 1 { return slashes + dashes == 0 ? .segment : .none }
    if dashes == 1 { return spaces >= 1 && dots + slashes + hashes == 0 ? .segment : .none }
    // " / " joins the lines of an address pasted from a form ("Flat 2 / 45 Queens Road / Bristol / BS8 1QU").
    if slashes == 1, spaces == 2, b[a.end] == 0x20, dots + hashes == 0 { return .segment }
    if slashes == 1 { return (spaces == 0 || a.hash == Self.c) && dots + hashes == 0 ? .word : .none }
    // A full stop after a code of letters and digits before a capitalised word ends the sentence ("…, Bath BA2 4JX. VAT
    // Reg. …"): an address's own codes end it there.
    if dots == 1, a.digits > 0, a.letters > 0, c.capitalised, b[a.end] == 0x2E { return .none }
    // "St. ", "Co. ", "Av. ", "m. 15", "2. tv", "Leopoldstr. 77": a dot after a short word, a number or a street's
    // abbreviated ending, not a full stop.
    if dots == 1 { return (a.length <= 4 || abbreviatedStreet(a)) && spaces <= 1 ? .word : .none }
    return spaces >= 1 || hashes == 1 ? .word : .none
  }

  static let no = Bytes.wordHash("no"), nr = Bytes.wordHash("nr"), po = Bytes.wordHash("po"),
    o = Bytes.wordHash("o"), box = Bytes.wordHash("box"), c = Bytes.wordHash("c"), the = Bytes.wordHash("the"), of = Bytes.wordHash("of"), em = Bytes.wordHash("em"),
    app = Bytes.wordHash("app"), str = Bytes.wordHash("str"), tr = Bytes.wordHash("tr"),
    gpo = Bytes.wordHash("gpo"), p = Bytes.wordHash("p"), route = Bytes.wordHash("route"), bag = Bytes.wordHash("bag"),
    rd = Bytes.wordHash("rd"), section = Bytes.wordHash("section"), at = Bytes.wordHash("at"), km = Bytes.wordHash("km"),
    d = Bytes.wordHash("d")

  /// Words that may stand in an address: numbers and short codes, capitalised words (any word in text
  /// without capitals) that are not function or chat words, and the address vocabulary in any case.
  func isAddressWord(_ k: Int) -> Bool {
    let w = words[k]
    if isAddresseeWord(k) || isCareOfLetter(k) { return false }
    // A corner's words ("Cnr Main and 4th Street") and the "s/n" of a street without a number ("Calle Sol s/n").
    if inCorner[k] || isSinNumero(k) || k > 0 && isSinNumero(k - 1) { return true }
    // "P.O. Box 45678-00100": Kenya joins the box and the postcode in one long number.
    if w.digits > 9, w.digits <= 11, hyphenated(w), k > 0, V.postBox.contains(words[k - 1].hash) { return true }
    if w.digits > 0 {
      // House numbers, flats and postcodes ("221B", "3-14-7", "K7W2", "2ºB"), not long identifiers.
      return w.digits <= 9 && (w.letters <= 3 || nonASCII(w) || hyphenated(w))
        || PostcodeShapes.match(b, words, k, anyCase: anyCase) != nil  // "C1045AAE", "LT-44304"
        || isSouthAsianPostcode(k)  // "Tehran 1994834511"
    }
    // A staircase or building letter after the house number ("Aleksanterinkatu 15 A 4") or a unit ("Bât A").
    if w.letters == 1, w.capitalised, k > 0, words[k - 1].digits > 0 || V.units.contains(words[k - 1].hash),
       words[k - 1].end + 1 == w.start || words[k - 1].end + 3 == w.start && degree(after: words[k - 1])
        || V.units.contains(words[k - 1].hash) && b[words[k - 1].end] == 0x2E
        && words[k - 1].end + 2 == w.start { return true }  // "bl. A" (bloc, Romania)
    // The same typed without capitals, between the house number and the flat's ("aleksanterinkatu 15 a 7").
    if anyCase, w.letters == 1, w.digits == 0, k > 0, k + 1 < words.count, isHouseNumber(k - 1), isHouseNumber(k + 1),
       words[k - 1].end + 1 == w.start, w.end + 1 == words[k + 1].start { return true }
    let h = w.hash
    // "csv gives error on row 41": a street type that chat uses as a word ("row", a table's or a seat's) before a
    // number is that word in lower case; English streets put the number first ("4 church row", "Savile Row 3").
    if !w.capitalised, AddressScanner.streetTypes.contains(h), V.stopWords.contains(h), k + 1 < words.count,
       words[k + 1].isNumber { return false }
    if inVocabulary(h) || V.particles.contains(h) { return true }
    // Words that join a street's parts in Indian, Nigerian and French chat ("2nd cross", "… Street off Allen Avenue",
    // "résidence les Tilleuls", "rue de l'Industrie"): `AddressText+Joins`.
    if isJoiningWord(k) { return true }
    // A farm's word in lower case after its name ("Nordre Ås gård"); "the Hilton hotel" is no address's.
    if V.farms.contains(h), k > 0, words[k - 1].capitalised, gap(after: k - 1) == .word { return true }
    if isLandmark(k) || h == Self.of && (insideLandmarkName(k) || insidePlaceName(k)) || insideLandmarkPhrase(k) {
      return true
    }
    // "Ruta 40 km 3210": a numbered road and the kilometre of the house, as rural Latin America writes it.
    if h == Self.km, k >= 2, k + 1 < words.count, isHouseNumber(k - 1), isBeforeName(k - 2), isHouseNumber(k + 1) {
      return true
    }
    // Vietnamese without accents: "so" (số) before the house number and "duong" ("so 12 duong Le Loi").
    if VietnameseLetters.isNumberWord(words, k) { return true }
    // Russia's house in Latin letters, "d. 18" (dom) after the street's segment ("ul. Tverskaya, d. 18, kv. 42").
    if isRussianHouse(k) { return true }
    // Swedish floors, "2 tr" (trappor): lower case after the number; "TR" is Turkey.
    if h == Self.tr, !w.capitalised, k > 0, words[k - 1].isNumber { return true }
    // "of. 604" (oficina, Chile), "II. em. 5." (emelet, Hungary), "App. 12" (Appartement, Germany; "app" is a chat
    // word): only with the full stop and a number near.
    if h == Self.of || h == Self.em || h == Self.app, w.end < b.count, b[w.end] == 0x2E, k + 1 < words.count,
       words[k + 1].digits > 0 { return true }
    // "…, Section 2, Zhongshan North Road" (Taiwan, "Sec." written out): a chat word elsewhere ("section 3 of the
    // manual"), so only capitalised, opening a segment after a comma and with its number.
    if h == Self.section, w.capitalised, k > 0, gap(after: k - 1) == .segment, k + 1 < words.count,
       isHouseNumber(k + 1), gap(after: k) == .word { return true }
    if w.allCaps { return V.countries.contains(h) || !isStop(h) }
    // A country typed in lower case after a comma closing a postcode and city ("…, 411 38 Göteborg, sverige"); short
    // codes ("us", "in", "no") are words, and after a city alone ("…, Kumasi, ghana post …") it may start a sentence.
    if !w.capitalised, w.letters >= 4, V.countries.contains(h), k > 0, gap(after: k - 1) == .segment,
       (max(0, k - 3)..<k).contains(where: { words[$0].digits > 0 }) { return true }
    // A landmark opening a segment, as Indian addresses give them ("…, Near Hanuman Temple, …", "Opp. City Mall").
    if w.capitalised, V.landmarks.contains(h), k > 0, gap(after: k - 1) == .segment { return true }
    // "An der Alster 40", "Zum Hafen 3": a preposition opening a German street's name.
    if w.capitalised, PostalAddressScanner.streetOpeners.contains(h), k + 1 < words.count, gap(after: k) == .word,
       V.particles.contains(words[k + 1].hash) || words[k + 1].capitalised && !isStop(words[k + 1].hash) { return true }
    if w.capitalised, V.placePrefixes.contains(h), k + 1 < words.count, gap(after: k) == .word,
       words[k + 1].capitalised, !isStop(words[k + 1].hash) { return true }
    // "The Residences at Greenbelt", "The Lofts at Union Square": "at" inside a building's name, between its house word
    // and a capitalised name.
    if h == Self.at, k > 0, k + 1 < words.count, V.houseNames.contains(words[k - 1].hash), words[k - 1].capitalised,
       words[k + 1].capitalised, gap(after: k - 1) == .word, gap(after: k) == .word { return true }
    if w.capitalised || elidedCapital(w) { return h == Self.the || !isStop(h) }
    // Hangul has no capitals: its words are names as capitalised words are ("강남구 테헤란로 152").
    if b[w.start] >= 0xEA, b[w.start] <= 0xED { return true }
    // "18 the crescent, little haven" typed without capitals: "the" between a house number and the street.
    if anyCase, h == Self.the, k > 0, k + 1 < words.count, isHouseNumber(k - 1), words[k - 1].end + 1 == w.start {
      return true
    }
    return anyCase && !isStop(h) && !V.measures.contains(h)
  }

  /// "d. 18": Russia's "dom" (house) abbreviated, with its full stop, opening a segment and followed by the number.
  func isRussianHouse(_ k: Int) -> Bool {
    let w = words[k]
    return w.hash == Self.d && w.length == 1 && w.end < b.count && b[w.end] == 0x2E && k > 0 && k + 1 < words.count
      && gap(after: k - 1) == .segment && gap(after: k) == .word && words[k + 1].isNumber && words[k + 1].digits <= 4
  }

  /// "Chome-5-1", "Teheran-ro": parts joined by hyphens.
  func hyphenated(_ w: ByteWord) -> Bool { (w.start..<w.end).contains { b[$0] == 0x2D } }

  func nonASCII(_ w: ByteWord) -> Bool { (w.start..<w.end).contains { b[$0] >= 0x80 } && w.digits < w.length / 2 }

  func isStop(_ h: UInt64) -> Bool { V.stopWords.contains(h) || PostalAddressScanner.notPlaceWords.contains(h) }

  func inVocabulary(_ h: UInt64) -> Bool {
    V.beforeName.contains(h) || V.afterNumber.contains(h) || V.afterName.contains(h) || V.units.contains(h)
      || V.postBox.contains(h) || V.localities.contains(h) || AddressScanner.streetTypes.contains(h)
  }

  /// A house, flat or box number: digits with at most three letters ("12", "221B", "14-2", "7-gil", "5B").
  func isHouseNumber(_ k: Int) -> Bool {
    let w = words[k]
    return w.digits >= 1 && w.digits <= 6 && w.letters <= 3 && AddressScanner.ordinal(b, at: w.start) == nil
      || w.digits >= 1 && nonASCII(w) || isSinNumero(k)
  }

  /// The "s" of "s/n" (sin número) after a street's name: it stands where the house number would.
  func isSinNumero(_ k: Int) -> Bool { StreetWithoutHouse.isSinNumero(b, words, k) }

  /// A German street name with its ending cut to "str" ("Leopoldstr", "Königsbrücker Str" is a word of its own).
  func abbreviatedStreet(_ w: ByteWord) -> Bool {
    w.digits == 0 && w.length > 5 && Bytes.lower(b[w.end - 3]) == 0x73 && Bytes.lower(b[w.end - 2]) == 0x74
      && Bytes.lower(b[w.end - 1]) == 0x72
  }

  /// A word ending in a street ending ("Nørregade", "Hauptstr", "Teheran-ro").
  func hasStreetSuffix(_ k: Int) -> Bool { suffixed[k] }

  static func endsInStreetSuffix(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits == 0, w.letters >= 4 || w.letters >= 2 && b[w.start] >= 0xEA && b[w.start] <= 0xED else { return false }
    // A lower-case word takes only the endings no English word has ("hauptstr", not "sharing" or "norweg").
    let list = w.capitalised ? Self.allSuffixes : Self.lowerCaseSuffixes
    return list.contains { s in
      // A hyphenated ending needs only a letter before it ("U-dong", "Jung-gu"); others a name of three letters.
      w.length > s.count + (s[0] == 0x2D ? 0 : 2)
        && (0..<s.count).allSatisfy { Bytes.lower(b[w.end - s.count + $0]) == s[$0] }
    }
  }

  /// Street endings of both lists, joined once.
  static let allSuffixes = V.suffixes + AddressScanner.suffixes
  static let lowerCaseSuffixes: [[UInt8]] = ["strasse", "straße", "str", "gasse", "platz", "allee", "gracht", "straat",
                                            "laan", "gade", "vej", "gatan", "vägen", "veien", "katu", "utca", "로", "길"]
    .map { Array($0.utf8) }

  /// A word that ends a street's name: an English street type, a street word after the name, a street ending.
  func endsStreetName(_ k: Int) -> Bool {
    let h = words[k].hash
    return AddressScanner.streetTypes.contains(h) || V.afterName.contains(h) || hasStreetSuffix(k)
  }

  /// A name word: capitalised (any case in text without capitals), not a number, not a unit.
  func isNameWord(_ k: Int) -> Bool {
    let w = words[k]
    return w.digits == 0 && (w.capitalised || anyCase || V.particles.contains(w.hash) || elidedCapital(w))
      && !V.units.contains(w.hash)
  }

  /// The segments of `s...e`: ranges of word indices between commas.
  func segments(_ s: Int, _ e: Int) -> [ClosedRange<Int>] {
    var out: [ClosedRange<Int>] = []
    var first = s
    for k in s..<e where gap(after: k) == .segment {
      out.append(first...k)
      first = k + 1
    }
    out.append(first...e)
    return out
  }

  /// The address in the run `s...e`, trimmed, if it holds enough to be one.
  func address(from s: Int, to e: Int) -> (Int, Int)? {
    var segs = segments(s, e)
    // Leading segments with nothing of an address (a name before "c/o", a greeting) are dropped.
    // A phone before " / " ("+51 987 654 321 / Jr. Huallaga 322, …") is no part of it either.
    guard let f = segs.firstIndex(where: { bearsAnchor($0) && !isPhoneSegment($0) }) else { return nil }
    guard let anchorStart = startWord(in: segs[f]) else { return nil }
    // The city, district or region written before the street ("Leeds, 14 Park Row", "Shanghai, Xuhui District, …",
    // "New York, NY 10012, 148 Mercer St"), when the street opens its own segment. They join only once the rest is
    // found strong on its own: the checks below read the first and last segments ("Hanoi, 12 Tran Hung Dao, …").
    let lead = anchorStart == segs[f].lowerBound ? leadingPlaces(segs, before: f) : 0
    let leadStart = segs[f - lead].lowerBound
    segs.removeFirst(f)
    let start = anchorStart
    segs[0] = start...segs[0].upperBound
    var end = e
    // A unit word without its number at the end ("26 Cherry Hill Lane no wait") is not part of it; a street type
    // ("12 Oak St") and a floor's side after its number ("Algade 21, 1. tv") are.
    // "No" closing the run is the sentence's ("… NY 10019 no commas"): a house's "No" has its number after it.
    while end > start, V.units.contains(words[end].hash) && !isHouseNumber(end),
          AddressScanner.ordinal(b, at: words[end - 1].start) == nil,  // "Building 2, 6th floor"
          words[end].length > 2 || !AddressScanner.streetTypes.contains(words[end].hash) && words[end - 1].digits == 0
            || words[end].hash == Self.no {
      end -= 1
    }
    while segs.count > 1, segs[segs.count - 1].lowerBound > end { segs.removeLast() }
    // After the postcode only a country or a region code belongs ("10115 Berlin, Mitte": "Mitte" stays;
    // "75011 Paris, 3rd floor": the floor stays, as the labelled sets have it).
    if let p = segs.lastIndex(where: { seg in seg.contains { postcodeBesideCity($0, s, e) } }),
       p + 1 < segs.count, !opensWithPostcode(segs, p, end) {
      var keep = p + 1
      while keep < segs.count, segs[keep].allSatisfy({ V.countries.contains(words[$0].hash) || isRegion($0) })
              || closingRegion(segs, keep, postcode: p, start: start) { keep += 1 }
      segs.removeLast(segs.count - keep)
      end = segs[segs.count - 1].upperBound
    }
    end = cutAfterCode(&segs, end: end)
    end = trimTail(&segs, end: end)
    guard isStrong(start, end, segs) else { return nil }
    return (lead > 0 ? leadStart : start, end)
  }

  /// A state, province or region written out after the postcode and city of a whole address, closing the text
  /// ("…, 47300 Petaling Jaya, Selangor", "…, C1043 CABA, Buenos Aires", "BP 45, 97110 Pointe-à-Pitre, Guadeloupe"):
  /// the last segment, one to three capitalised words ending a region's name (`RegionNames`), after a street, a PO box
  /// or a numbered segment before the postcode's. A district ("Hauptstraße 5, 10115 Berlin, Mitte") or a person
  /// signing ("…, 69003 Lyon, Camille Roux") stays out.
  func closingRegion(_ segs: [ClosedRange<Int>], _ k: Int, postcode p: Int, start: Int) -> Bool {
    let seg = segs[k]
    guard k == segs.count - 1, seg.count <= 3, seg.upperBound == words.count - 1,
          (words[seg.upperBound].end..<b.count).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2E || b[$0] == 0x21 }),
          seg.allSatisfy({ words[$0].capitalised && words[$0].digits == 0 }), RegionNames.endsName(words, seg.upperBound)
    else { return false }
    return segs[..<p].contains { seg in seg.contains { words[$0].digits > 0 } }
      || hasStreet(start, segs[p].upperBound) || hasPostBox(start, segs[p].upperBound)
  }

  /// Whether "°" follows the word right away ("7° A").
  func degree(after w: ByteWord) -> Bool {
    w.end + 1 < b.count && b[w.end] == 0xC2 && b[w.end + 1] == 0xB0
  }

  /// A segment of numbers alone, three groups or more or after a "+", with seven digits or more ("+51 987 654 321"): a
  /// phone, not a house or a postcode ("〒100-0001", "01310-100" are one group).
  func isPhoneSegment(_ seg: ClosedRange<Int>) -> Bool {
    let plus = words[seg.lowerBound].start > 0 && b[words[seg.lowerBound].start - 1] == 0x2B
    return (seg.count >= 3 || plus) && seg.allSatisfy { words[$0].isNumber } && seg.reduce(0) { $0 + words[$1].digits } >= 7
  }

  /// Whether a segment carries a number, a unit, a street, house or locality word, or a postcode.
  func bearsAnchor(_ seg: ClosedRange<Int>) -> Bool {
    seg.contains { k in
      let h = words[k].hash
      let unit = V.units.contains(h) || V.postBox.contains(h)
      return words[k].digits > 0 || unit && numbered(after: k, in: seg) || !unit && inVocabulary(h) || hasStreetSuffix(k)
        || isJapaneseWard(k) || isSinNumero(k) || corners.contains { $0.lowerBound == k }
        || PostalAddressScanner.houseWords.contains(h) || V.houseNames.contains(h)
    }
  }

  /// Where the address starts in its first segment: at a number, unit, PO box or street word, taking the
  /// capitalised street name before a house number or a street word written after the name
  /// ("Karlova 12", "Mariahilfer Straße 77", "Lajpat Nagar").
  func startWord(in seg: ClosedRange<Int>) -> Int? {
    for k in seg {
      let w = words[k], h = w.hash
      if corners.contains(where: { $0.lowerBound == k }) { return k }
      // "my office Level 5, …": a unit word in lower case that a capitalised one follows is the sentence's.
      if V.units.contains(h), !w.capitalised, k < seg.upperBound, V.units.contains(words[k + 1].hash),
         words[k + 1].capitalised, gap(after: k) == .word { continue }
      // "Abay Avenue 150", "Moi Avenue, …": a name before a street word that is followed by the number or ends the
      // segment (the street word usually comes first, "Avenue Louise 54").
      if isBeforeName(k), k > seg.lowerBound, isNameWord(k - 1), words[k - 1].capitalised, gap(after: k - 1) == .word,
         k == seg.upperBound || isHouseNumber(k + 1) {
        return k - 1
      }
      // "Khreshchatyk St 22", "Nguyen Hue St 5": a capitalised "St" after a name is the street's type with the number
      // after it, as Eastern Europe and Asia write it in Latin letters, not the Danish ground floor ("st. tv").
      if h == Self.st, w.capitalised, !w.allCaps, k > seg.lowerBound, gap(after: k - 1) == .word,
         isNameWord(k - 1), words[k - 1].capitalised, !isStop(words[k - 1].hash), numbered(after: k, in: seg) {
        return nameStart(before: k, in: seg)
      }
      if (V.units.contains(h) && h != Self.no || V.postBox.contains(h) || h == Self.po) && numbered(after: k, in: seg)
        || isBeforeName(k) || h == Self.the && w.capitalised && k < seg.upperBound {
        return k
      }
      if hasStreetSuffix(k) { return adjectiveStart(k, in: seg) }
      // "No 5 Ahmadu Bello Way": "No" before a house number and the street's name; Taiwan's "No. 5, Aly. 3, Ln. 120"
      // and "no 12 aly 5 ln 33": "No." or a unit after the number.
      if VietnameseLetters.isNumberWord(words, k), k + 2 <= seg.upperBound { return k }
      if h == Self.no, k + 2 <= seg.upperBound, isHouseNumber(k + 1), isNameWord(k + 2), words[k + 2].capitalised {
        return k
      }
      if h == Self.no, k + 1 <= seg.upperBound, isHouseNumber(k + 1), w.end < b.count && b[w.end] == 0x2E
        || k + 2 <= seg.upperBound && V.units.contains(words[k + 2].hash) {
        return k
      }
      // "Kita-ku Umeda 1-3-1": a Japanese ward or city written in Latin letters starts the address.
      if isJapaneseWard(k) { return k }
      // "P.O. Box 1234", "P O Box 5555".
      if h == Self.p, k + 1 < seg.upperBound, words[k + 1].hash == Self.o, words[k + 2].hash == Self.box { return k }
      let number = isHouseNumber(k) || w.digits > 0
      // A house's name ("Résidence Les Jardins", "Ivy Cottage") starts there too, taking the words before it.
      let typeWord = V.afterName.contains(h) || AddressScanner.streetTypes.contains(h) || V.localities.contains(h)
        || V.houseNames.contains(h) && w.capitalised || V.farms.contains(h)  // "Nordre Ås gård"
      guard number || typeWord else { continue }
      // "An der Alster 40": a preposition and its article before the street's name.
      if number, k - seg.lowerBound >= 2, k - seg.lowerBound <= 4,
         PostalAddressScanner.streetOpeners.contains(words[seg.lowerBound].hash), words[seg.lowerBound].capitalised,
         (seg.lowerBound + 1..<k).allSatisfy({ isNameWord($0) || V.particles.contains(words[$0].hash) }) {
        return seg.lowerBound
      }
      // A number followed by its street's name ("12 Oak St", "8 avenue Jean Jaurès") starts there.
      if number, k < seg.upperBound, isNameWord(k + 1) || V.afterNumber.contains(words[k + 1].hash) { return k }
      return nameStart(before: k, in: seg)
    }
    return nil
  }

  /// Labels of a postcode that open the text's address but are no part of it ("CEP 01426-001", "PLZ 80331 München").
  static let codeLabels = WordSet(words: ["cep", "plz", "eircode", "postcode", "zip", "pin"])

  /// The first of up to three name words right before `words[k]` in `seg`, or `k`; particles between them do not
  /// count ("Rio de Janeiro RJ 20040-030").
  func nameStart(before k: Int, in seg: ClosedRange<Int>) -> Int {
    var first = k
    while first > seg.lowerBound, (first..<k).filter({ !V.particles.contains(words[$0].hash) }).count < 3,
          isNameWord(first - 1), words[first - 1].capitalised || anyCase,
          !Self.codeLabels.contains(words[first - 1].hash),
          !V.particles.contains(words[first - 1].hash) || first - 1 > seg.lowerBound {
      first -= 1
    }
    return first
  }

  /// A ward, city or prefecture of Japan in Latin letters ("Kita-ku", "Shibuya-ku", "Tokyo-to", "Sapporo-shi"), or a
  /// Korean city, province or district in Hangul ("서울특별시", "강남구"): Korean addresses start there.
  func isJapaneseWard(_ k: Int) -> Bool {
    let w = words[k]
    if w.digits == 0, w.letters >= 2, b[w.start] >= 0xEA, b[w.start] <= 0xED, w.length >= 6 {
      return Self.koreanDistricts.contains { s in (0..<3).allSatisfy { b[w.end - 3 + $0] == s[$0] } }
    }
    guard w.digits == 0, w.capitalised, w.length >= 5, hyphenated(w) else { return false }
    return Self.wardEndings.contains { s in
      w.length > s.count && (0..<s.count).allSatisfy { Bytes.lower(b[w.end - s.count + $0]) == s[$0] }
    }
  }

  /// Digits with a Korean unit after them: "702호" (flat), "105동" (building), "3층" (floor), "12번지" (lot).
  func isKoreanNumberedUnit(_ k: Int) -> Bool {
    let w = words[k]
    guard w.digits > 0, w.length >= w.digits + 3, Bytes.isDigit(b[w.start]) else { return false }
    return Self.koreanUnits.contains { s in (0..<3).allSatisfy { b[w.end - 3 + $0] == s[$0] } }
  }
  static let koreanUnits: [[UInt8]] = ["호", "동", "층", "지"].map { Array($0.utf8) }

  static let koreanDistricts: [[UInt8]] = ["시", "도", "구", "군"].map { Array($0.utf8) }
  /// Japanese ("-ku", "-shi", "-fu") and Korean ("-si", "-do", "-gu") endings of wards, cities and provinces.
  static let wardEndings: [[UInt8]] = ["-ku", "-shi", "-to", "-cho", "-machi", "-gun", "-ken", "-fu", "-si", "-do", "-gu"]
    .map { Array($0.utf8) }

  /// A landmark in any case: "near", "opp.", "behind", "opposite" after a comma or an address word, before a
  /// capitalised name ("…, near Hanuman temple, …", "22 Gandhi Nagar near Shiv Mandir Jaipur"); or a landmark's
  /// noun after one ("temple", "mandir", "mall").
  func isLandmark(_ k: Int) -> Bool {
    let h = words[k].hash
    if V.landmarks.contains(h) {
      // In text without capitals the landmark's name is in lower case too ("…, near apollo hospital, …"): then only
      // opening a segment.
      // A brand's capitalised word may be a chat word too ("beside Total filling station").
      guard k > 0, k + 1 < words.count, !isStop(words[k + 1].hash) || words[k + 1].capitalised && !words[k + 1].allCaps,
            words[k + 1].capitalised || anyCase && gap(after: k - 1) == .segment else { return false }
      // After the flat or floor too ("B-14 2nd floor behind Axis Bank, …"), or a street's word ("…, Lane behind
      // Hanuman Mandir, …").
      return gap(after: k - 1) == .segment || words[k].capitalised
        || gap(after: k - 1) == .word && (V.localities.contains(words[k - 1].hash) || V.units.contains(words[k - 1].hash)
                                          && k > 1 && words[k - 2].digits > 0 || words[k - 1].capitalised
                                          && !isStop(words[k - 1].hash) && k > 1 && gap(after: k - 2) == .word
                                          || AddressScanner.streetTypes.contains(words[k - 1].hash) && words[k - 1].capitalised)
    }
    guard V.landmarkNouns.contains(h) else { return false }
    var j = k - 1
    while j >= 0, k - j <= 3 {
      if V.landmarks.contains(words[j].hash) { return true }
      j -= 1
    }
    return false
  }

  /// "of" inside a landmark's name, which Nigerian, Indian and Kenyan addresses give between the house and the street
  /// ("House 22, opposite Yaba College of Technology, Herbert Macaulay Way"): capitalised words on both sides and a
  /// landmark word ("opposite", "near") at most three words before, all in one segment.
  func insideLandmarkName(_ k: Int) -> Bool {
    guard k > 1, k + 1 < words.count, words[k + 1].capitalised, !isStop(words[k + 1].hash), gap(after: k) == .word
    else { return false }
    var j = k - 1
    while j >= 0, k - j <= 4, gap(after: j) == .word {
      if V.landmarks.contains(words[j].hash), isLandmark(j) { return j < k - 1 }
      guard words[j].capitalised, words[j].digits == 0 else { return false }
      j -= 1
    }
    return false
  }

  /// "of" inside a place's name ("Isle of Lewis HS2 0XA", "Bay of Plenty", "Port of Spain"): after one of the words that
  /// open such names and before a capitalised word, one space on each side.
  func insidePlaceName(_ k: Int) -> Bool {
    k > 0 && k + 1 < words.count && V.placesOf.contains(words[k - 1].hash) && words[k - 1].capitalised
      && words[k + 1].capitalised && !isStop(words[k + 1].hash) && ByteWords.spaced(b, words[k - 1], words[k])
      && ByteWords.spaced(b, words[k], words[k + 1])
  }

  /// Where a street whose name ends in a street ending starts: one adjective before it belongs to the name
  /// ("Alte Landstraße 5", "Store Kongensgade 40", "Neue Schönhauser Str"): a capitalised word ending in -e or -er.
  /// A German preposition before it opens the name too ("Zum Sportplatz 4", "Am Rathausplatz 2").
  func adjectiveStart(_ k: Int, in seg: ClosedRange<Int>) -> Int {
    guard k > seg.lowerBound, gap(after: k - 1) == .word else { return k }
    if isStreetOpener(k - 1) { return k - 1 }
    let w = words[k - 1]
    if w.capitalised, V.placePrefixes.contains(w.hash) { return k - 1 }  // "Store Kongensgade 40", "Stora Nygatan 5"
    guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 4, !isStop(w.hash), !inVocabulary(w.hash) else { return k }
    let last = Bytes.lower(b[w.end - 1]), before = Bytes.lower(b[w.end - 2])
    return last == 0x65 || last == 0x72 && before == 0x65 ? k - 1 : k
  }

  /// Whether a unit or PO box word at `k` has its number or letter within three words ("Flat 3", "PO Box 12",
  /// "Apartado de Correos 120", "Bâtiment B"), not "my office," or "my PO box,". A street's first word ends the
  /// search: in "our office Rue Neuve 44" and "my office Am Sandtorkai 50" the number is the street's.
  func numbered(after k: Int, in seg: ClosedRange<Int>) -> Bool {
    // A box's own words are looked past ("Rural Route 3").
    let unit = V.units.contains(words[k].hash)
    var j = k + 1
    while j <= seg.upperBound, j - k <= 3, !unit || !isBeforeName(j) && !isStreetOpener(j) {
      if isHouseNumber(j) || words[j].letters == 1 && words[j].digits == 0 && words[j].capitalised { return true }
      j += 1
    }
    return false
  }

  /// A capitalised German preposition that opens a street's name ("Am Sandtorkai", "Zum Sportplatz"), not "The".
  func isStreetOpener(_ k: Int) -> Bool {
    let w = words[k]
    return w.capitalised && w.hash != Self.the && PostalAddressScanner.streetOpeners.contains(w.hash)
  }

  /// A street word that comes before the name, with the guard for "C/ Mayor" (not "c/o").
  func isBeforeName(_ k: Int) -> Bool {
    let h = words[k].hash
    // "Str. Mihai Eminescu nr. 7" (Romania) opens its segment with "Str."; after a name it ends one ("Kölner Str. 230").
    if h == Self.str {
      let afterName = k > 0 && gap(after: k - 1) == .word && isNameWord(k - 1) && !isStop(words[k - 1].hash)
      return !afterName && k + 1 < words.count && words[k + 1].capitalised
    }
    guard V.beforeName.contains(h) else { return false }
    if h == Self.c {
      return k + 1 < words.count && b[words[k].end] == 0x2F && words[k + 1].capitalised && words[k + 1].length > 1
    }
    return true
  }

  /// Enough for an address: a street, a postcode beside its city, a PO box with its town, or three segments
  /// with a house or unit number that end in a place. Each needs a digit (the scanner's early exit).
  func isStrong(_ s: Int, _ e: Int, _ segs: [ClosedRange<Int>]) -> Bool {
    if hasStreet(s, e) { return true }
    // A corner with a numbered segment after it and a place closing the address ("Cnr Main and 4th Street, Stand
    // 1144, Melville, Johannesburg 2092"); "the corner of Main and Elm, 2" is directions.
    if let c = corners.first(where: { $0.lowerBound >= s && $0.upperBound < e }), segs.count >= 3,
       (c.upperBound + 1...e).contains(where: isHouseNumber) { return true }
    // A Ghana Post GPS code after a place or a house ("Kaneshie, Accra, GA-229-4410"), or after the word "GPS".
    if let g = (s...e).first(where: { StreetWithoutHouse.isGhanaGPS(b, words[$0]) }),
       segs.count >= 2 || StreetWithoutHouse.gpsCue(words, before: g) { return true }
    // A Japanese ward or Korean district in Latin letters and a block number ("Kita-ku, Umeda 2-5-8",
    // "Mapo-gu, Yeonnam-dong 239-12"): those countries' addresses have no street word.
    if (s...e).contains(where: isJapaneseWard), (s...e).contains(where: { words[$0].digits > 0 && hyphenated(words[$0]) }) {
      return true
    }
    // "부산광역시 해운대구 우동 1408, 센텀아파트 105동 702호": a Korean city or district in Hangul and a numbered
    // building, flat or floor ("105동", "702호", "3층"); the lot-number address has no street word.
    if (s...e).contains(where: isJapaneseWard), (s...e).contains(where: isKoreanNumberedUnit) { return true }
    // Without capitals any word may look like a city ("purchase 40917 ships", "75008 paris" as a delivery
    // area): only a postcode of a shape of its own ("cf10 3at", "〒060-0005"), a street or a PO box counts there.
    if hasPostcodeCity(s, e, segments: segs.count, distinctOnly: anyCase) { return true }
    if hasBlockAndFlat(s, e) || hasRuralDelivery(s, e) || isSouthAsianBlock(s, e) { return true }
    if isWholeLine(s, e, segs) { return true }
    // A bare numbered street and its district's number next ("12 Nguyen Trai, Quan 1", "45 Le Loi, District 1"):
    // Vietnamese streets have no street word.
    if segs.count >= 2, isBareNumberedStreet(segs[0]), segs[1].count == 2,
       V.localities.contains(words[segs[1].lowerBound].hash), isHouseNumber(segs[1].upperBound) { return true }
    // "25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội": a bare numbered street written with Vietnamese letters, then places.
    // Vietnamese streets have no street word; the letters tell the street's name from "3 Little Pigs, …".
    // Without accents, a Vietnamese city closes it instead ("27 Tran Hung Dao, Hai Chau, Da Nang").
    if segs.count >= 3, isBareNumberedStreet(segs[0]), let last = segs.last,
       VietnameseLetters.cityEnds.contains(words[last.upperBound].hash),
       segs.dropFirst().allSatisfy({ seg in seg.allSatisfy { isNameWord($0) && words[$0].capitalised } }) { return true }
    if segs.count >= 2, isBareNumberedStreet(segs[0]), segs[0].contains(where: { VietnameseLetters.has(b, words[$0]) }),
       segs.dropFirst().allSatisfy({ seg in seg.allSatisfy { isNameWord($0) && words[$0].capitalised } }) { return true }
    if anyCase { return segs.count >= 2 && hasPostBox(s, e) }
    if segs.count >= 2 ? hasPostBox(s, e) : hasPostBox(s, e, townNext: true) { return true }
    guard segs.count >= 3, let last = segs.last else { return false }
    // "Terminal 5, Gate B12, Heathrow" has numbers and a place but no word of an address.
    // Two address words are needed ("Office 1203, Building 5, Business Bay"; "123 Nguyen Hue, District 1"):
    // "Hall 7, Stand B21, IFA Berlin" and "Table 4, Level 2, Westfield Mall" have one.
    let unitOrNumber = segs.dropLast().contains { seg in
      seg.contains { isHouseNumber($0) || $0 < seg.upperBound && AddressScanner.ordinal(b, at: words[$0].start) != nil
        && V.units.contains(words[$0 + 1].hash) }  // "Bishop House 2nd Floor"
    }
    var hits = 0
    for k in s...e {
      let h = words[k].hash
      // "3rd floor": a floor named by its ordinal is numbered too.
      let ordinalFloor = k > s && AddressScanner.ordinal(b, at: words[k - 1].start) != nil
      if V.units.contains(h) && (numbered(after: k, in: s...e) || ordinalFloor) || V.localities.contains(h) || V.houseNames.contains(h)
        || AddressScanner.streetTypes.contains(h) || V.afterName.contains(h) || hasStreetSuffix(k)
        || isBeforeName(k) && words[k].capitalised && k < e && isNameWord(k + 1) { hits += 1 }
    }
    if let first = segs.first, isBareNumberedStreet(first) || isNamedStreetNumber(first) { hits += 1 }
    // A place, maybe with its postcode after it ("Dhaka 1209", "Bangkok 10260", "Taipei City 106").
    // Or a landmark after the house ("…, House C-12, near Dolmen Mall").
    let place = last.allSatisfy { words[$0].digits == 0 && (words[$0].capitalised || anyCase) }
      || last.count >= 2 && V.landmarks.contains(words[last.lowerBound].hash)
      // A district's number of one or two digits too ("Colombo 03", "Dublin 8").
      || last.count >= 2 && words[last.upperBound].isNumber && words[last.upperBound].digits >= 1
        && words[last.upperBound].digits <= 6
        && last.dropLast().allSatisfy { words[$0].digits == 0 && (words[$0].capitalised || anyCase) }
    return unitOrNumber && hits >= 2 && place
  }

  /// A bare numbered street: "123 Nguyen Hue" (a number, then two or three capitalised words).
  func isBareNumberedStreet(_ seg: ClosedRange<Int>) -> Bool {
    seg.count >= 3 && seg.count <= 4 && isHouseNumber(seg.lowerBound)
      && seg.dropFirst().allSatisfy { isNameWord($0) && words[$0].capitalised && !words[$0].allCaps }
  }

  /// A street's name and its house number without a street word, as Chile and Argentina write them ("Los Leones
  /// 1250", "Santa Rosa 455"): two or three capitalised words, then the number.
  func isNamedStreetNumber(_ seg: ClosedRange<Int>) -> Bool {
    seg.count >= 3 && seg.count <= 4 && isHouseNumber(seg.upperBound) && words[seg.upperBound].isNumber
      && seg.dropLast().allSatisfy { isNameWord($0) && words[$0].capitalised && !words[$0].allCaps }
  }

  /// A numbered flat or block with what only housing has: Singapore's "#05-67" unit ("Blk 9 Toa Payoh Lor 8
  /// #03-1120"), or a housing estate or court named with it, as Hong Kong writes them, also without capitals
  /// ("flat 8 block c sha tin wai estate shatin nt").
  func hasBlockAndFlat(_ s: Int, _ e: Int) -> Bool {
    // The unit's own number right after it ("Blk 9", "flat 5,"), not "unit like #05-67".
    guard let unit = (s..<e).first(where: { V.units.contains(words[$0].hash) && isHouseNumber($0 + 1) }) else { return false }
    return (s...e).contains { k in
      let w = words[k]
      let hashUnit = k > unit + 1 && w.isNumber && hyphenated(w) && w.start > 0 && b[w.start - 1] == 0x23
      return hashUnit || PostalAddressScanner.houseWords.contains(w.hash) && !V.units.contains(w.hash)
    }
  }

  /// A street: "Calle de Alcalá 45", "8 avenue Jean Jaurès", "12 Awolowo Road", "Nørregade 14",
  /// "Istiklal Caddesi No: 45", within one segment.
  func hasStreet(_ s: Int, _ e: Int) -> Bool {
    for k in s...e {
      let sameSegment = { (a: Int, z: Int) in (a..<z).allSatisfy { gap(after: $0) == .word } }
      // Street word, one to five name words, house number.
      if isBeforeName(k) {
        var j = k + 1
        var names = 0
        while j <= e, j - k <= 6 {
          // "ul. Tverskaya, d. 18": the house after the street's own segment, as Russia writes it in Latin letters.
          if !sameSegment(j - 1, j) {
            if names > 0, isRussianHouse(j) { return true }
            break
          }
          if isHouseNumber(j) && (names > 0 || b[words[j - 1].end..<words[j].start].contains(0x23)) { return true }
          if isHouseNumber(j), j + 1 <= e, V.particles.contains(words[j + 1].hash) { j += 1; continue }  // 5 de Mayo
          if isHouseNumber(j), j + 2 <= e, words[j + 1].hash == Self.km, isHouseNumber(j + 2) { return true }  // Ruta 40 km 3
          guard isNameWord(j) || words[j].hash == Self.no || words[j].hash == Self.nr || isHouseNumber(j) else { break }
          if isNameWord(j) { names += 1 }
          j += 1
        }
      }
      guard isHouseNumber(k) else {
        // "Nevsky pr., d. 54": a street's name and its word, the house in the next segment.
        if endsStreetName(k), k > s, isNameWord(k - 1), sameSegment(k - 1, k), k + 1 <= e, isRussianHouse(k + 1) {
          return true
        }
        // Street name ending, then the house number: "Nørregade 14", "Caddesi No: 45", "Soi 11".
        if endsStreetName(k), k + 1 <= e, sameSegment(k, k + 1) {
          var j = k + 1
          if words[j].hash == Self.no || words[j].hash == Self.nr, j + 1 <= e, sameSegment(j, j + 1) { j += 1 }
          if isHouseNumber(j) && (hasStreetSuffix(k) || k > s && isNameWord(k - 1)) { return true }
          // A street named by its number, then "No" and the house ("1453 Sok. No:5", "road no 14" after "h no 8-2-293").
          if isHouseNumber(j), j > k + 1, k > s, isHouseNumber(k - 1), sameSegment(k - 1, k) { return true }
          // A street named by its number after a numbered house, plot or villa ("House 27 Road 11 Banani", "Villa 9,
          // Street 40"), as Bangladesh and the Gulf number their streets.
          if isHouseNumber(j), j == k + 1, words[k].capitalised, k >= s + 2, isHouseNumber(k - 1),
             V.units.contains(words[k - 2].hash), gap(after: k - 2) == .word, gap(after: k - 1) != .none { return true }
        }
        continue
      }
      // House number, then the street: "8 avenue Jean Jaurès", "12 Awolowo Road", "1420 maple ridge dr".
      guard k + 2 <= e || k + 1 <= e && hasStreetSuffix(k + 1) else { continue }
      if k + 1 <= e, sameSegment(k, k + 1), hasStreetSuffix(k + 1) { return true }
      if V.afterNumber.contains(words[k + 1].hash), sameSegment(k, k + 2), isNameWord(k + 2) { return true }
      // "4520, rue Saint-Denis" (Quebec's civic number, written with a comma before the French street word): a number
      // alone in its segment, then the street word and its capitalised name.
      if words[k].isNumber, k == s || gap(after: k - 1) == .segment, gap(after: k) == .segment,
         V.afterNumber.contains(words[k + 1].hash), sameSegment(k + 1, k + 2), words[k + 2].capitalised,
         isNameWord(k + 2) { return true }
      // "14b, Kings Road, …": a house number alone in its segment, then the street's capitalised name and its type
      // closing the next segment, as people put a comma after the number.
      if words[k].letters <= 1, !isYear(k), k == s || gap(after: k - 1) == .segment, gap(after: k) == .segment {
        var j = k + 1
        while j <= e, j - k <= 4 {
          if j > k + 1, AddressScanner.streetTypes.contains(words[j].hash), words[j].capitalised,
             j == e || gap(after: j) != .word { return true }
          guard isNameWord(j), words[j].capitalised, j == e || gap(after: j) == .word else { break }
          j += 1
        }
      }
      var j = k + 1
      while j <= e, j - k <= 5, sameSegment(j - 1, j) {
        if j > k + 1, endsStreetName(j) { return true }
        guard isNameWord(j) || AddressScanner.ordinal(b, at: words[j].start) != nil
          || PostalAddressScanner.directions.contains(words[j].hash) else { break }
        j += 1
      }
    }
    return false
  }

  /// A postcode of a known shape beside its city on the right side ("10115 Berlin", "00-514 Warszawa",
  /// "Tokyo 150-0002", "Bondi NSW 2026"). Shapes shared by other numbers need more: four digits with
  /// something before them; a city before them only inside a longer address or after a region code.
  func hasPostcodeCity(_ s: Int, _ e: Int, segments: Int, distinctOnly: Bool = false) -> Bool {
    for k in s...e {
      // "Lahore 54700", "Tehran 1994834511": the postcode after a city of the countries that close addresses so.
      // A city and its postcode alone are taken, as "10115 Berlin" is ("the Lahore 54600 area" too: left).
      if k > s, !distinctOnly, isSouthAsianPostcode(k) { return true }
      guard words[k].digits > 0, let m = PostcodeShapes.match(b, words, k, anyCase: anyCase), m.last <= e else { continue }
      if words[k].start >= 3, b[words[k].start - 3] == 0xE3, b[words[k].start - 2] == 0x80,
         b[words[k].start - 1] == 0x92 { return true }  // 〒 (Japan)
      let after = m.last + 1 <= e && isCity(m.last + 1) && gap(after: m.last) == .word
      let before = k - 1 >= s && (isCity(k - 1) || isRegion(k - 1))
        && (gap(after: k - 1) == .word || isRegion(k - 1) || dashed(after: k - 1))
      // A shape no other number has: the city on either side ("postcode SW1A 1AA London").
      if !m.common {
        // Without capitals any word may look like a city ("90210-1234 costs"), and letters before a code may be an
        // order's ("Bestellung DE-88012"): then only the city on the code's own side counts.
        let prefixed = words[k].letters == 2 && words[k].length > 3 && b[words[k].start + 2] == 0x2D
        if anyCase || prefixed ? (m.side == .after ? after : before) : after || before { return true }
        continue
      }
      if distinctOnly { continue }
      // "order 55123 Berlin": a business word before the number makes it an order or a code.
      if Bytes.cue(b, before: words[k].start, count: 2, in: NumberScanner.businessCues) { continue }
      let digits = words[k].digits
      if after, digits == 5 { return true }
      // Four digits after a comma ("Andrássy út 60, 1062 Budapest"); a year ("Paris, 2024 Olympics") only
      // after a street.
      if after, digits == 4, k > s, gap(after: k - 1) == .segment, !isYear(k) || hasStreet(s, e) { return true }
      // The city before a common shape: only after a region code ("Bondi NSW 2026") or with six digits (Israel's seven)
      // inside a longer address ("Indiranagar, Bengaluru 560038", "…, Tel Aviv 6346508"); "Spring 2024" is a season.
      if before, isRegion(k - 1) && k - 2 >= s && isCity(k - 2)
        || (digits == 6 || digits == 7) && (segments >= 2 || (s..<k).contains { V.localities.contains(words[$0].hash) }) {
        return true
      }
    }
    return false
  }

  /// The address's postcode: a shape of its own, or a common one beside its city ("10115 Berlin", "Bondi NSW 2026",
  /// "Bengaluru 560038"), not a box or house number.
  func postcodeBesideCity(_ k: Int, _ s: Int, _ e: Int) -> Bool {
    if k > s, isSouthAsianPostcode(k) { return true }
    guard words[k].digits > 0, let m = PostcodeShapes.match(b, words, k, anyCase: anyCase), m.last <= e else { return false }
    // "Apt 101-1502" (Korea: building 101, flat 1502): a unit's number in a postcode's shape.
    if k > s, V.units.contains(words[k - 1].hash), gap(after: k - 1) == .word { return false }
    if !m.common { return true }
    // A house number before its street ("1234 Vilakazi St, …") is no postcode, nor a street's own number before its
    // Turkish street word ("1453 Sok. No: 7", the 1453rd street).
    var j = m.last + 1
    while j <= e, j - m.last <= 4, gap(after: j - 1) == .word {
      if j > m.last + 1 || V.afterName.contains(words[j].hash) && !AddressScanner.streetTypes.contains(words[j].hash),
         endsStreetName(j) { return false }
      guard isNameWord(j) else { break }
      j += 1
    }
    // A shape house numbers share ("Rua Augusta 1500"): the city after it, a region code or six digits before.
    return m.last + 1 <= e && gap(after: m.last) == .word && isCity(m.last + 1)
      || k > s && (isRegion(k - 1) || (words[k].digits == 6 || words[k].digits == 7) && isCity(k - 1))
  }

  /// Whether the gap after `words[k]` holds a dash ("Bhopal - 462003").
  func dashed(after k: Int) -> Bool {
    (words[k].end..<words[k + 1].start).contains { b[$0] == 0x2D || b[$0] == 0xE2 }
  }

  /// Four digits from 1900 to 2099.
  func isYear(_ k: Int) -> Bool {
    let w = words[k]
    guard w.isNumber, w.length == 4 else { return false }
    return b[w.start] == 0x31 && b[w.start + 1] == 0x39 || b[w.start] == 0x32 && b[w.start + 1] == 0x30
  }

  /// A city word: capitalised (any case in text without capitals), no digits, not a unit word.
  func isCity(_ k: Int) -> Bool {
    let w = words[k]
    return w.digits == 0 && w.letters >= 2 && (w.capitalised || anyCase) && !V.units.contains(w.hash)
      && !V.postBox.contains(w.hash) && !isStop(w.hash) && !NumberScanner.businessCues.contains(w.hash) || w.digits == 0 && nonASCII(w) && !w.capitalised && w.letters >= 2
  }

  /// A region or state code before a postcode: "NSW", "SP", "ON" (a known code, in capitals), or abbreviated
  /// with a full stop ("Jal.", "Oax.").
  func isRegion(_ k: Int) -> Bool {
    let w = words[k]
    guard w.letters >= 2, w.letters <= 5, w.digits == 0 else { return false }
    if w.capitalised, !w.allCaps, w.end < b.count, b[w.end] == 0x2E { return V.regions.contains(w.hash) }
    return w.allCaps && w.letters <= 4 && (V.regions.contains(w.hash) || PostalAddressScanner.usStates.contains(w.hash))
  }

  /// New Zealand's rural delivery number with its town after a comma ("RD 2, Masterton 5882"): "RD" in capitals and a
  /// number of one or two digits, where "Rd" would be a road's ("12 Kent Rd").
  func hasRuralDelivery(_ s: Int, _ e: Int) -> Bool {
    (s..<e).contains { k in
      words[k].hash == Self.rd && words[k].allCaps && (k == s || gap(after: k - 1) == .segment)
        && words[k + 1].isNumber && words[k + 1].digits <= 2 && k + 2 <= e && gap(after: k + 1) == .segment
        && isCity(k + 2) && words[k + 2].capitalised
    }
  }

  /// "PO Box 4471", "Postfach 1234", "Apartado de Correos 120", "Boîte postale 45", "GPO Box 12", "RR 2 Box 45",
  /// "Rural Route 3", "Private Bag X12". With `townNext`, the town must follow the number right away ("P O Box
  /// 5555 Nairobi"), the only sign of an address in a line without commas.
  func hasPostBox(_ s: Int, _ e: Int, townNext: Bool = false) -> Bool {
    for k in s...e where V.postBox.contains(words[k].hash) {
      let h = words[k].hash
      // "Box" after "PO"/"GPO", or capitalised opening its segment ("Box 3021, Kumasi, Ghana").
      if h == Self.box && !(k > s && (words[k - 1].hash == Self.po || words[k - 1].hash == Self.o
                                       || words[k - 1].hash == Self.gpo)
                            || words[k].capitalised && (k == s || gap(after: k - 1) == .segment)) {
        continue
      }
      // "Route" and "Bag" only after "Rural", "Private", "Locked"; those words only before them.
      if V.ruralBoxOpeners.contains(h)
        || (h == Self.route || h == Self.bag) && !(k > s && V.ruralBoxOpeners.contains(words[k - 1].hash)) {
        continue
      }
      // "P.O. Box 4521-00100 Nairobi": Kenya writes the box and the postcode joined.
      guard k + 1 <= e, isHouseNumber(k + 1) || words[k + 1].isNumber && hyphenated(words[k + 1]) else { continue }
      if townNext {
        if k + 2 <= e, gap(after: k + 1) == .word, isCity(k + 2), words[k + 2].capitalised,
           !inVocabulary(words[k + 2].hash) {
          return true
        }
        continue
      }
      // Its town after it: "PO Box 881, Nairobi"; "PO box 1234, apartment 5C" has none.
      if (k + 2...max(k + 2, e)).contains(where: { $0 <= e && isCity($0) && !inVocabulary(words[$0].hash) }) {
        return true
      }
    }
    return false
  }
}
