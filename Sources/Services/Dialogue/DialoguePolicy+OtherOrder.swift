/// "And the other one?" after an answer about one order that no list showed ("where is my latest order?" answered
/// with its status): the shopper's orders are looked up (newest first) and the other one meant is the order placed
/// before it, or after it when it is the oldest listed; with no other order that is said, and when the order talked
/// about is not among those listed, which one is asked.
extension DialoguePolicy {
  func otherOrderStep(_ orders: [OrderFact], besides focused: String, intent: String, state: DialogueState) -> DialogueStep {
    var state = state
    let others = orders.filter { $0.orderID != focused }
    guard !others.isEmpty else {
      return .reply(Reply(text: "Order \(focused) is the only order I can see on your account.", orderID: focused, outcome: .resolved,
                          intent: intent), state)
    }
    guard let at = orders.firstIndex(where: { $0.orderID == focused }) else {
      return askWhichOrder(among: Array(others.prefix(3)), intent: intent, state: state)
    }
    let before = at + 1 < orders.count
    let other = orders[before ? at + 1 : at - 1]
    // The two talked about are the list a next "the other one" turns between.
    state.recentOrderIDs = before ? [focused, other.orderID] : [other.orderID, focused]
    state.shownLast = .orders
    state.focusedOrderID = other.orderID
    state.lastOrderRequest = OrderRequest(label: "order_status", orderID: other.orderID)
    var reply = orderStatusReply(other, intent: intent)
    reply.text = "The order you placed \(before ? "before" : "after") \(focused): " + reply.text
    return .reply(reply, state)
  }

  /// Lists the orders (numbered, with when each was placed and its state) and asks which one is meant; the list
  /// becomes what a next "the second one" or an order number answer refers to.
  func askWhichOrder(among shown: [OrderFact], intent: String, state: DialogueState) -> DialogueStep {
    var state = state
    state.recentOrderIDs = shown.map(\.orderID)
    state.shownLast = .orders
    let list = shown.enumerated().map { i, order in
      "\(i + 1). \(order.orderID)" + (order.placedOn.map { " (placed \($0))" } ?? "") + ": \(order.state.rawValue)"
    }.joined(separator: "\n")
    return .reply(Reply(text: "Which order do you mean?\n" + list, quickReplies: state.recentOrderIDs, outcome: .needsInput,
                        intent: intent), state)
  }
}
