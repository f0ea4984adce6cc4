/// Whether a message can hold a reference number at all, asked once before the rules run (the extractor's cost:
/// every rule is tried at every token, about half a millisecond a message in release, and most chat messages carry
/// no number). Every reference the rules find is written with digits (of any script), read aloud in digit words,
/// or is PrestaShop's nine capitals; a message with none of these holds none, so the rules are skipped.
extension ReferenceNumbers {
  /// Words that say one digit or a pair of digits, in every language the read-aloud rules know.
  static let digitWords: Set<String> = Set(spokenDigit.keys).union(otherLanguageDigits.keys).union(spokenTens.keys)
    .union(spokenTeens.keys)

  /// Whether `scalars` (tokenised as `tokens`) has a digit of any script, a digit word (also inside a hyphenated
  /// pair, "forty-two"), or a nine-capital code: what any reference rule needs to find something.
  static func mayHoldReference(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
    if scalars.contains(where: { $0.properties.numericType != nil }) { return true }
    for t in tokens where t.isWord {
      if digitWords.contains(t.lower) || letterReference(t.text) { return true }
      if t.lower.contains("-" as Character), t.lower.split(separator: "-").contains(where: { digitWords.contains(String($0)) }) {
        return true
      }
    }
    return false
  }
}
