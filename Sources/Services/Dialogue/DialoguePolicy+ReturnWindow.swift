/// A question about how long one order can be returned ("how many days do I have to return order X?"), answered
/// from the order's facts (its delivery day and the marketplace's last day for a return), not the general policy.
extension DialoguePolicy {
  /// Looks the order up when the message names one (or refers to the one in focus); nil otherwise, and the
  /// general return-policy question is served.
  func returnWindowQuestion(_ input: TurnInput, intent: String, state: DialogueState) -> DialogueStep? {
    guard let orderID = orderReference(input, state: state) else { return nil }
    var state = state
    state.focusedOrderID = orderID
    state.activeIntent = nil
    state.missing = []
    return .act(.getOrder(orderID: orderID), DialogueContinuation(purpose: .returnWindow(today: input.today), intent: intent, state: state))
  }

  /// The order's return window: its last day and the days left, a closed window with a person offered, or why
  /// the order has none yet.
  func returnWindowReply(_ order: OrderFact, today: CalendarDay?, intent: String, state: DialogueState) -> DialogueStep {
    var state = state
    state.focusedOrderID = order.orderID
    let text: String
    var quickReplies: [String] = []
    switch order.state {
    case .delivered:
      if let closed = Self.returnWindowClosed(order, today: today) {
        return offerPerson(lateReturnHandOff(order, intent: intent), state: state, preface: closed)
      }
      let days = Self.returnDays(order, today: today)
      guard order.returnBy != nil else {
        return offerPerson(HandOff(reason: "order \(order.orderID): return window asked, none on record (asked in chat)",
                                   task: "tell you how long order \(order.orderID) can be returned",
                                   question: "The marketplace gave me no last day for returning it. Shall I ask a person?", intent: intent),
                           state: state, preface: days)
      }
      text = days
      quickReplies = ["Return it"]
    case .shipped:
      text = "Order \(order.orderID) is still on its way; the marketplace sets its last day for a return once it is delivered."
      quickReplies = ["Track it"]
    case .pendingPayment, .paid:
      text = "Order \(order.orderID) has not shipped yet (\(order.state.rawValue)), so its return window has not started; you can cancel it instead."
      quickReplies = ["Cancel it"]
    default:
      text = "Order \(order.orderID) is \(order.state.rawValue), so it can't be returned."
    }
    return .reply(Reply(text: text, quickReplies: quickReplies, orderID: order.orderID, outcome: .resolved, intent: intent), state)
  }
}
