/// References near an order number that are someone else's (issue 12, branch ord44, order-numbers-dev11): a business
/// buyer's own purchase order named after the shop's order ("order B2B-2025-0091, PO number PO-44710 on our side"), and
/// a carrier's tracking code typed short ("says invalid number 1Z9X2V40362018"). The assistant must not look either up
/// as an order.
extension ReferenceNumbers {
  /// Whether `found` is a purchase order ("PO-44710", or after "PO", "PO number", "PO#") in a message that named an
  /// order number before it: a company's own record for the order it already gave. A PO alone ("PO 4500123456
  /// delivery date?") is the order's reference, as the shop's pre-orders are ("pre-order PO-44120").
  static func buyersPurchaseOrder(_ tokens: [Token], _ found: Found) -> Bool {
    guard let i = tokens.firstIndex(where: { $0.start <= found.start && found.start < $0.end }) else { return false }
    let w = tokens[i].lower
    let named = w.hasPrefix("po-") || tokens[max(0, i - 3)..<i].contains { $0.lower == "po" }
    guard named else { return false }
    for k in 0..<i where tokens[k].isWord && !tokens[k].hasDigit && cues[tokens[k].lower] == "order_number"
      && !["po", "purchase", "purchases"].contains(tokens[k].lower) {
      if ((k + 1)..<min(k + 4, i)).contains(where: { tokens[$0].hasDigit }) { return true }
    }
    return false
  }

  /// UPS's "1Z" and letters and digits, ten or more (the full code is eighteen; a customer copies it short): a
  /// carrier's tracking code, never an order's.
  static func upsLike(_ text: String) -> Bool {
    let s = Array(text.uppercased().unicodeScalars)
    return s.count >= 10 && s.count < 18 && s[0] == "1" && s[1] == "Z"
      && s.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
  }
}
