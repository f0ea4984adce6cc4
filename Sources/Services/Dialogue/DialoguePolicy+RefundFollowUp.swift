/// "When will I get my money back?" right after the assistant opened a return or cancelled a paid order: the refund
/// asked about is that order's, so its number is not asked for again.
extension DialoguePolicy {
  /// The refund answer of the order a refund was started for, when the message asks about a refund, names no order, and
  /// that order is still the one the conversation is about; nil otherwise.
  /// "Where is it now?" right after a refund's answer is that refund's again (not its order's state).
  func refundFollowUp(_ input: TurnInput, state: DialogueState) -> DialogueStep? {
    if let last = state.lastOrderRequest, last.label == "refund.status", last.orderID == state.focusedOrderID,
       TurnReading.namesTheFocusOnlyByIt(input.text), TurnReading.asksForState(input.text), TurnReading.words(input.text).count <= 6 {
      return refund(of: last.orderID, input: input, state: state)
    }
    guard let started = state.refundStartedOrderID, state.focusedOrderID == started, TurnReading.asksAboutRefund(input.text),
          orderReference(input, state: state) == nil,
          ["return_refund", "payment", "order_status", "cancel_order", "out_of_scope", "feedback"].contains(input.intent) else { return nil }
    return refund(of: started, input: input, state: state)
  }

  /// The refund answer of `orderID`.
  func refund(of orderID: String, input: TurnInput, state: DialogueState) -> DialogueStep {
    var state = state
    state.misunderstandings = 0
    state.activeIntent = nil
    state.missing = []
    var named = input
    named.entities = [("order_number", orderID)] + input.entities.filter { $0.type != "order_number" }
    return run("return_refund", fine: "refund.status", input: named, state: state)
  }
}
