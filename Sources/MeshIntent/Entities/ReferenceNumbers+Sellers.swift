/// A seller writing about a buyer's order, and a seller's own records (issue 12, branch ord51, from commerce-replies-dev's
/// misses and false finds): "the buyer of 2291007 wants to return a used item" names the buyer's order, which the
/// marketplace numbers; "payout no. PO-55102" is the seller's payout, whatever shape its code has.
extension ReferenceNumbers {
  /// The index of the number a seller names by its buyer, right after "buyer of", "buyer's order" or "buyer on"
  /// (`buyerWords`, `buyerLinks`; a hash may stand between): five digits or more, an order number's shape, no other
  /// record's prefix, no digits, unit or currency after it.
  static func buyersOrder(_ tokens: [Token], at i: Int) -> Int? {
    guard i >= 0, i + 2 < tokens.count, buyerWords.contains(tokens[i].lower), buyerLinks.contains(tokens[i + 1].lower)
    else { return nil }
    var k = i + 2
    if k < tokens.count, hashes.contains(tokens[k].lower) { k += 1 }
    guard k < tokens.count else { return nil }
    let t = tokens[k]
    guard t.isWord, t.hasDigit, digitCount(t.text) >= 5, identifier(t, type: "order_number"), !otherPrefixed(t.text)
    else { return nil }
    // A unit, a currency or digits after it make it a measure or an amount; a verb in -s ("the buyer of 2291007 wants
    // …") is no plural here, as the buyer is the one who does something.
    if k + 1 < tokens.count {
      let next = tokens[k + 1]
      if next.hasDigit || loneBlockersAfter.contains(next.lower) || Money.words[next.lower] != nil
        || Money.symbols[next.text] != nil { return nil }
    }
    return k
  }

  /// Whether a seller's sale or payout is named right before `i` with only number words, fillers and signs between
  /// ("payout no. PO-55102", "my sale SR-88213"): the seller's own record, not the buyer's order.
  static func sellersRecordBefore(_ tokens: [Token], _ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, k >= i - 4 {
      let w = tokens[k].lower
      if sellerRecordWords.contains(w) { return true }
      if tokens[k].isWord && !filler(w) { return false }
      if sentenceEnds.contains(tokens[k].text) && k < i - 2 { return false }
      k -= 1
    }
    return false
  }
}
