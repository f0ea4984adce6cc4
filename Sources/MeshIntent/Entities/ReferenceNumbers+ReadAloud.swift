/// Order numbers read aloud to a voice assistant, as its transcript writes them (issue 12, branch ord42,
/// order-numbers-dev9's transcripts): digit words with "o" or "oh" for zero ("six o nine one eight"), "double"/"triple"
/// before a digit ("double four seven zero five"), "dash" between groups ("one one four dash three nine four …"), and a
/// shop's prefix spelt first ("o r d dash two o two five …", "w as in whiskey three one …", "ord two o two five …").
/// The span is the words said; the value is the number they stand for ("60918", "ORD-2025-000812"), which is what the
/// shop looks up.
extension ReferenceNumbers {
  /// A number read aloud: its last token, the digits said, whether a spelt prefix opened it, and the number.
  struct ReadAloud {
    var end: Int
    var digits: Int
    var lettered: Bool
    var value: String
    /// The digit groups "dash" set apart ("one two dash …" → [2, …]).
    var groups: [Int]
    /// Digits said in pairs ("ninety one", "twelve"), and digits heard as a word that sounds the same ("ate").
    var pairs = 0, soundAlikes = 0
  }

  /// Words a transcript writes for one digit said; "o" and "oh" are how a zero is read out in a number.
  static let spokenDigit: [String: Character] = [
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
  ]
  /// "double four", "triple oh": a digit said once for two or three.
  static let repeatedDigitWords: [String: Int] = ["double": 2, "triple": 3]
  /// The separator said between groups ("one one four dash three nine …").
  static let dashWords: Set<String> = ["dash", "hyphen"]

  /// The number read aloud from `tokens[j]`, each word one space after the one before: digits only, or (when they do
  /// not start there) one to four letters spelt one by one or "ord" first, a letter maybe explained "as in WORD" ("w as
  /// in whiskey"), then "dash" or not, then the digits. A lone "a" or "i" is an article or a pronoun, not a prefix.
  static func readAloud(_ tokens: [Token], from j: Int) -> ReadAloud? {
    guard j < tokens.count else { return nil }
    if let plain = spokenDigits(tokens, from: j, after: ""), plain.digits > 1 || !isSpeltLetter(tokens[j]) {
      return plain
    }
    var k = j, prefix = ""
    func next(_ k: Int) -> Bool { k < tokens.count && tokens[k].start == tokens[k - 1].end + 1 }
    if tokens[j].lower == "ord" {
      prefix = "ORD"
      k = j + 1
    } else {
      while k == j || next(k), isSpeltLetter(tokens[k]), prefix.count < 4 {
        prefix += tokens[k].text.uppercased()
        k += 1
        // "w as in whiskey": the letter explained by a word that starts with it.
        if next(k), k + 2 < tokens.count, tokens[k].lower == "as", tokens[k + 1].lower == "in",
           tokens[k + 2].lower.first == prefix.lowercased().last, next(k + 1), next(k + 2) {
          k += 3
        }
      }
      guard !prefix.isEmpty, !(prefix.count == 1 && ["A", "I"].contains(prefix)) else { return nil }
    }
    guard next(k) else { return nil }
    if dashWords.contains(tokens[k].lower) {
      prefix += "-"
      k += 1
      guard next(k) else { return nil }
    }
    guard var r = spokenDigits(tokens, from: k, after: prefix) else { return nil }
    r.lettered = true
    return r
  }

  /// A spelt letter of a prefix: one letter alone.
  private static func isSpeltLetter(_ t: Token) -> Bool {
    t.isWord && !t.hasDigit && t.text.unicodeScalars.count == 1
  }

  /// Digit words from `start` (with "double"/"triple" before one and "dash" between two), the number after `prefix`.
  private static func spokenDigits(_ tokens: [Token], from start: Int, after prefix: String) -> ReadAloud? {
    var value = prefix, k = start, digits = 0, groups = [0], end: Int?, pairs = 0, soundAlikes = 0
    func next(_ k: Int) -> Bool { k < tokens.count && (k == start || tokens[k].start == tokens[k - 1].end + 1) }
    func joined(_ k: Int) -> Bool { k < tokens.count && k > 0 && tokens[k].start == tokens[k - 1].end + 1 }
    while next(k) {
      let w = tokens[k].lower
      if let pair = spokenPair(tokens, at: k, joined: joined) ?? hyphenatedPair(w).map({ ($0, 1) }) {
        // "ninety one forty four": two digits a word (or two).
        value += pair.digits
        digits += 2; groups[groups.count - 1] += 2; pairs += 1; end = k + pair.used - 1; k += pair.used
      } else if let d = soundAlikeDigits[w], next(k + 1), digitSaid(tokens[k + 1].lower) != nil {
        // "ate seven six two one": a digit the recogniser wrote as the word that sounds like it.
        value.append(d)
        digits += 1; groups[groups.count - 1] += 1; soundAlikes += 1; end = k; k += 1
      } else if let d = digitSaid(w) {
        value.append(d)
        digits += 1; groups[groups.count - 1] += 1; end = k; k += 1
      } else if let times = repeatedDigitWords[w], next(k + 1), let d = digitSaid(tokens[k + 1].lower) {
        value += String(repeating: d, count: times)
        digits += times; groups[groups.count - 1] += times; end = k + 1; k += 2
      } else if dashWords.contains(w), groups[groups.count - 1] > 0, next(k + 1),
                digitSaid(tokens[k + 1].lower) != nil || repeatedDigitWords[tokens[k + 1].lower] != nil {
        value.append("-")
        groups.append(0); k += 1
      } else {
        break
      }
    }
    guard let end else { return nil }
    return ReadAloud(end: end, digits: digits, lettered: false, value: value, groups: groups, pairs: pairs,
                     soundAlikes: soundAlikes)
  }

