/// A weak cue after an order and the party it was placed with (issue 12, branch ord41b, commerce-chat-dev's
/// marketplace messages): "the subscription box order from the seller, ref 500213" gives the order's reference;
/// "seller" names another kind of number only when it owns the cue ("seller ref 500213", "seller id 4471").
extension ReferenceNumbers {
  /// Who an order is placed with.
  static let orderParties: Set<String> = ["seller", "vendor", "supplier", "merchant", "shop", "store"]

  /// Whether the words before the weak cue at `i` are an order word, "from"/"with"/"by"/"via" and a party
  /// ("order from the seller, ref …"), so that the party word before the cue does not make the number its own.
  static func orderWithPartyBefore(_ tokens: [Token], _ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, !tokens[k].isWord { k -= 1 }
    // The cue must stand apart from the party ("seller, ref"): "seller ref 500213" is the seller's reference.
    guard k >= 0, k < i - 1, orderParties.contains(tokens[k].lower) else { return false }
    k -= 1
    if k >= 0, determiners.contains(tokens[k].lower) { k -= 1 }
    guard k >= 1, ["from", "with", "by", "via", "through"].contains(tokens[k].lower) else { return false }
    return boughtWords.contains(tokens[k - 1].lower)
  }
}
