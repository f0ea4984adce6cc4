/// Answers about what the bundled marketplace does not offer, from what it does: it has listings, a signed-in shopper's
/// own orders (looked up, cancelled, re-addressed, returned), shipping quotes and payments, and no cart, no ordering from
/// the chat and no seller tools (no call lists a seller's orders, listings, fees or payouts).
extension DialoguePolicy {
  /// "Delete from my cart the red shoes": no cart to change, and what can be done instead (never a refinement of the
  /// last search by the colour named).
  func cartAnswer(state: DialogueState) -> DialogueStep {
    var state = state
    state.misunderstandings = 0
    state.activeIntent = nil
    state.missing = []
    return .reply(Reply(text: "I can't see or change a shopping cart: the marketplace gives me its listings and your orders, but no cart, "
                          + "and I can't place orders from the chat. If you've already ordered it, I can cancel the order before it ships, "
                          + "or return it once it's delivered. Or tell me what you're looking for and I'll search.",
                        quickReplies: ["Cancel an order", "Return an item", "Find a product"], outcome: .resolved, intent: "place_order"), state)
  }

  /// A seller's question: the marketplace gives the assistant no seller tools, so it says what it can't do and, for a
  /// buyer's order, what the buyer can do here (their own order's status, tracking, and a person for a parcel gone
  /// missing), and offers a person.
  func sellerAnswer(_ input: TurnInput, state: DialogueState) -> DialogueStep {
    var state = state
    state.misunderstandings = 0
    guard TurnReading.asksAboutAnOrderOfTheirs(input.text) || input.entity("order_number") != nil else {
      return offerPerson(HandOff(reason: "a seller's question about selling (asked in chat)", task: "answer your question about selling",
                                 question: "Shall I pass your question to a person?", intent: "sell_item"),
                         state: state, preface: "I help shoppers buy: the marketplace gives me no seller tools, so I can't answer for "
                           + "listings, fees or payouts.")
    }
    let order = input.entity("order_number").map { " \($0)" } ?? ""
    return offerPerson(HandOff(reason: "a seller asks about a buyer's order\(order) (asked in chat)", task: "help with your buyer's order\(order)",
                               question: "Shall I pass your question to a person?", intent: "sell_item"),
                       state: state,
                       preface: "I can only see the orders of the account you're signed in with, not orders your buyers placed, so I can't "
                         + "look up order\(order.isEmpty ? "s" : order) for you. Your buyer can ask me here from their own account: I tell them "
                         + "the order's status and tracking, and pass a parcel that never arrived to a person who can look into it with the carrier.")
  }
}