  /// After a cue, the number read aloud: five digits said or more (four after a number word: "order number is one
  /// one eight seven"; "order one two three four" is a count or a choice; four in two pairs or more: "order ninety
  /// one forty four", but not a year, "twenty twenty four"), four of them real digit words when a recogniser wrote
  /// one as a word that sounds like it ("for eight eight one two"), not the start of a quantity, an amount or a time
  /// said in words ("five five hundred", "forty two ninety nine dollars") nor a reading that trails off before the
  /// digits are typed ("four four seven one... sorry: 4 4 7 1 0 9").
  static func readAloudAfterCue(_ tokens: [Token], from j: Int, afterNumberWord: Bool) -> ReadAloud? {
    guard let r = readAloud(tokens, from: j) else { return nil }
    let year = r.digits == 4 && (r.value.hasPrefix("19") || r.value.hasPrefix("20"))
    let inPairs = r.pairs >= 2 && r.digits >= 4 && !year && !(j > 0 && tokens[j - 1].lower == "of")
    guard r.digits >= (afterNumberWord ? 4 : 5) || inPairs, r.digits - r.soundAlikes >= 4 else { return nil }
    guard r.end + 1 < tokens.count else { return r }
    let next = tokens[r.end + 1].text
    let trailsOff = next.hasPrefix("…") || next.hasPrefix("..")
      || next == "." && r.end + 2 < tokens.count && tokens[r.end + 2].text.hasPrefix(".")
    return readingNotANumber.contains(tokens[r.end + 1].lower) || trailsOff ? nil : r
  }

  /// A number read aloud with no cue that has an order number's own shape: the marketplace's groups said with "dash"
  /// (3-7-7, 2-5-5) or a spelt prefix before eight digits or more ("o d nine nine eight …", Flipkart's OD and 18
  /// digits; "w nine o two …"), unless a word just before names another kind of number. Plain digit words, however
  /// long, stay a phone or an amount said aloud ("oh seven seven oh nine double one four …").
  static func readAloudShape(_ tokens: [Token], at i: Int) -> ReadAloud? {
    guard let r = readAloud(tokens, from: i), r.groups == [3, 7, 7] || r.groups == [2, 5, 5] || r.lettered && r.digits >= 8,
          !namedBefore(tokens, i), !(i > 0 && referringBlockers.contains(tokens[i - 1].lower)), !insideReading(tokens, i)
    else { return nil }
    return r
  }

  /// After the hash sign said ("hash one o four three", "order hash two two nine o"), four digits said or more, as
  /// `afterHashWord` takes four typed ones.
  static func readAloudAfterHash(_ tokens: [Token], at i: Int) -> ReadAloud? {
    guard hashWords.contains(tokens[i].lower), i + 1 < tokens.count,
          !(i > 0 && (hashBlockers.contains(tokens[i - 1].lower) || staffBeforeHash.contains(tokens[i - 1].lower))),
          let r = readAloudAfterCue(tokens, from: i + 1, afterNumberWord: true), !r.lettered
    else { return nil }
    return r
  }

  /// Whether `tokens[i]` goes on from a digit or letter said just before it ("one z nine nine nine a a one o one …", a
  /// carrier's number read out): a reading does not start inside another.
  private static func insideReading(_ tokens: [Token], _ i: Int) -> Bool {
    guard i > 0, tokens[i].start == tokens[i - 1].end + 1 else { return false }
    return spokenDigit[tokens[i - 1].lower] != nil || isSpeltLetter(tokens[i - 1]) || tokens[i - 1].hasDigit
  }

  /// A turn that only answers "what is your order number?" aloud: at most five reply words ("its", "yeah its",
  /// "number") and symbols, then five digits said or more, and no word after it naming another kind of number, a
  /// place or a phone ("its w nine o two one one four seven three six w for william").
  static func readAloudAnswer(_ tokens: [Token], at i: Int) -> ReadAloud? {
    guard i <= 10 else { return nil }
    let before = tokens[..<i]
    guard before.filter(\.isWord).count <= 5,
          before.allSatisfy({ $0.isWord ? replyWords.contains($0.lower) : [",", ":", "-", "!", "."].contains($0.text) }),
          let r = readAloudAfterCue(tokens, from: i, afterNumberWord: false),
          // "its forty two ninety nine": four in pairs alone may be a price; an answer needs five.
          r.digits >= 5,
          !tokens[(r.end + 1)...].contains(where: {
            otherNumberWords.contains($0.lower) || placeNumberWords.contains($0.lower) || phoneWords.contains($0.lower)
          })
    else { return nil }
    return r
  }

  /// The numbers read aloud again after an order number was ("nine nine three one two i said nine nine three one
  /// two", "it's three three nine o … um sorry three three nine oh …"): each reading of four digits or more whose
  /// number is one of `values`, as (first token, last token, number).
  static func readAloudRepeats(_ tokens: [Token], values: Set<String>) -> [(first: Int, last: Int, value: String)] {
    var out: [(first: Int, last: Int, value: String)] = []
    var i = 0
    while i < tokens.count {
      if let r = readAloud(tokens, from: i), r.digits >= 4 {
        if values.contains(r.value) { out.append((i, r.end, r.value)) }
        i = r.end + 1
      } else {
        i += 1
      }
    }
    return out
  }
}
