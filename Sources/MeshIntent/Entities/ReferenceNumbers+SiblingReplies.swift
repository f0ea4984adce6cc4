/// A short reply that lists sibling numbers and nothing else (issue 12, branch ord42, order-numbers-dev9's answers):
/// "all of them, 88140 88141 88142, nothing arrived", "60918/60919", "it was either 993120 or 993102 not sure which".
/// Orders placed close together get numbers of one length that share their first digits; a customer asked which
/// orders lists them so. Phones, prices, dates and postcodes do not come as such a list.
extension ReferenceNumbers {
  /// At the list's first number `i`: each number of the list, when every digit in a message of at most fifteen words
  /// is in it, two numbers or more of five to twelve digits, one length and the same first three digits, and no word
  /// in the message names another kind of number, a place, a phone or money.
  static func siblingReply(_ tokens: [Token], at i: Int) -> (found: [Found], last: Int)? {
    guard tokens[i].isWord, tokens[i].hasDigit, !tokens[..<i].contains(where: \.hasDigit),
          tokens.filter(\.isWord).count <= 15,
          !tokens.contains(where: {
            otherNumberWords.contains($0.lower) || placeNumberWords.contains($0.lower) || phoneWords.contains($0.lower)
              || trailingBlockers.contains($0.lower) || Money.words[$0.lower] != nil || Money.symbols[$0.text] != nil
          }), !namedBefore(tokens, i) else { return nil }
    // The numbers and where they stand: a token, or the two halves of one joined by "/" ("60918/60919").
    var numbers: [(start: Int, text: String)] = []
    var k = i, last = i
    while k < tokens.count {
      let t = tokens[k]
      if t.hasDigit {
        guard t.isWord else { return nil }
        var offset = t.start
        for part in t.text.split(separator: "/", omittingEmptySubsequences: false) {
          numbers.append((offset, String(part)))
          offset += part.unicodeScalars.count + 1
        }
        last = k
      } else if !listJoiners.contains(t.lower) {
        break
      }
      k += 1
    }
    guard !tokens[(last + 1)...].contains(where: \.hasDigit), numbers.count >= 2,
          let first = numbers.first?.text, (5...12).contains(first.count),
          numbers.allSatisfy({ n in
            n.text.count == first.count && n.text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
              && n.text.prefix(3) == first.prefix(3)
          }), Set(numbers.map(\.text)).count == numbers.count
    else { return nil }
    return (numbers.map { Found(type: "order_number", start: $0.start, end: $0.start + $0.text.count, value: $0.text) }, last)
  }
}
