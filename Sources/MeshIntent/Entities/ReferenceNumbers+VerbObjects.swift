/// Orders named after what is done with them in ways the verb rules did not read (issue 12, branch ord39, from
/// heldout23's misses "i ordered twice by accident, cancel one of them: 20551 or 20552" and "refund for 3390 and 3391
/// please"): the verb's object said first as a pronoun phrase and the numbers after a colon, and a small shop's
/// four-digit numbers, which alone after a verb could be an amount or a count, listed two or more together.
extension ReferenceNumbers {
  /// Words of an object phrase that points at orders the message names next: "one of them", "both", "the first one".
  static let pronounObjectWords: Set<String> = ["one", "of", "them", "it", "both", "either", "these", "those", "this",
                                                "that", "all", "the", "first", "second", "other", "following"]

  /// The index after a pronoun phrase of at most four words and the colon or dash that ends it, right after the verb
  /// at `i` ("cancel one of them: 20551"); nil when none stands there ("cancel it 2 days ago" has no colon).
  static func pronounObject(_ tokens: [Token], after i: Int) -> Int? {
    var j = i + 1
    while j < tokens.count, j <= i + 4, tokens[j].isWord, pronounObjectWords.contains(tokens[j].lower) { j += 1 }
    guard j > i + 1, j + 1 < tokens.count, [":", "-", "–"].contains(tokens[j].text) else { return nil }
    return j + 1
  }

  /// Two or more four-digit numbers listed at `j` ("3390 and 3391", "4471, 4472 or 4473"), each `shortReference`:
  /// one number of four digits after a verb may be an amount ("refund 1299"), but no one lists amounts or counts so
  /// without a currency or a noun.
  static func shortNumberList(_ tokens: [Token], from j: Int) -> (found: [Found], last: Int)? {
    guard shortReference(tokens, j) else { return nil }
    var found = [Found(type: "order_number", start: tokens[j].start, end: tokens[j].end, value: tokens[j].text)], last = j
    while last + 2 < tokens.count, listJoiners.contains(tokens[last + 1].lower), shortReference(tokens, last + 2) {
      last += 2
      found.append(Found(type: "order_number", start: tokens[last].start, end: tokens[last].end, value: tokens[last].text))
    }
    return found.count >= 2 ? (found, last) : nil
  }

  /// Four digits at `k` that may be a shop's order number: not a year ("2024 and 2025"), not a round figure ("1500
  /// and 2000"), not part of a number in groups, and no count, currency or unit after it.
  static func shortReference(_ tokens: [Token], _ k: Int) -> Bool {
    guard k < tokens.count else { return false }
    let t = tokens[k]
    guard t.isWord, !t.hasLetter, t.text.unicodeScalars.count == 4, digitCount(t.text) == 4, !yearGroup(t.text),
          !t.text.hasSuffix("00"), !amount(tokens, k) else { return false }
    guard k + 1 < tokens.count else { return true }
    let next = tokens[k + 1]
    return !(next.hasDigit && next.start == t.end + 1) && !countedNoun(next) && Money.words[next.lower] == nil
      && !EntityExtractor.units.contains(next.lower)
  }
}
