/// An order number the customer corrects in the same message: "order 10293847, sorry I meant 10293874",
/// "cancel 77120 - no wait, it's 77210", "order 55102 (typo, it's 55120)". The corrected number is the one
/// the customer means, and it has the first one's shape; a support agent reads both as references.
extension ReferenceNumbers {
  /// Words that say the number before was wrong.
  static let correctionWords: Set<String> = ["meant", "mean", "typo", "correction", "corrected", "wait", "oops",
                                             "sorry", "actually", "rather", "wrong", "mistyped", "misspelled"]

  /// The index of the number that corrects the order number `value` ending at token `k`: within nine
  /// tokens after it, after a correction word, the first number, of the same shape (digits for digits,
  /// letters for letters, the same separators) or as many digits; nil when another number comes first.
  static func correctedNumber(_ tokens: [Token], after k: Int, value: String) -> Int? {
    var corrected = false
    var j = k + 1
    while j < tokens.count, j <= k + 9 {
      let t = tokens[j]
      if t.hasDigit {
        guard corrected, t.isWord, t.text != value, identifier(t, type: "order_number"),
              shapeKey(t.text) == shapeKey(value) || !t.hasLetter && digitCount(t.text) == digitCount(value) && t.text.unicodeScalars.count == digitCount(t.text)
        else { return nil }
        if j + 1 < tokens.count, countedNoun(tokens[j + 1]) || Money.words[tokens[j + 1].lower] != nil { return nil }
        return j
      }
      if correctionWords.contains(t.lower) { corrected = true }
      j += 1
    }
    return nil
  }

  /// A text's shape: each digit as 9, each letter as A, other characters kept ("ORD-1002" → "AAA-9999").
  static func shapeKey(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { c -> Unicode.Scalar in
      if ("0"..."9").contains(c) { return "9" }
      return c.properties.isAlphabetic ? "A" : c
    }))
  }
}
