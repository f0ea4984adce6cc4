/// A postcode or ZIP given alone after its label (convention settled 2026-12-07): part of an address when it is the
/// writer's or a recipient's, stated or given as an answer ("my zip is 94110", "zip? 60614", "postcode: M14"); not
/// when it is asked about as a place ("do you deliver to postcode 10115?", "zip code 94110 is it covered"), as a city
/// named alone is not.
extension ShortAnswerAddress {
  /// Words before the label, in its clause, that make the postcode a place asked about: "deliver to", "ship to".
  static let placeVerbs = WordSet(words: ["deliver", "delivers", "delivering", "delivery", "ship", "ships", "shipping",
                                          "serve", "serves", "service", "cover", "covers", "coverage", "reach", "area",
                                          "areas", "available", "outside", "inside", "within"])
  /// Words after the postcode, in its clause, that ask whether a place is served ("94110 is it covered").
  static let coverWords = WordSet(words: ["covered", "serviceable", "eligible", "included", "supported", "deliverable",
                                          "served", "area", "areas", "region", "zone"])
  /// Words that say whose the postcode is.
  static let possessives = WordSet(words: ["my", "our", "his", "her", "their", "mum's", "dad's", "mom's"])
  /// Words opening a yes-or-no question: with a "?" closing the clause, the postcode is asked about.
  static let questionOpeners = WordSet(words: ["do", "does", "did", "can", "could", "is", "are", "will", "would",
                                               "which", "what", "how", "why", "any"])

  /// The postcode word (or two: "100 00", "1012 AB") at `k` after a label at `label`, when its shape is a postcode's
  /// and the clause states it rather than asks about it; nil otherwise.
  static func statedPostcode(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], label: Int, _ k: Int) -> ClosedRange<Int>? {
    guard label >= 0, label < k, k < words.count else { return nil }
    let w = words[k]
    var end = k
    if w.isNumber {
      // Three to seven digits, perhaps with a hyphenated extension ("94110-1234", "01310-100").
      guard w.digits >= 3, w.digits <= 9, w.length <= 10 else { return nil }
      if k + 1 < words.count, ByteWords.spaced(b, w, words[k + 1]) {
        let n = words[k + 1]
        // "100 00" (Sweden, Czechia), "1012 AB" (Netherlands).
        if w.digits == 3 && n.isNumber && n.digits == 2 || w.digits == 4 && n.digits == 0 && n.letters == 2 && n.allCaps {
          end = k + 1
        }
      }
    } else {
      // A UK outward code alone ("M14", "SW1A", "EH6"): one or two capitals, a digit or two, perhaps a capital; or the
      // whole postcode typed without its space ("OX447QA", "SL24PA"), as forms that refuse the space make people do.
      guard ukOutward(b, w) || ukGlued(b, w) else { return nil }
    }
    // The number ends its word: no unit or ordinal glued on and no decimal part after it.
    let after = words[end].end
    if after + 1 < b.count, b[after] == 0x2E || b[after] == 0x2C, Bytes.isDigit(b[after + 1]) { return nil }
    return askedAsPlace(b, words, label: label, end: end) ? nil : k...end
  }

  /// "M14", "SW1A", "EH6": a UK postcode's outward code.
  static func ukOutward(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.length >= 2, w.length <= 4, w.digits >= 1, w.digits <= 2 else { return false }
    var p = w.start
    while p < w.end, Bytes.isUpper(b[p]) { p += 1 }
    let letters = p - w.start
    guard letters >= 1, letters <= 2, p < w.end, Bytes.isDigit(b[p]) else { return false }
    p += 1
    if p < w.end, Bytes.isDigit(b[p]) { p += 1 }
    if p < w.end, Bytes.isUpper(b[p]) { p += 1 }
    return p == w.end
  }

  /// "OX447QA", "SW1A1AA": a UK outward code and the inward code (a digit and two capitals) in one word.
  static func ukGlued(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.length >= 5, w.length <= 7, Bytes.isDigit(b[w.end - 3]), Bytes.isUpper(b[w.end - 2]),
          Bytes.isUpper(b[w.end - 1]) else { return false }
    let outward = ByteWord(start: w.start, end: w.end - 3, capitalised: true, allCaps: false, digits: w.digits - 1,
                           letters: w.letters - 2, hash: 0)
    return ukOutward(b, outward)
  }

  /// Whether the clause around the label and its postcode asks about the postcode as a place: a delivery verb before
  /// the label, a coverage word after the postcode, or a yes-or-no question closed by "?".
  static func askedAsPlace(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], label: Int, end: Int) -> Bool {
    // The clause: back from the label to a sentence's end, forward from the postcode to one.
    var first = label
    while first > 0, !endsSentence(b, from: words[first - 1].end, to: words[first].start) { first -= 1 }
    var last = end
    while last + 1 < words.count, !endsSentence(b, from: words[last].end, to: words[last + 1].start) { last += 1 }
    // "ship to her zip 60614": a possessive before the label says whose it is, whatever verb came before.
    let owned = label > 0 && possessives.contains(words[label - 1].hash)
    if !owned, (first..<label).contains(where: { placeVerbs.contains(words[$0].hash) }) { return true }
    if last > end, ((end + 1)...last).contains(where: { coverWords.contains(words[$0].hash) }) { return true }
    // "is 94110 your zip?" is no label's case; "does zip 94110 work?" asks.
    let closesWithQuestion = (words[last].end..<min(b.count, words[last].end + 3)).contains { b[$0] == 0x3F }
    if closesWithQuestion && questionOpeners.contains(words[first].hash) && first < label { return true }
    // "does postcode SW1A 1AA get next day", "does zip 60614 count as chicago metro": the postcode is the question's
    // subject, right after its opener, and chat often drops the "?"; "can you change the zip to 60614" has a person
    // after the opener and states it.
    let subject = label == first + 1 || label == first + 2 && questionArticles.contains(words[first + 1].hash)
    return subject && subjectQuestionOpeners.contains(words[first].hash)
  }

  /// Openers of a yes-or-no question about the thing named right after them.
  static let subjectQuestionOpeners = WordSet(words: ["do", "does", "did", "will", "would", "can", "could"])
  /// Articles between such an opener and the label ("does the postcode …", "does this zip …").
  static let questionArticles = WordSet(words: ["the", "this", "that", "a"])

  /// Whether the bytes between two words end a sentence or a line (".", "!", "?", a line break).
  static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    return (from..<to).contains { b[$0] == 0x2E || b[$0] == 0x21 || b[$0] == 0x3F || b[$0] == 0x0A }
  }
}
