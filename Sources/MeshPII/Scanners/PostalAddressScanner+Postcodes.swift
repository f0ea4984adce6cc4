/// Postcode shapes of more countries, each with its city: the Netherlands ("1015 CJ Amsterdam"),
/// Australia ("Fitzroy VIC 3065"), India ("Bengaluru 560038", "Hyderabad - 500034"), hyphenated codes
/// (Poland "00-514 Warszawa", Portugal "1100-053 Lisboa", Japan "Tokyo 153-0063") and Sweden ("114 26
/// Stockholm"). Like the other anchors, a code alone stays: only a code beside a city is an address.
extension PostalAddressScanner {
  static let australianStates = WordSet(words: ["nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"])
  /// Units of measure that look like the letters of a Dutch postcode ("2000 MB", "500 GB").
  static let unitLetters = WordSet(words: ["mb", "gb", "kb", "tb", "mp", "hp", "cc", "ml", "kg", "mg", "km", "cm",
                                           "mm", "kw", "mah", "am", "pm", "xl", "xs", "ok", "uk", "us", "eu"])
  /// Words before a postcode that make a six-digit number an Indian PIN even without a city before it.
  static let pinCues = WordSet(words: ["pin", "pincode"])
  /// Countries written after a city ("…, 28028 Madrid, España"): English and native names.
  static let countries = WordSet(words: """
    spain españa espana italy italia netherlands nederland holland germany deutschland france belgium belgië
    belgique belgien switzerland schweiz suisse svizzera austria österreich portugal poland polska sweden sverige
    norway norge denmark danmark finland suomi ireland éire uk usa us canada australia india japan nigeria kenya
    ghana mexico méxico brazil brasil argentina chile colombia peru greece turkey türkiye romania hungary czechia
    slovakia croatia slovenia luxembourg iceland singapore malaysia pakistan bangladesh egypt morocco
    united%kingdom united%states new%zealand south%africa czech%republic sri%lanka great%britain
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0.map { $0 == "%" ? " " : $0 }) })

  /// The shapes of this file at `words[i]`, or nil.
  static func moreCountries(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    dutchPostcode(b, words, i) ?? australianPostcode(b, words, i) ?? indianPIN(b, words, i)
      ?? hyphenatedPostcode(b, words, i) ?? swedishPostcode(b, words, i)
  }

  /// "1015 CJ Amsterdam": four digits (not starting with 0), two capitals, then the city.
  static func dutchPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    guard w.isNumber, w.length == 4, b[w.start] != 0x30, i + 2 < words.count else { return nil }
    let letters = words[i + 1]
    guard ByteWords.spaced(b, w, letters), letters.length == 2, letters.allCaps, !unitLetters.contains(letters.hash),
          ByteWords.spaced(b, letters, words[i + 2]),
          !Bytes.cue(b, before: w.start, count: 2, in: NumberScanner.businessCues),
          let last = placeWords(b, words, from: i + 2) else { return nil }
    return Candidate(type: .address, start: w.start, end: words[last].end)
  }

  /// "Fitzroy VIC 3065", "Sydney, NSW 2000": a city, an Australian state and four digits.
  static func australianPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let state = words[i]
    guard state.allCaps, state.length <= 3, australianStates.contains(state.hash), i > 0, i + 1 < words.count else {
      return nil
    }
    let code = words[i + 1]
    guard code.isNumber, code.length == 4, ByteWords.spaced(b, state, code),
          let start = cityBefore(b, words, i, allowComma: true) else { return nil }
    return Candidate(type: .address, start: start, end: code.end)
  }

  /// "Bengaluru 560038", "Tamil Nadu 600002", "Hyderabad - 500034", "pincode 110001": an Indian PIN
  /// (six digits, not starting with 0) after its city or a PIN cue.
  static func indianPIN(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    guard w.isNumber, w.length == 6, b[w.start] != 0x30, i > 0,
          !Bytes.cue(b, before: w.start, count: 2, in: NumberScanner.businessCues) else { return nil }
    // After "PIN", stated ("my pin is 682020"), not asked about as a place ("PIN 560034 deliverable or not?").
    if Bytes.cue(b, before: w.start, count: 2, in: pinCues) {
      let label = (max(0, i - 2)..<i).last { pinCues.contains(words[$0].hash) } ?? i - 1
      // "my pin is 682020 and the area is …": a possessive says whose it is, whatever follows.
      let owned = label > 0 && ShortAnswerAddress.possessives.contains(words[label - 1].hash)
      return !owned && ShortAnswerAddress.askedAsPlace(b, words, label: label, end: i) ? nil
        : Candidate(type: .address, start: w.start, end: w.end)
    }
    // Between the city and the PIN: spaces, and at most one comma or dash.
    let gap = words[i - 1].end..<w.start
    guard gap.count <= 3, gap.allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2C || b[$0] == 0x2D }),
          gap.filter({ b[$0] != 0x20 }).count <= 1, isPlaceWord(words[i - 1]) else { return nil }
    return Candidate(type: .address, start: placeRunStart(b, words, last: i - 1), end: w.end)
  }

  /// "00-514 Warszawa", "1100-053 Lisboa" (code then city) and "Tokyo 153-0063" (city then code).
  static func hyphenatedPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    guard w.isNumber, w.length >= 6, w.length <= 8, let dash = (w.start..<w.end).first(where: { b[$0] == 0x2D }),
          !Bytes.cue(b, before: w.start, count: 2, in: NumberScanner.businessCues) else { return nil }
    let head = dash - w.start, tail = w.end - dash - 1
    if (head == 2 || head == 4) && tail == 3, i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]),
       let last = placeWords(b, words, from: i + 1) {
      return Candidate(type: .address, start: w.start, end: words[last].end)
    }
    if head == 3 && tail == 4, let start = cityBefore(b, words, i, allowComma: true) {
      return Candidate(type: .address, start: start, end: w.end)
    }
    return nil
  }

  /// ", 114 26 Stockholm": three digits, two digits and the city, after a comma (as four-digit codes).
  static func swedishPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    guard w.isNumber, w.length == 3, i > 0, i + 2 < words.count, ByteWords.commaGap(b, words[i - 1], w),
          words[i + 1].isNumber, words[i + 1].length == 2, ByteWords.spaced(b, w, words[i + 1]),
          ByteWords.spaced(b, words[i + 1], words[i + 2]), let last = placeWords(b, words, from: i + 2) else { return nil }
    return Candidate(type: .address, start: w.start, end: words[last].end)
  }

  /// The start of the one to three capitalised place words just before `words[i]` (after ", " too when
  /// `allowComma`), or nil.
  static func cityBefore(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int, allowComma: Bool) -> Int? {
    guard i > 0, isPlaceWord(words[i - 1]),
          ByteWords.spaced(b, words[i - 1], words[i]) || allowComma && ByteWords.commaGap(b, words[i - 1], words[i])
    else { return nil }
    return placeRunStart(b, words, last: i - 1)
  }

  /// The start of the run of up to three place words ending at the place word `words[last]`.
  static func placeRunStart(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], last: Int) -> Int {
    var start = words[last].start
    var j = last - 1
    while j >= 0, last - j <= 2, ByteWords.spaced(b, words[j], words[j + 1]), isPlaceWord(words[j]) {
      start = words[j].start
      j -= 1
    }
    return start
  }

  /// The end of an address ending at `end`, grown over what may follow its city: an Italian province
  /// ("00187 Roma RM") and a country after a comma ("…, Madrid, España").
  static func trailingRegion(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], endingAt end: Int) -> Int {
    var end = parenthesisedRegion(b, words, endingAt: end)
    guard var k = words.firstIndex(where: { $0.start >= end }), k > 0 else { return end }
    // A province code that is also a word ("Torino TO") counts after a city not written in capitals.
    if words[k].allCaps, words[k].length == 2, words[k].start == end + 1, b[end] == 0x20, !unitLetters.contains(words[k].hash),
       !notPlaceWords.contains(words[k].hash)
        || AddressVocabulary.regions.contains(words[k].hash) && !words[k - 1].allCaps && words[k - 1].digits == 0,
       endsClause(b, words, after: k) {
      end = words[k].end
      k += 1
    }
    guard k < words.count, ByteWords.commaGap(b, words[k - 1], words[k]) else { return end }
    if words[k].allCaps, words[k].length <= 3, countries.contains(words[k].hash), endsClause(b, words, after: k) {
      return words[k].end
    }
    guard isPlaceWord(words[k]) else { return end }
    var last = k
    if countries.contains(words[k].hash) { return endsClause(b, words, after: k) ? words[k].end : end }
    if k + 1 < words.count, ByteWords.spaced(b, words[k], words[k + 1]), isPlaceWord(words[k + 1]) { last = k + 1 }
    guard last > k, countries.contains(Bytes.wordHash(b, words[k].start, words[last].end)),
          endsClause(b, words, after: last) else { return end }
    return words[last].end
  }

  /// The end grown over a region in brackets after the city and the postcode that may follow it ("06108 Halle
  /// (Saale)", "15230 Frankfurt (Oder)", "00187 Roma (RM)", "Montréal (Québec) H2J 2L3").
  static func parenthesisedRegion(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], endingAt end: Int) -> Int {
    guard end + 3 < b.count, b[end] == 0x20, b[end + 1] == 0x28,
          let k = words.firstIndex(where: { $0.start == end + 2 }),
          isPlaceWord(words[k]) || words[k].allCaps && words[k].letters == 2 && words[k].digits == 0 else { return end }
    var last = k
    if last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]), isPlaceWord(words[last + 1]) { last += 1 }
    guard words[last].end < b.count, b[words[last].end] == 0x29 else { return end }
    let close = words[last].end + 1
    // A postcode of a shape of its own after it (Canada).
    if last + 1 < words.count, words[last + 1].start == close + 1, b[close] == 0x20,
       let m = PostcodeShapes.match(b, words, last + 1, anyCase: false), !m.common {
      return words[m.last].end
    }
    return close
  }

  /// A start grown back over a unit written with a slash ("5/21 Beach Rd", "21/4 Park Street").
  static func slashUnit(_ b: UnsafeBufferPointer<UInt8>, before start: Int) -> Int {
    guard start >= 2, b[start - 1] == 0x2F, Bytes.isAlnum(b[start - 2]) else { return start }
    var s = start - 2
    while s > 0 && Bytes.isAlnum(b[s - 1]) { s -= 1 }
    guard start - 1 - s <= 4, (s..<start - 1).contains(where: { Bytes.isDigit(b[$0]) }),
          s == 0 || b[s - 1] == 0x20 else { return start }
    return s
  }
}
