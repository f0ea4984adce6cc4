/// The order a request is about, chosen among the shopper's orders (looked up) by the item the message names or the day
/// it says the order was placed; asked for when the message names none.
extension DialoguePolicy {
  func chooseOrder(among orders: [OrderFact], intent forIntent: String, named: Set<String>, today: CalendarDay?, placed: CalendarDay?,
                   fallback: String?, state: DialogueState) -> DialogueStep {
    var state = state
    guard !orders.isEmpty else {
      state.activeIntent = nil
      state.missing = []
      return .reply(Reply(text: "I couldn't find any orders on your account.", outcome: .resolved, intent: forIntent), state)
    }
    // The orders of the day named ("the one I placed today"), when one was placed that day; of those, the ones with
    // the item named.
    let ofTheDay = placed.map { day in orders.filter { $0.placedOn.flatMap(CalendarDay.init(iso:)) == day } } ?? []
    let withItem = (ofTheDay.isEmpty ? orders : ofTheDay).filter { TurnReading.namesAnItem(of: $0, in: named) }
    let meant = withItem.isEmpty ? ofTheDay : withItem
    // One order has the item named (or was placed that day): it is the one meant. Several: only they are offered.
    if meant.count == 1 { return continueOn(meant[0].orderID, label: state.activeIntent ?? forIntent, today: today, state: state) }
    // None: the order a longer message's "it" was first taken for, when there was one.
    if meant.isEmpty, let fallback { return continueOn(fallback, label: state.activeIntent ?? forIntent, today: today, state: state) }
    // None, after a list was shown: the list's question, as before the orders were looked up.
    if meant.isEmpty, !state.recentOrderIDs.isEmpty {
      return .reply(Reply(text: ask(.orderNumber, intent: forIntent), quickReplies: state.recentOrderIDs, outcome: .needsInput,
                          intent: forIntent), state)
    }
    return askWhichOrder(among: Array((meant.isEmpty ? orders : meant).prefix(3)), intent: forIntent, state: state)
  }
}
