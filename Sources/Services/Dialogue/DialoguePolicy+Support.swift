/// Requests no adapter call settles, answered with what the marketplace can tell and a person offered: a payment
/// declined at checkout (no order exists for it yet) and a complaint (a ticket naming what it is about).
extension DialoguePolicy {
  /// `payment.failed` about no existing order ("my card keeps getting declined at checkout"): the orders are
  /// looked up for one awaiting payment; nil when the message is about an order's payment (the group's order path
  /// reads that payment, its failure reason included).
  func servePaymentFailed(_ input: TurnInput, intent: String, state: DialogueState, continuing: Bool) -> DialogueStep? {
    if continuing || orderReference(input, state: state) != nil || Self.mentionsAnExistingOrder(input.text) { return nil }
    var state = state
    state.activeIntent = nil
    state.missing = []
    return .act(.listOrders, DialogueContinuation(purpose: .checkoutPayment, intent: intent, state: state))
  }

  /// Whether a message about a payment is about an order already placed ("the payment for my order failed"),
  /// not about placing one ("I can't place an order, my card is declined", "i was charged but there's no order").
  static func mentionsAnExistingOrder(_ text: String) -> Bool {
    let words = TurnReading.words(text)
    guard let at = words.firstIndex(where: { $0 == "order" || $0 == "orders" }) else { return false }
    let before = words[..<at].suffix(2)
    return !before.contains { ["no", "an", "place", "placing", "to", "new", "any", "without"].contains($0) }
  }

  /// The checkout answer: the orders awaiting payment (the marketplace's only record of an unpaid checkout), what
  /// the shopper can try, and a person offered. No reason for the decline is given: the marketplace has none.
  func checkoutPaymentReply(_ orders: [OrderFact], intent: String, state: DialogueState) -> DialogueStep {
    var text = "I'm sorry your payment didn't go through. I can't see payments tried at checkout: the marketplace records a payment only once an order exists."
    let awaiting = orders.filter { $0.state == .pendingPayment }
    if awaiting.isEmpty {
      text += orders.isEmpty ? " You have no orders yet." : " None of your recent orders is awaiting payment, so no order was placed."
    } else {
      text += " " + awaiting.map { "Order \($0.orderID)" + ($0.placedOn.map { " (placed \($0))" } ?? "") }.joined(separator: " and ")
        + (awaiting.count == 1 ? " is" : " are") + " awaiting payment."
    }
    text += " What often helps: check the card number, expiry date and billing address; approve the payment in your bank's app if it asks;"
      + " try another card; or ask your bank whether it blocked the payment."
    let handOff = HandOff(reason: "payment declined at checkout (asked in chat)", task: "look into the declined payment",
                          question: "Shall I pass this to a person?", intent: intent)
    return offerPerson(handOff, state: state, preface: text)
  }

  /// A complaint: an apology, and a person offered with a ticket naming what it is about (a yes opens it).
  func serveComplaint(_ input: TurnInput, intent: String, state: DialogueState) -> DialogueStep {
    let subject = Self.complaintSubject(input.text, orderID: orderReference(input, state: state))
    return offerPerson(HandOff(reason: "complaint about \(subject) (said in chat)", task: "look into your complaint about \(subject)",
                               question: "I'm sorry to hear that. I can't settle complaints myself, but I can open a ticket so a person looks into your complaint about \(subject). Shall I?",
                               intent: intent), state: state)
  }

  /// What a complaint is about, for the ticket and the reply: an order named, else the first kind of thing the
  /// message names (a seller, a delivery, an item, the service), else "your experience".
  static func complaintSubject(_ text: String, orderID: String?) -> String {
    if let orderID { return "order \(orderID)" }
    let words = Set(TurnReading.words(text))
    let kinds: [(String, Set<String>)] = [
      ("the seller", ["seller", "sellers", "vendor", "merchant"]),
      ("the delivery", ["delivery", "deliveries", "courier", "driver", "parcel", "package", "shipping", "carrier", "late"]),
      ("an item", ["item", "items", "product", "products", "quality", "broken", "fake"]),
      ("the service", ["service", "support", "staff", "agent", "assistant", "bot", "chat", "app", "website", "site", "shop", "store",
                         "you", "your"]),
    ]
    return kinds.first { !$0.1.isDisjoint(with: words) }?.0 ?? "your experience"
  }
}
