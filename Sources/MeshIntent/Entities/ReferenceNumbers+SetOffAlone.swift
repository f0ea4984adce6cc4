/// A long number that a customer puts at the end or the start of a message with no word of an order in it (issue
/// 12, commerce-replies-dev, the twin of heldout33, where such numbers were most of the misses): "headphones died
/// after 4 months, warranty? 7703390", "a human, someone, anyone? about 5518207", "thank you so much for sorting
/// 4471203". In a shop's support chat a number of six digits or more standing there, with no other number in its
/// sentence, is what the customer wants looked up; `loneOrderNumbers` still asks that it be the message's one long
/// number, with no phone, place, money, count or other kind of number named around it (`loneCandidate`), and five
/// digits (postcodes) are left out.
extension ReferenceNumbers {
  /// Whether `tokens[i]` is six digits or more and the message's last word (only punctuation or symbols after it),
  /// or its first, set off by a mark ("5518207 - still nothing").
  static func setOffAlone(_ tokens: [Token], _ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].isWord, !tokens[i].hasLetter, digitCount(tokens[i].text) >= 6 else { return false }
    // "is cod available for 560001?", "ship to 110001": a place's postcode after a word of where.
    if i > 0, placeBeforeWords.contains(tokens[i - 1].lower) { return false }
    // Another number in its sentence makes it part of what that sentence counts or says ("i have 2 of them, 3318204");
    // one in an earlier sentence does not ("died after 4 months, warranty? 7703390").
    let sentenceEnds: Set<String> = [".", "?", "!"]
    if tokens[(i + 1)...].allSatisfy({ !$0.isWord }) {
      return !tokens[..<i].reversed().prefix { !sentenceEnds.contains($0.text) }.contains(where: \.hasDigit)
    }
    guard i == 0, i + 1 < tokens.count, [",", "-", "–", ":", "?", "!", "."].contains(tokens[i + 1].text) else { return false }
    return !tokens[(i + 1)...].prefix { !sentenceEnds.contains($0.text) }.contains(where: \.hasDigit)
  }

  /// Words of where before a number, which make it a postcode when no order is named.
  static let placeBeforeWords: Set<String> = ["for", "to", "in", "at", "near", "into", "from", "around", "within"]
}
