/// One of a customer's several orders, told apart mid-chat by a word and given by its number (issue 12, branch ord42,
/// order-numbers-dev9's answers): "the second one 4471-2209", "the long one is 1000238841207766", "the older of the
/// two, W902114736", "the one i want gone is 60919", and the number first: "it's 88142, the jacket one". The number
/// must be a long bare one or a code (`chatReferenceFits`); "the one ending 8812" is a partial number, not this.
extension ReferenceNumbers {
  /// Words that tell one order from the others: order, age, size.
  static let orderPickers: Set<String> = ["first", "second", "third", "fourth", "older", "oldest", "newer", "newest",
                                          "earlier", "later", "latest", "previous", "long", "longer", "short", "shorter",
                                          "bigger", "smaller", "cheaper", "dearer"]

  /// Where the reference after "the second one", "the older of the two" or "the one … is" starts; nil otherwise.
  static func oneOfSeveral(_ tokens: [Token], at i: Int) -> Int? {
    let w = tokens[i].lower
    // "the second one 4471-2209", "the long one is …", "the earlier one, 60919,".
    if w == "one", i > 0, orderPickers.contains(tokens[i - 1].lower) { return pastLinks(tokens, from: i + 1) }
    // "the older of the two, W902114736", "the newest of them: …".
    if orderPickers.contains(w), i + 2 < tokens.count, tokens[i + 1].lower == "of",
       ["the", "them", "those", "these"].contains(tokens[i + 2].lower) {
      var k = i + 3
      if k < tokens.count, ["two", "three", "orders", "ones"].contains(tokens[k].lower) { k += 1 }
      return pastLinks(tokens, from: k)
    }
    // "first is 40412, second 40413": a picker opening a clause, then its number (branch ord43, dev10).
    if orderPickers.contains(w), i == 0 || !tokens[i - 1].isWord { return pastLinks(tokens, from: i + 1) }
    // "the one i want gone is 60919": "the one", a clause of up to five words, "is"/"was", the number.
    if w == "one", i > 0, tokens[i - 1].lower == "the" {
      var k = i + 1
      while k < tokens.count, k <= i + 6, tokens[k].isWord, !tokens[k].hasDigit, !["is", "was"].contains(tokens[k].lower),
            !endingWords.contains(tokens[k].lower) { k += 1 }
      guard k > i + 1, k < tokens.count, ["is", "was"].contains(tokens[k].lower) else { return nil }
      return k + 1
    }
    return nil
  }

  /// "it's 88142, the jacket one": a number that the reply opens with (after at most three reply words), then a comma
  /// and "the" and at most two words and "one". Its own index.
  static func numberThenOne(_ tokens: [Token], at i: Int) -> Int? {
    guard i <= 3, tokens[..<i].allSatisfy({ replyWords.contains($0.lower) }), i + 3 < tokens.count,
          tokens[i + 1].text == ",", tokens[i + 2].lower == "the" else { return nil }
    guard let one = tokens[(i + 3)...].prefix(3).firstIndex(where: { $0.lower == "one" }),
          tokens[(i + 3)..<one].allSatisfy({ $0.isWord && !$0.hasDigit }) else { return nil }
    return i
  }

  /// The index after the words that may stand between the picking phrase and its number ("is", ",", ":").
  private static func pastLinks(_ tokens: [Token], from start: Int) -> Int {
    var j = start
    while j < tokens.count, j <= start + 2, followUpLinks.contains(tokens[j].lower) { j += 1 }
    return j
  }
}
