/// Two orders placed together and named side by side with no cue (issue 12, branch ord51, from commerce-replies-dev's
/// misses): "please cancel both, 3318 and 3319", "4471 + 4472, I want to return everything in the two". Shops number
/// orders in sequence, so two orders of one customer often differ only in their last digits; two such numbers joined
/// as a list, in a message about orders, are those orders. Amounts, years and ranges are kept out.
extension ReferenceNumbers {
  /// Words before the first number that make the pair a range, an amount or a count ("between 1200 and 1250").
  static let pairBlockersBefore: Set<String> = loneBlockersBefore.union(["between", "from", "rs", "inr", "ksh", "php", "ngn"])

  /// The pair (or more) of sibling numbers starting at `tokens[i]`: plain digits, four to twelve of them, the same
  /// length, joined by `orderListLinks`, equal but for their last two digits; in a message about an order
  /// (`orderTopicWords`, an order verb, or "both" naming the two) with no phone word and no place word.
  static func siblingPair(_ tokens: [Token], at i: Int) -> (found: [Found], last: Int)? {
    func plain(_ k: Int) -> Bool {
      guard k >= 0, k < tokens.count else { return false }
      let t = tokens[k], d = digitCount(t.text)
      return t.isWord && !t.hasLetter && d == t.text.unicodeScalars.count && (4...12).contains(d) && !t.text.hasPrefix("0")
    }
    guard plain(i), !(i > 0 && (tokens[i - 1].hasDigit || pairBlockersBefore.contains(tokens[i - 1].lower)
                               || Money.symbols[tokens[i - 1].text] != nil || Money.words[tokens[i - 1].lower] != nil))
    else { return nil }
    let first = tokens[i].text
    // A year and the next ("2023 and 2024") is a time.
    if first.unicodeScalars.count == 4, yearGroup(first) { return nil }
    var members = [i], k = i
    while k + 2 < tokens.count, orderListLinks.contains(tokens[k + 1].lower), plain(k + 2),
          siblings(tokens[k + 2].text, first) {
      k += 2
      members.append(k)
    }
    guard members.count >= 2 else { return nil }
    // What follows the last makes them money, units or counts: "3318 and 3319 rupees", "1200 and 1250 items".
    if k + 1 < tokens.count {
      let next = tokens[k + 1]
      if countedNoun(next) || loneBlockersAfter.contains(next.lower) || Money.words[next.lower] != nil
        || Money.symbols[next.text] != nil || next.hasDigit { return nil }
    }
    guard pairTopic(tokens), !namedBefore(tokens, i), !numberOfNamedKind(tokens, before: i),
          !tokens.contains(where: { phoneWords.contains($0.lower) || placeTopicWords.contains($0.lower) }) else { return nil }
    let found = members.map { Found(type: "order_number", start: tokens[$0].start, end: tokens[$0].end, value: tokens[$0].text) }
    return (found, k)
  }

  /// Whether `a` and `b` are two numbers of one sequence: as long, different, and equal but for their last two digits.
  static func siblings(_ a: String, _ b: String) -> Bool {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    guard x.count == y.count, x != y, x.count >= 4 else { return false }
    return x[0..<(x.count - 2)] == y[0..<(y.count - 2)]
  }

  /// Whether the message is about orders for `siblingPair`: an order word, one of the order verbs, or "both" naming
  /// the two things given.
  static func pairTopic(_ tokens: [Token]) -> Bool {
    tokens.contains { orderTopicWords.contains($0.lower) || orderVerb($0.lower) || pairWords.contains($0.lower) }
      || namesRareOrderWord(tokens)
  }
}
