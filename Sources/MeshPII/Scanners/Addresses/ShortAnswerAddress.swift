/// Short address answers and corrections that hold no street word, as chat and voice typing give them (pii47): a
/// postcode after its label, in digits or said digit by digit ("zip? 60614", "pin code 560034", "the zip code is three
/// three one three nine", "postcode is s w one a two a a"); a Canadian postcode said letter by letter anywhere ("k one
/// a zero b one"); a flat or unit said in words ("apartment four b", "unit three"); "at number nine"; and a house on a
/// street named without a street word after "I live at", "I'm at" or "my house is" ("I'm at 9 Larkspur", "my house is
/// 14 Jacaranda"), with the same street again at another number ("the wrong one is 41 Jacaranda").
enum ShortAnswerAddress {
  /// Labels a postcode follows directly.
  static let postcodeLabels = WordSet(words: ["zip", "zipcode", "postcode", "pincode", "eircode", "postleitzahl",
                                              // Brazil's CEP and Germany's PLZ ("my cep is 22071-000").
                                              "cep", "plz"])
  /// First words of two-word labels, before "code": "zip code", "post code", "postal code", "pin code".
  static let codeLabels = WordSet(words: ["zip", "post", "postal", "pin"])
  /// Words between a label and its postcode ("the zip code is", "postcode should be now").
  static let linkWords = WordSet(words: ["is", "was", "should", "be", "now", "its", "it's", "it’s", "number", "no", "says",
                                         // "meine plz ist 80331", "mon code postal est 75011", "mi cp es 28013".
                                         "ist", "est", "es", "é", "è"])
  /// Said digits: the digits' words, "oh" and "o" for zero, and "double"/"triple" before one.
  static let saidDigits = WordSet(words: ["zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "double", "triple"])
  /// Flats and units said before their number.
  static let unitWords = WordSet(words: ["apartment", "apt", "flat", "unit", "suite"])
  /// Things counted after a number, which therefore numbers no house, flat or street ("unit two weeks ago", "I'm at
  /// 5 pm", "living at 3 different places").
  static let countNouns = WordSet(words: """
    day days week weeks month months year years hour hours minute minutes min mins second seconds time times am pm
    o'clock oclock percent pieces piece items item pcs pounds dollars euros quid bucks kg km miles metres meters
    pairs boxes parcels packages orders different other more less of people persons stars star points
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Verbs whose "at" a home follows: "I live at", "she lives at", "I'm at", "we're staying at".
  static let residenceVerbs = WordSet(words: ["live", "lives", "living", "lived", "am", "im", "i'm", "i’m", "are",
                                              "we're", "we’re", "staying", "stay", "stays", "moved", "move"])
  /// Nouns for a home before "is": "my house is 14 Jacaranda", "her place is 7 Kowhai".
  static let homeNouns = WordSet(words: ["house", "home", "place", "address"])
  static let at = Bytes.wordHash("at"), isHash = Bytes.wordHash("is"), code = Bytes.wordHash("code")
  static let numberHash = Bytes.wordHash("number")
  static let articleOrI = WordSet(words: ["a", "i"])
  /// Words that close a short answer after a flat ("unit three thanks", "flat nine sorry").
  static let closers = WordSet(words: ["thanks", "thank", "thx", "ty", "sorry", "soz", "sry", "please", "pls", "plz",
                                       "ok", "okay", "lol", "cheers"])
  /// Words after a number that name a time or a state, not a street ("I'm at 5 now", "living at 3 Tuesday").
  static let notStreets = WordSet(words: """
    now today tonight tomorrow yesterday already again latest least most earliest first last home work school
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Adds the short addresses in `b` to `out`.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    guard b.count >= 4 else { return }
    let words = ByteWords.split(b)
    guard words.count >= 2 else { return }
    let anyCase = !b.contains(where: Bytes.isUpper)
    var streets: [UInt64] = []
    var i = 0
    while i < words.count {
      if let r = labelledPostcode(b, words, i) ?? canadianSaid(b, words, i) ?? saidUnit(b, words, i)
          ?? atNumber(b, words, i) ?? namedStreet(b, words, i) ?? openerStreet(b, words, i) ?? bareStreet(b, words, i, anyCase: anyCase, streets: &streets) {
        out.append(Candidate(type: .address, start: words[r.lowerBound].start, end: words[r.upperBound].end))
        i = r.upperBound + 1
      } else {
        i += 1
      }
    }
    guard !streets.isEmpty else { return }
    // "my house is 14 Jacaranda, the wrong one is 41 Jacaranda": the street named once is named again.
    for k in 0..<(words.count - 1) where isHouseNumber(words[k]) && streets.contains(words[k + 1].hash)
      && ByteWords.spaced(b, words[k], words[k + 1]) && !out.contains(where: { $0.start <= words[k].start && words[k].end <= $0.end }) {
      out.append(Candidate(type: .address, start: words[k].start, end: words[k + 1].end))
    }
  }

  /// "pin code" or "pincode" at `i`.
  static func pinLabel(_ words: [ByteWord], _ i: Int) -> Bool {
    words[i].hash == pincode || words[i].hash == pin && i + 1 < words.count && words[i + 1].hash == code
  }
  static let pin = Bytes.wordHash("pin"), pincode = Bytes.wordHash("pincode")

  /// The word index after a postcode label that starts at `i`, or nil.
  static func afterLabel(_ words: [ByteWord], _ i: Int) -> Int? {
    if postcodeLabels.contains(words[i].hash) && !(i + 1 < words.count && words[i + 1].hash == code) { return i + 1 }
    if codeLabels.contains(words[i].hash), i + 1 < words.count, words[i + 1].hash == code { return i + 2 }
    return nil
  }

  /// A postcode after its label: one word of three to ten characters with three digits at least (and a second short
  /// word of digits: "100 00"), or said digits and single letters, two digits at least, four words at least.
  static func labelledPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> ClosedRange<Int>? {
    guard var k = afterLabel(words, i) else { return nil }
    var links = 0
    while k < words.count, links < 3, linkWords.contains(words[k].hash), words[k].digits == 0 { k += 1; links += 1 }
    guard k < words.count else { return nil }
    let w = words[k]
    if w.digits > 0 {
      // A postcode alone after its label is the writer's or a recipient's when stated or answered ("my zip is 94110",
      // "zip? 60614"), a place when asked about ("do you deliver to postcode 10115?"): the convention of 2026-12-07.
      // India's six-digit PIN code is taken whatever the clause, as before ("pin code 560034").
      if pinLabel(words, i), w.isNumber, w.digits == 6, w.length == 6 { return k...k }
      return statedPostcode(b, words, label: i, k)
    }
    guard let e = saidRun(b, words, k), e - k + 1 >= 4 else { return nil }
    return k...e
  }

  /// The last word of a run of said digits and single ASCII letters from `k`, with two said digits at least.
  static func saidRun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Int? {
    var e = k, digitWords = 0
    while e < words.count, e == k || ByteWords.spaced(b, words[e - 1], words[e]) {
      if saidDigits.contains(words[e].hash) && words[e].digits == 0 { digitWords += 1 }
      else if !singleLetter(b, words[e]) { break }
      e += 1
    }
    return digitWords >= 2 && e > k ? e - 1 : nil
  }

  /// One ASCII letter alone.
  static func singleLetter(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.length == 1 && Bytes.isAlpha(b[w.start])
  }

  /// A digit said as one word ("zero".."nine", "oh", "o").
  static func saidDigit(_ w: ByteWord) -> Bool {
    w.digits == 0 && saidDigits.contains(w.hash) && w.hash != double && w.hash != triple
  }
  static let double = Bytes.wordHash("double"), triple = Bytes.wordHash("triple")

  /// "k one a zero b one": a Canadian postcode said letter and digit in turn, in text without capitals or after a
  /// street (the town before it joins it when a street word stands before the town).
  static func canadianSaid(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> ClosedRange<Int>? {
    guard i + 5 < words.count else { return nil }
    for k in 0..<6 {
      let w = words[i + k]
      guard k == 0 || ByteWords.spaced(b, words[i + k - 1], w) else { return nil }
      guard k % 2 == 0 ? singleLetter(b, w) : saidDigit(w) else { return nil }
    }
    // "… linden drive ottawa k one a zero b one": the town after the street.
    if i >= 2, AddressScanner.streetTypes.contains(words[i - 2].hash), words[i - 1].digits == 0,
       !AddressVocabulary.stopWords.contains(words[i - 1].hash) { return (i - 1)...(i + 5) }
    return i...(i + 5)
  }

  /// "apartment four b", "flat eleven c", "unit three", "flat three twelve baker street": a unit word, one to three
  /// number words, perhaps one letter, and a street after it when a street word closes one to three words.
  static func saidUnit(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> ClosedRange<Int>? {
    guard unitWords.contains(words[i].hash) else { return nil }
    var e = i + 1
    while e < words.count, e - i <= 3, words[e].digits == 0, SpokenAddress.numbers.contains(words[e].hash)
      || (e > i + 1 && saidDigit(words[e])), ByteWords.spaced(b, words[e - 1], words[e]) { e += 1 }
    guard e > i + 1 else { return nil }
    // The flat's letter ("four b"), but no article or "I" that opens the next words ("unit three a week ago").
    if e < words.count, singleLetter(b, words[e]), ByteWords.spaced(b, words[e - 1], words[e]),
       !(articleOrI.contains(words[e].hash) && e + 1 < words.count && ByteWords.spaced(b, words[e], words[e + 1])) { e += 1 }
    if e < words.count, countNouns.contains(words[e].hash) { return nil }
    // A street after the flat: "flat three twelve baker street".
    var s = e
    while s < words.count, s - e < 4, words[s].digits == 0, ByteWords.spaced(b, words[s - 1], words[s]),
          !AddressVocabulary.stopWords.contains(words[s].hash) {
      if s > e, AddressScanner.streetTypes.contains(words[s].hash) { return i...s }
      s += 1
    }
    // Alone, the flat is an answer or a correction: it ends the text, has its letter, or a thanks or sorry follows
    // ("unit three thanks"); "flat two, the one near the park" says which of two flats, not where one lives.
    let lettered = singleLetter(b, words[e - 1])
    guard e == words.count || lettered || closers.contains(words[e].hash) else { return nil }
    return i...(e - 1)
  }

  /// "leave it at number nine", "at number 14": the number of a house after "at number".
  static func atNumber(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> ClosedRange<Int>? {
    guard words[i].hash == numberHash, i >= 1, words[i - 1].hash == at, i + 1 < words.count,
          ByteWords.spaced(b, words[i], words[i + 1]) else { return nil }
    // Said in words only: typed chat's "Ray next door at number 29" points at a neighbour's house, not the buyer's.
    let w = words[i + 1]
    guard w.digits == 0 && SpokenAddress.numbers.contains(w.hash) else { return nil }
    if i + 2 < words.count, countNouns.contains(words[i + 2].hash) { return nil }
    return i...(i + 1)
  }

  /// "my street is just Los Álamos 332", "the street's Grensen 9": after "street is", one to three capitalised words and
  /// a house number of one to four digits, perhaps with a letter.
  static func namedStreet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> ClosedRange<Int>? {
    guard i >= 2, words[i].capitalised, words[i].digits == 0 else { return nil }
    var c = i - 1
    if words[c].hash == just { c -= 1 }
    guard c >= 1, words[c].hash == streets || words[c].hash == isHash && words[c - 1].hash == street else { return nil }
    var e = i
    while e < words.count, e - i < 3, words[e].capitalised, words[e].digits == 0,
          e == i || ByteWords.spaced(b, words[e - 1], words[e]) { e += 1 }
    guard e > i, e < words.count, ByteWords.spaced(b, words[e - 1], words[e]), isHouseNumber(words[e]) else {
      return streetWithoutNumber(b, words, from: i, before: e)
    }
    return i...e
  }

  /// "the street is Hollowell Pkwy NW": after "street is", a street's name closed by a street type (and a direction),
  /// without its number, which the writer gives apart or not at all.
  static func streetWithoutNumber(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from i: Int,
                                  before e: Int) -> ClosedRange<Int>? {
    guard e > i + 1, let t = (i + 1..<e).last(where: { AddressScanner.streetTypes.contains(words[$0].hash) }) else {
      return nil
    }
    var last = t
    if last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]),
       PostalAddressScanner.directions.contains(words[last + 1].hash), words[last + 1].allCaps || words[last + 1].length == 1 {
      last += 1
    }
    return i...last
  }
  static let just = Bytes.wordHash("just"), street = Bytes.wordHash("street"), streets = Bytes.wordHash("street's")

  /// A house number (digits, perhaps a letter: "14", "7b") or said.
  static func isHouseNumber(_ w: ByteWord) -> Bool {
    w.digits >= 1 && w.digits <= 4 && w.letters <= 1 && w.length == w.digits + w.letters
  }

  /// "I'm at 9 Larkspur", "she lives at 22 Kestrel", "my house is 14 Jacaranda": after a home's cue, a house number
  /// and one street name word, capitalised (any case in text without capitals), that ends its clause; no counted
  /// thing, no English stop word, no listed city alone after a number would be here anyway.
  static func bareStreet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int, anyCase: Bool,
                         streets: inout [UInt64]) -> ClosedRange<Int>? {
    guard i >= 2, i + 1 < words.count, ByteWords.spaced(b, words[i - 1], words[i]) else { return nil }
    let cue = words[i - 1], before = words[i - 2]
    let residence = cue.hash == at && residenceVerbs.contains(before.hash)
      || cue.hash == isHash && homeNouns.contains(before.hash)
    guard residence else { return nil }
    // The house number in digits, or said in words in text without capitals ("i live at eighty eight kestrel").
    var h = i
    if !isHouseNumber(words[i]) {
      guard anyCase, SpokenAddress.isNumber(b, words[i]) else { return nil }
      h = SpokenAddress.numberRun(b, words, from: i)
      guard h + 1 < words.count else { return nil }
    }
    let s = words[h + 1]
    guard ByteWords.spaced(b, words[h], s), s.digits == 0, !SpokenAddress.isNumber(b, s), !saidDigits.contains(s.hash), s.letters >= 3, !s.allCaps, s.capitalised || anyCase,
          !countNouns.contains(s.hash), !notStreets.contains(s.hash), !AddressVocabulary.stopWords.contains(s.hash),
          !NameScanner.stopWords.contains(s.hash) else { return nil }
    // The street's name ends its clause: the text's end, punctuation, a lower-case word after a capitalised name, or
    // in text without capitals a word that opens the next clause ("… kestrel theres no street sign").
    if h + 2 < words.count, ByteWords.spaced(b, s, words[h + 2]) {
      let n = words[h + 2]
      guard !AddressScanner.streetTypes.contains(n.hash) else { return nil }
      if s.capitalised {
        guard !n.capitalised else { return nil }
      } else {
        guard SpokenAddress.clauseOpeners.contains(n.hash) || AddressVocabulary.stopWords.contains(n.hash) else { return nil }
      }
    }
    streets.append(s.hash)
    return i...(h + 1)
  }
}
