/// Requests an answer offers, made after a bare yes: a return when a delivered order can't be cancelled ("You can return
/// it instead."), a cancellation when an order not shipped yet can't be returned, and the second request of a message
/// that made two ("where is order 1042 and can I change the address?": the classifier reads one label per message, so
/// the first is answered and the second offered after it).
extension DialoguePolicy {
  /// What each order request left over is, as the reply says it ("You also asked to change the delivery address").
  static let secondAskWords: [String: (asked: String, offer: String)] = [
    "change_order": ("to change the delivery address", "Shall I change the delivery address of order"),
    "cancel_order": ("to cancel it", "Shall I cancel order"),
    "return_refund": ("to return it", "Shall I start a return of order"),
    "shipping": ("to track it", "Shall I track order"),
    "order_status": ("where it is", "Shall I check the status of order"),
  ]

  /// The second ask of a delivery quote beside a product asked for (`TurnReading.productAskBesideDelivery`): a quote is on
  /// no order, so it is asked for next, to the country named (kept as `quotedCountry` for that question).
  static let deliveryAsk = "delivery.options"

  /// The step for a bare yes to `offer`: its request, on its order, as if asked now.
  func acceptOffer(_ offer: OrderRequest, input: TurnInput, state: DialogueState) -> DialogueStep {
    var state = state
    state.misunderstandings = 0
    state.activeIntent = nil
    state.missing = []
    return continueOn(offer.orderID, label: offer.label, today: input.today, state: state)
  }

  /// The second request noted for the message about to be served, when it is a request on an order that made another
  /// (`TurnReading.secondOrderAsk`); nil otherwise.
  static func secondAsk(of input: TurnInput, serving intent: String) -> String? {
    guard orderIntents.contains(intent) else { return nil }
    return TurnReading.secondOrderAsk(input.text, served: intent)
  }

  /// `step` with the second request of its message said after the answer: offered on the order the answer was about (a
  /// yes makes it: `offer`); an answer about no one order asks the shopper to come back to it. A question (which order,
  /// yes or no) keeps it for the answer that follows the shopper's.
  static func withSecondAsk(_ step: DialogueStep) -> DialogueStep {
    guard case .reply(var reply, var state) = step, reply.outcome != .needsInput, let group = state.secondAsk else { return step }
    state.secondAsk = nil
    // After a search's numbered results, a line of its own: on the last result's line, clients that show the results as
    // cards drop it with that line.
    let separator = reply.cards.isEmpty ? " " : "\n"
    if group == deliveryAsk {
      let place = state.quotedCountry.map { " to \(Countries.name(of: $0))" } ?? ""
      reply.text += separator + "You also asked what delivery\(place) costs: ask me about it next."
      reply.quickReplies = ["What does delivery cost?"] + reply.quickReplies
      return .reply(reply, state)
    }
    guard let words = secondAskWords[group] else { return step }
    if reply.outcome == .resolved, let orderID = reply.orderID {
      reply.text += separator + "You also asked \(words.asked): \(words.offer) \(orderID)?"
      reply.quickReplies = ["Yes", "No"] + reply.quickReplies.filter { $0 != "Yes" && $0 != "No" }
      state.offer = OrderRequest(label: group, orderID: orderID)
    } else {
      reply.text += separator + "You also asked \(words.asked): ask me about it next."
    }
    return .reply(reply, state)
  }
}
