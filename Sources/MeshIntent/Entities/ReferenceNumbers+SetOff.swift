/// Two places an order's number stands in a chat turn with no order word right before it (issue 12, branch ord43,
/// order-numbers-dev9 and -dev10): set off at the end of a short reply to the agent ("you asked which one - the blue
/// jacket, 2048817", "the second one on the list, 66130", "ok found it in my inbox, 009812334"), and as the earlier
/// order a new one repeats ("reorder the same as 2210 but 4 instead of 2").
extension ReferenceNumbers {
  /// The index of a number that ends a short message after a comma, colon or dash (and "the"): five to twelve digits or one
  /// letter and five digits (`replyNumber`), the message's only digits, at most fifteen words, none of them naming
  /// another kind of number, a place, a phone or money, and no address around it.
  static func setOffAtEnd(_ tokens: [Token], at i: Int) -> Int? {
    // "cancel the one I just placed, the 11872": "the" before the number too (branch ord45, heldout28).
    let mark = i > 0 && tokens[i - 1].lower == "the" ? i - 2 : i - 1
    guard mark >= 0, [",", ":", "-", "–"].contains(tokens[mark].text), replyNumber(tokens[i]),
          tokens[(i + 1)...].allSatisfy({ ["?", "!", "."].contains($0.text) }),
          tokens.filter(\.hasDigit).count == 1, tokens.filter(\.isWord).count <= 15,
          !tokens.contains(where: {
            otherNumberWords.contains($0.lower) || placeNumberWords.contains($0.lower) || phoneWords.contains($0.lower)
              || Money.words[$0.lower] != nil || Money.symbols[$0.text] != nil
          }), !namedBefore(tokens, i), !partOfAddress(tokens, i), !postcodeOrNamedAfter(tokens, i) else { return nil }
    return i
  }

  /// The index of the number after "the same as" when an order word stands at most three words before "same":
  /// four digits or more, not a year alone ("order the same as 2024"), not a count or money.
  static func sameAsBefore(_ tokens: [Token], at i: Int) -> Int? {
    guard tokens[i].lower == "same", i + 2 < tokens.count, tokens[i + 1].lower == "as" else { return nil }
    let k = i + 2, t = tokens[k]
    guard t.isWord, !t.hasLetter, digitCount(t.text) >= 4, identifier(t, type: "order_number"),
          !(yearGroup(t.text) && !(k + 1 < tokens.count && tokens[k + 1].hasDigit)),
          tokens[max(0, i - 4)..<i].contains(where: { buyingVerbs.contains($0.lower) || ["reorder", "re-order", "rebuy"].contains($0.lower) })
    else { return nil }
    if k + 1 < tokens.count, countedNoun(tokens[k + 1]) || Money.words[tokens[k + 1].lower] != nil { return nil }
    return k
  }
}

extension ReferenceNumbers {
  /// The orders one parcel carries, after its tracking number and "for": "one tracking number TBA304918827000 for
  /// 71120, 71124 and 71125?" (branch ord43, dev10; several orders shipped together). The tracking number by its
  /// carrier's shape, the orders bare numbers of five digits or more (`bareList`).
  static func ordersOfParcel(_ tokens: [Token], at i: Int) -> (found: [Found], last: Int)? {
    guard tokens[i].lower == "for", i > 0, tokens[i - 1].hasLetter, shape(tokens[i - 1].text) == "tracking_number",
          let first = bareOrderNumber(tokens, at: i + 1) else { return nil }
    return bareList(tokens, from: first)
  }
}
