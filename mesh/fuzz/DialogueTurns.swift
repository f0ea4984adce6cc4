// The dialogue policy under fuzzing: the assistant reads every chat message with it (TurnReading's word
// rules, dates, prices, references to earlier results), so a crash there takes the processor down. An input
// is a conversation: its lines are the turns (at most four), each classified as the first byte of the input
// and the turn's length pick (every coarse intent and every fine one is reached), with the extractor's
// entities, against a responder that has orders in every state, listings, an account and delivery options.
import MeshDialogue
import MeshIntent

/// Every fine intent of the taxonomy with its coarse group, and the coarse groups besides.
let fineIntents = CommerceTaxonomy.intents.map { (name: $0.name, group: $0.group) }
let coarseIntents = CommerceModel.shared.labels

/// Runs the turns of `text` through the policy, carrying the state from one turn to the next.
func fuzzDialogue(_ text: String, selector: UInt8) {
  let policy = DialoguePolicy()
  var state = DialogueState()
  let today = CalendarDay(year: 2026, month: 12, day: 7)
  for (index, turn) in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(4).enumerated() {
    let message = String(turn)
    let pick = Int(selector) &+ index &* 7 &+ message.unicodeScalars.count
    let entities = extractor.extract(from: message).map { (type: $0.type, value: $0.value) }
    let input: TurnInput
    if pick % 3 == 0, !coarseIntents.isEmpty {
      input = TurnInput(text: message, intent: coarseIntents[pick % coarseIntents.count], confidence: Double(pick % 10) / 10,
                        entities: entities, today: today)
    } else {
      let fine = fineIntents[pick % fineIntents.count]
      input = TurnInput(text: message, intent: fine.group, confidence: 0.9, entities: entities, fineIntent: fine.name,
                        today: pick % 5 == 0 ? nil : today)
    }
    var step = policy.decide(input, state: state)
    var actions = 0
    while case .act(let action, let continuation) = step {
      actions += 1
      precondition(actions <= 16, "the policy asked for more than 16 actions in one turn")
      step = policy.resume(continuation, with: facts(for: action, variant: pick))
    }
    if case .reply(_, let next) = step { state = next }
  }
}

/// A marketplace's answers: orders in each state, one listing page, an account, delivery options; `variant`
/// turns some answers into "not found", "refused" or "unavailable", as a real marketplace may.
func facts(for action: DialogueAction, variant: Int) -> ActionResult {
  if variant % 11 == 0 { return .unavailable }
  let money = MoneyFact(currency: "EUR", minorUnits: 4_999)
  let states: [OrderState] = [.pendingPayment, .paid, .shipped, .delivered, .cancelled, .returned, .unknown]
  func order(_ id: String) -> OrderFact {
    // A deterministic pick (String's hashValue is seeded per process): libFuzzer replays inputs.
    let state = states[id.utf8.reduce(0) { $0 &+ Int($1) } % states.count]
    return OrderFact(orderID: id, state: state, lines: [.init(title: "Trail Shoes", quantity: 2), .init(title: "Socks", quantity: 1)],
                     total: money, placedOn: "2026-11-20", shipmentID: "S-1", paymentID: "P-1", address: "1 Main St, Leeds",
                     deliveredOn: state == .delivered ? "2026-11-25" : nil, returnBy: state == .delivered ? "2026-12-25" : nil)
  }
  switch action {
  case .getOrder(let id): return variant % 7 == 0 ? .notFound : .order(order(id))
  case .listOrders: return .orders(variant % 13 == 0 ? [] : ["10042", "10043", "10044", "10045"].map(order))
  case .getShipment: return .shipment(ShipmentFact(carrier: "UPS", trackingNumber: "1Z999AA10123456784",
                                                   latestEvent: "in transit at Lyon", estimatedDelivery: "2026-12-09"))
  case .getPayment: return .payment(PaymentFact(status: "captured", amount: money, method: "Visa ending 4242"))
  case .cancelOrder(let id): return variant % 2 == 0 ? .order(order(id)) : .refused(reason: "the order has already shipped")
  case .changeAddress(let id, _): return variant % 2 == 0 ? .order(order(id)) : .refused(reason: "the order has shipped")
  case .requestReturn: return .returnAccepted(returnID: "R-1", refund: money)
  case .getAccount: return .account(AccountFact(displayName: "Ann Lee", email: "ann@example.com", addressCount: 1, lifetimeOrders: 3))
  case .search:
    if variant % 4 == 0 { return .listings([]) }
    return .listings((1...6).map {
      ListingFact(listingID: "L\($0)", title: "Rain Jacket \($0)", price: MoneyFact(currency: "EUR", minorUnits: Int64($0) * 1_250),
                  colour: "blue", rating: Double($0 % 6), stock: $0 - 2, sellerID: "S\($0)")
    }, correctedQuery: variant % 3 == 0 ? "rain jacket" : nil)
  case .getListing(let id): return .listing(ListingFact(listingID: id, title: "Rain Jacket", price: money, stock: 0))
  case .createTicket: return .ticket(ticketID: "T-1")
  case .estimateDelivery: return .deliveryOptions([DeliveryOptionFact(carrier: "DHL", serviceLevel: "standard", cost: money, transitDays: 3)])
  }
}
