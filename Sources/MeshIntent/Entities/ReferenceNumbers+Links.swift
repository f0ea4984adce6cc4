/// An order's number in a link the customer pastes (issue 12, branch ord42, order-numbers-dev9's links): the path
/// segment after the shop's order segment, "…/account/orders/1043", "…/orders/view/3390812745",
/// "…/order-details/OD431207765512098834?utm_source=sms", "…/o/55213/status". A query's `order=`/`orderId=` value is
/// read by the cue rules already.
extension ReferenceNumbers {
  /// Path segments that hold a shop's orders ("o" is the short form some shops' links use).
  static let orderPathSegments: Set<String> = ["order", "orders", "order-details", "order-detail", "orderdetails",
                                               "order-status", "o", "purchase", "purchases"]
  /// A segment between the orders' segment and the number: "/orders/view/N".
  static let pathViewSegments: Set<String> = ["view", "details", "detail", "show", "status", "id", "track"]

  /// When `tokens[i]` is an order segment of a link's path (glued after a "/"), the index of the number segment after
  /// it: four digits or more, glued after a "/", maybe after one view segment.
  static func linkPathNumber(_ tokens: [Token], at i: Int) -> Int? {
    func glued(_ k: Int) -> Bool { k > 0 && k < tokens.count && tokens[k].start == tokens[k - 1].end }
    func slash(_ k: Int) -> Bool { glued(k) && tokens[k].text == "/" }
    guard tokens[i].isWord, orderPathSegments.contains(tokens[i].lower), i > 0, tokens[i - 1].text == "/", glued(i),
          slash(i + 1) else { return nil }
    var k = i + 2
    if glued(k), pathViewSegments.contains(tokens[k].lower), slash(k + 1) { k += 2 }
    guard glued(k), tokens[k].isWord, tokens[k].hasDigit, digitCount(tokens[k].text) >= 4,
          identifier(tokens[k], type: "order_number") else { return nil }
    return k
  }
}
