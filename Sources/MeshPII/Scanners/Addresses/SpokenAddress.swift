/// Addresses dictated in words, as voice typing writes them ("twenty two Maple Street apartment five Boston
/// Massachusetts zero two one one six"): a house number in number words before a street's name and street
/// word, then a unit, then the town with its state or a ZIP code in single digits; or the town and state with
/// the spoken ZIP code alone ("Savannah Georgia three one four oh five"). Digits are the other rules' job.
enum SpokenAddress {
  /// Number words of a house or unit number; "oh" is a zero only inside a run.
  static let numbers = WordSet(words: [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
  ])
  /// The words of one digit each, which a spoken ZIP code is made of.
  static let digits = WordSet(words: ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
  /// US states written out (the last word of those of two words): with a ZIP code or a street before them,
  /// the town before them is part of the address.
  static let states = WordSet(words: """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania island
    tennessee texas utah vermont virginia washington wisconsin wyoming columbia
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let and = Bytes.wordHash("and")
  static let oh = Bytes.wordHash("oh")
  static let o = Bytes.wordHash("o")
  static let the = Bytes.wordHash("the")
  static let number = Bytes.wordHash("number")
  /// Number words that count things as often as they number a house ("two Oxford Street gift cards").
  static let small = WordSet(words: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])

  /// Whether `b` has a street word, a state or two number words at all (one pass without splitting it into words):
  /// text without a digit is split only then, so everyday chat pays little for this rule.
  static func mayHold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = b.count
    var i = 0, numberWords = 0
    while i < n {
      guard Bytes.isAlpha(b[i]) else { i += 1; continue }
      var e = i
      while e < n && Bytes.isAlpha(b[e]) { e += 1 }
      let h = Bytes.wordHash(b, i, e)
      if i > 0, AddressScanner.streetTypes.contains(h) || states.contains(h)
        || AddressVocabulary.afterNumber.contains(h) { return true }
      // "Kastanienallee forty one": a street's ending is no word of its own, its number words are.
      if numbers.contains(h) { numberWords += 1 }
      if numberWords >= 2 { return true }
      i = e + 1
    }
    return false
  }

  /// The dictated addresses among `words`, as byte ranges; `anyCase` when the text has no capital letter.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], anyCase: Bool) -> [Range<Int>] {
    var found: [Range<Int>] = []
    var i = 0
    while i < words.count {
      // "the one High Street shop" counts shops, not houses.
      if isNumber(b, words[i]), i == 0 || words[i - 1].hash != the, let r = street(b, words, from: i, anyCase: anyCase) {
        // "number twelve rue Oberkampf", "unit three forty two kangaroo street": the word "number" or the unit is said
        // with the house's.
        let said = i > 0 && (words[i - 1].hash == number || AddressScanner.unitWords.contains(words[i - 1].hash))
          && next(b, words, i)
        found.append(words[unitBefore(b, words, i) ?? (said ? i - 1 : i)].start..<words[r].end)
        i = r + 1
      } else if let r = numberAfterStreet(b, words, from: i) {
        found.append(words[i].start..<words[r].end)
        i = r + 1
      } else if !anyCase, let r = townWithZip(b, words, from: i) {
        found.append(words[i].start..<words[r].end)
        i = r + 1
      } else {
        i += 1
      }
    }
    return found
  }

  /// A number word, or two joined by a hyphen ("twenty-two").
  static func isNumber(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits == 0 else { return false }
    if numbers.contains(w.hash) { return true }
    guard let dash = (w.start..<w.end).first(where: { b[$0] == 0x2D }) else { return false }
    return numbers.contains(Bytes.wordHash(b, w.start, dash)) && numbers.contains(Bytes.wordHash(b, dash + 1, w.end))
  }

  /// Whether `words[k]` follows `words[k - 1]` after one space, or a comma and a space.
  static func next(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k < words.count else { return false }
    let gap = words[k].start - words[k - 1].end, p = words[k - 1].end
    return gap == 1 && b[p] == 0x20 || gap == 2 && b[p] == 0x2C && b[p + 1] == 0x20
      || gap == 2 && b[p] == 0x2E && b[p + 1] == 0x20
  }

  /// The last word of the run of number words at `k` ("one hundred and twelve"), joined by single spaces.
  static func numberRun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int) -> Int {
    var e = k
    while e + 1 < words.count, words[e + 1].start == words[e].end + 1 {
      // "twelve o four": "o" is a zero inside a run as "oh" is (pii47).
      if isNumber(b, words[e + 1]) || words[e + 1].hash == oh || words[e + 1].hash == o { e += 1; continue }
      if words[e + 1].hash == and, e + 2 < words.count, isNumber(b, words[e + 2]) { e += 2; continue }
      break
    }
    return e
  }

  /// A name word of a street or town: capitalised, or any word but a number in text typed without capitals.
  static func isNameWord(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord, anyCase: Bool) -> Bool {
    w.digits == 0 && (w.capitalised || anyCase) && !isNumber(b, w) && !digits.contains(w.hash)
      // Without capitals a street's name runs into the words after it: "eighty eight kestrel theres no street sign"
      // names no street "kestrel theres no" (pii47).
      && (w.capitalised || !AddressVocabulary.stopWords.contains(w.hash) && !NameScanner.stopWords.contains(w.hash)
        && !clauseOpeners.contains(w.hash))
  }
  /// Contractions typed without their apostrophe that open a clause after a street's name ("theres", "thats").
  static let clauseOpeners = WordSet(words: ["theres", "thats", "whats", "heres", "its", "which", "where", "who"])

  /// The last word of a dictated street at `k`: number words, one to three name words and a street word, then
  /// a unit with its number and the town; nil when no street word closes the name.
  static func street(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int, anyCase: Bool) -> Int? {
    let run = numberRun(b, words, from: k)
    // The house number said alone in words that seldom count shop items ("fourteen Park Row"), or after "number".
    let spokenHouse = run > k || (words[k].start..<words[k].end).contains { b[$0] == 0x2D }
      || !small.contains(words[k].hash) || k > 0 && words[k - 1].hash == number
      // "she lives at seven hawthorn close": after a home's "at" a small number is a house's (pii47).
      || k > 1 && words[k - 1].hash == ShortAnswerAddress.at && ShortAnswerAddress.residenceVerbs.contains(words[k - 2].hash)
      // "my address: three Willow Court", "address is two elm road": after the address's own label.
      || afterAddressLabel(words, k)
    // The French order, the street word before its name: "twelve rue Oberkampf", "three avenue Jean Jaurès".
    if spokenHouse, let name = frenchStreet(b, words, after: run, anyCase: anyCase) {
      return town(b, words, after: name, anyCase: anyCase) ?? spokenPostcodeTown(b, words, after: name) ?? name
    }
    // Voice typing leaves the street in lower case inside a line with capitals ("my address is twelve oak lane,
    // Millbrook, …"): a house said in words, then the street's name and word all in lower case, closed by a comma or
    // the text's end.
    let lowerStreet = !anyCase && spokenHouse && lowerCaseStreet(b, words, after: run)
    var e = run + 1
    while e < words.count, e - run <= 4, words[e].start == words[e - 1].end + 1 {
      if e > run + 1, AddressScanner.streetTypes.contains(words[e].hash) { break }
      guard isNameWord(b, words[e], anyCase: anyCase || lowerStreet) else { return nil }
      e += 1
    }
    guard e < words.count, e > run + 1, e - run <= 4, AddressScanner.streetTypes.contains(words[e].hash),
          words[e].start == words[e - 1].end + 1 else { return nil }
    let streetEnd = e
    // "apartment five", "unit 4B".
    if next(b, words, e + 1), AddressScanner.unitWords.contains(words[e + 1].hash), next(b, words, e + 2),
       isNumber(b, words[e + 2]) || words[e + 2].digits > 0 {
      e = isNumber(b, words[e + 2]) ? numberRun(b, words, from: e + 2) : e + 2
    }
    if let town = town(b, words, after: e, anyCase: anyCase) ?? spokenPostcodeTown(b, words, after: e) { e = town }
    // One small number word alone counts things as often as it numbers a house ("two Oxford Street gift cards"):
    // then a unit or the town must follow.
    guard spokenHouse || e > streetEnd else { return nil }
    return anyCase ? townAndPostcodeToEnd(b, words, after: e) ?? e : townAndSpokenCodeToEnd(b, words, after: e) ?? e
  }

  /// Whether `words[k]` follows the address's label ("address:", "address is", "addy is").
  static func afterAddressLabel(_ words: [ByteWord], _ k: Int) -> Bool {
    k > 0 && labels.contains(words[k - 1].hash) || k > 1 && words[k - 1].hash == isWord && labels.contains(words[k - 2].hash)
  }
  static let labels = WordSet(words: ["address", "addy", "adress"])
  static let isWord = Bytes.wordHash("is")

  /// Whether the one to three words after the number run ending at `run` are lower case and end in a lower-case street
  /// word followed by ", " or the text's end ("twelve oak lane, Millbrook").
  static func lowerCaseStreet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after run: Int) -> Bool {
    var e = run + 1
    while e < words.count, e - run <= 4, words[e].start == words[e - 1].end + 1 {
      let w = words[e]
      guard w.digits == 0, !w.capitalised else { return false }
      if e > run + 1, AddressScanner.streetTypes.contains(w.hash) {
        return e + 1 == words.count && (w.end..<b.count).allSatisfy { b[$0] == 0x20 || b[$0] == 0x2E }
          || w.end < b.count && b[w.end] == 0x2C
      }
      e += 1
    }
    return false
  }

  /// The unit said with its own number words before the house's number and a comma ("flat two, fourteen Station Road",
  /// "apartment twenty one, …"): the unit word's index, or nil.
  static func unitBefore(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Int? {
    guard i >= 2, isNumber(b, words[i - 1]), words[i].start - words[i - 1].end == 2, b[words[i - 1].end] == 0x2C
    else { return nil }
    var u = i - 1
    while u > 0, i - u <= 3, words[u].start == words[u - 1].end + 1, isNumber(b, words[u - 1]) { u -= 1 }
    guard u > 0, words[u].start == words[u - 1].end + 1, AddressScanner.unitWords.contains(words[u - 1].hash) else {
      return nil
    }
    return u - 1
  }

  /// In capitalised text, ", " and the town, then a postcode said in letters and number words to the text's end, as
  /// voice typing writes a British or Canadian code, commas and all ("…, Cheltenham, G L fifty two, three P Q"): one to
  /// three capitalised town words, then three or more single capital letters, letter names and number words with a
  /// letter and a number among them.
  static func townAndSpokenCodeToEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int) -> Int? {
    let last = words.count - 1
    guard last > k + 3, last - k <= 12, (words[last].end..<b.count).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2E }),
          (k + 1...last).allSatisfy({ next(b, words, $0) }) else { return nil }
    var code = k + 1
    while code <= last, code - k <= 3, words[code].capitalised, isNameWord(b, words[code], anyCase: false),
          words[code].letters > 1 {
      code += 1
    }
    guard code > k + 1, last - code >= 2 else { return nil }
    var letters = 0, numbers = 0
    for j in code...last {
      let w = words[j]
      if w.letters == 1 && w.digits == 0 && w.capitalised || letterNames.contains(w.hash) && !isNumber(b, w) {
        letters += 1
      } else if isNumber(b, w) || digits.contains(w.hash) {
        numbers += 1
      } else {
        return nil
      }
    }
    return letters >= 1 && numbers >= 1 ? last : nil
  }

  /// The last word of "rue Oberkampf" after the house number's last word `k`: a street word written before the
  /// name (`AddressVocabulary.afterNumber`) and one to three capitalised name words.
  static func frenchStreet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int, anyCase: Bool = false)
    -> Int? {
    guard next(b, words, k + 1), words[k + 1].start == words[k].end + 1,
          AddressVocabulary.afterNumber.contains(words[k + 1].hash) else { return nil }
    var e = k + 1
    while e - k < 4, e + 1 < words.count, words[e + 1].start == words[e].end + 1,
          (words[e + 1].capitalised || anyCase && !EnglishWords.common.contains(words[e + 1].hash))
            && isNameWord(b, words[e + 1], anyCase: anyCase)
            || AddressVocabulary.particles.contains(words[e + 1].hash) {  // "rue de la Paix"
      e += 1
    }
    // The name ends on a name word, not a particle ("forty one rue de la paix" typed without capitals, pii47).
    while e > k + 1, anyCase ? AddressVocabulary.particles.contains(words[e].hash) : !words[e].capitalised { e -= 1 }
    return e > k + 1 ? e : nil
  }

  /// A street whose name carries its street ending, then its number in words ("Kastanienallee forty one",
  /// "Hauptstraße zwölf" is left out: only English number words), then perhaps the spoken postcode and town.
  static func numberAfterStreet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int) -> Int? {
    guard words[k].capitalised, AddressText.endsInStreetSuffix(b, words[k]), k + 1 < words.count,
          words[k + 1].start == words[k].end + 1, isNumber(b, words[k + 1]) else { return nil }
    let run = numberRun(b, words, from: k + 1)
    return spokenPostcodeTown(b, words, after: run) ?? run
  }

  /// After `words[k]`, ", " and a postcode said in three or more number words, then the town in one to three
  /// capitalised words ("…, seventy five zero eleven Paris", "…, one zero four three seven Berlin").
  static func spokenPostcodeTown(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int) -> Int? {
    guard next(b, words, k + 1), isNumber(b, words[k + 1]) else { return nil }
    let run = numberRun(b, words, from: k + 1)
    guard run - k >= 3 else { return nil }
    var e = run
    while e - run < 3, e + 1 < words.count, words[e + 1].start == words[e].end + 1, words[e + 1].capitalised,
          isNameWord(b, words[e + 1], anyCase: false) {
      e += 1
    }
    return e > run ? e : nil
  }

  /// Letters as voice typing writes them, which spell a postcode's letters ("oh ex one four dee zed", OX1 4DZ).
  static let letterNames = WordSet(words: ["ay", "bee", "cee", "see", "dee", "ee", "ef", "eff", "gee", "aitch", "jay",
                                           "kay", "el", "em", "en", "oh", "pee", "cue", "ar", "ess", "tee", "vee", "ex",
                                           "why", "zed", "zee"])

  /// In text typed without capitals, the town and spoken postcode after the street when they run to the text's end
  /// ("… high street oxford oh ex one four dee zed", "… street manly new south wales two oh nine five", "… beach road
  /// busan"): one or two words alone, or up to five words before a postcode of three or more digit and letter words.
  /// A stop word ("is", "please", "and") anywhere means a sentence goes on, not an address.
  static func townAndPostcodeToEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int) -> Int? {
    let last = words.count - 1
    guard last > k, last - k <= 10, (words[last].end..<b.count).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2E }),
          (k + 1...last).allSatisfy({ words[$0].digits == 0 && next(b, words, $0) && words[$0].start == words[$0 - 1].end + 1
                                      && !AddressVocabulary.stopWords.contains(words[$0].hash) }) else { return nil }
    var code = last
    while code > k, digits.contains(words[code].hash) || letterNames.contains(words[code].hash) { code -= 1 }
    let postcode = last - code, town = code - k
    let spokenDigit = (code + 1...max(code + 1, last)).contains { $0 <= last && digits.contains(words[$0].hash) }
    if postcode == 0 { return town <= 2 && !(k + 1...last).contains { isNumber(b, words[$0]) } ? last : nil }
    return postcode >= 3 && spokenDigit && town >= 1 && town <= 5 ? last : nil
  }

  /// The town after `words[k]`: up to three name words ending in a state, then perhaps a spoken ZIP code.
  static func town(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int, anyCase: Bool) -> Int? {
    var e = k
    var state: Int?
    while next(b, words, e + 1), e - k < 4, isNameWord(b, words[e + 1], anyCase: anyCase) {
      e += 1
      if states.contains(words[e].hash) { state = e }
    }
    guard let s = state else { return nil }
    // The ZIP typed in digits after the spoken street ("…, New York 12545").
    if next(b, words, s + 1), words[s + 1].isNumber, words[s + 1].digits == 5, words[s + 1].length == 5 { return s + 1 }
    return zip(b, words, after: s) ?? s
  }

  /// A town, state and spoken ZIP code at `k` with no street before them ("Savannah Georgia three one four oh
  /// five"): one to three capitalised words, the last a state, then five digit words.
  static func townWithZip(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from k: Int) -> Int? {
    guard isNameWord(b, words[k], anyCase: false), k == 0 || !isNameWord(b, words[k - 1], anyCase: false)
      || !next(b, words, k) else { return nil }
    var e = k
    while !states.contains(words[e].hash) {
      guard e - k < 2, next(b, words, e + 1), isNameWord(b, words[e + 1], anyCase: false) else { return nil }
      e += 1
    }
    guard e > k else { return nil }
    return zip(b, words, after: e)
  }

  /// The last of exactly five digit words after `words[k]` (a ZIP code), or nil.
  static func zip(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after k: Int) -> Int? {
    var e = k
    while next(b, words, e + 1), digits.contains(words[e + 1].hash), e - k < 6 { e += 1 }
    guard e - k == 5 else { return nil }
    return e
  }
}
