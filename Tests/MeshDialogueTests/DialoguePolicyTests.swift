import MeshDialogue
import Testing

/// Drives the policy through one turn, answering each action from `facts`, and records the actions.
struct Driver {
  var policy = DialoguePolicy()
  var state = DialogueState()
  var actions: [DialogueAction] = []

  mutating func say(_ text: String, _ intent: String, confidence: Double = 0.9, entities: [(type: String, value: String)] = [],
                    fine: String? = nil, today: CalendarDay? = nil, facts: (DialogueAction) -> ActionResult = { _ in .unavailable }) -> Reply {
    var step = policy.decide(TurnInput(text: text, intent: intent, confidence: confidence, entities: entities, fineIntent: fine,
                                       today: today), state: state)
    var guardCount = 0
    while true {
      switch step {
      case .reply(let reply, let next):
        state = next
        return reply
      case .act(let action, let continuation):
        actions.append(action)
        guardCount += 1
        if guardCount > 5 { return Reply(text: "loop", outcome: .failed, intent: "") }
        step = policy.resume(continuation, with: facts(action))
      }
    }
  }
}

func usd(_ cents: Int64) -> MoneyFact { MoneyFact(currency: "USD", minorUnits: cents) }
let paidOrder = OrderFact(orderID: "10042", state: .paid, lines: [.init(title: "Trail Shoes", quantity: 1)], total: usd(8999),
                          placedOn: "2026-11-28", paymentID: "P-1")
let shippedOrder = OrderFact(orderID: "10043", state: .shipped, lines: [.init(title: "Rain Jacket", quantity: 2)], total: usd(12000),
                             placedOn: "2026-11-20", shipmentID: "S-9")
let deliveredOrder = OrderFact(orderID: "10044", state: .delivered, lines: [.init(title: "Socks", quantity: 3)], total: usd(1500),
                               placedOn: "2026-10-01")

func orders(_ action: DialogueAction) -> ActionResult {
  switch action {
  case .getOrder("10042"): return .order(paidOrder)
  case .getOrder("10043"): return .order(shippedOrder)
  case .getOrder("10044"): return .order(deliveredOrder)
  case .getOrder: return .notFound
  case .listOrders: return .orders([paidOrder, shippedOrder, deliveredOrder])
  case .getShipment("S-9"): return .shipment(ShipmentFact(carrier: "UPS", trackingNumber: "1Z999AA10123456784",
                                                          latestEvent: "in transit at Lyon on 2026-11-30", estimatedDelivery: "2026-12-03"))
  case .cancelOrder("10042"): var done = paidOrder; done.state = .cancelled; return .order(done)
  case .cancelOrder: return .refused(reason: "the order has already shipped")
  case .requestReturn("10044"): return .returnAccepted(returnID: "R-77", refund: usd(1500))
  case .getPayment("P-1"): return .payment(PaymentFact(status: "captured", amount: usd(8999), method: "Visa ending 4242"))
  default: return .unavailable
  }
}

@Suite struct DialoguePolicyTests {
  @Test func orderStatusWithANumberStatesOnlyTheFacts() {
    var driver = Driver()
    let reply = driver.say("where is order 10042", "order_status", entities: [("order_number", "10042")], facts: orders)
    #expect(driver.actions == [.getOrder(orderID: "10042")])
    #expect(reply.text == "Order 10042, placed on 2026-11-28 (1 × Trail Shoes), is paid, being prepared. Total: $89.99.")
    #expect(reply.outcome == .resolved && reply.orderID == "10042")
    #expect(driver.state.focusedOrderID == "10042")
  }

  @Test func orderStatusWithoutANumberListsOrdersThenResolvesTheSecondOne() {
    var driver = Driver()
    let ask = driver.say("where is my order?", "order_status", facts: orders)
    #expect(driver.actions == [.listOrders])
    #expect(ask.outcome == .needsInput && ask.quickReplies == ["10042", "10043", "10044"])
    #expect(ask.text.contains("2. 10043 (placed 2026-11-20): shipped"))
    let answer = driver.say("the second one", "out_of_scope", confidence: 0.3, facts: orders)
    #expect(driver.actions.last == .getOrder(orderID: "10043"))
    #expect(answer.text.hasPrefix("Order 10043") && answer.text.contains("is shipped"))
    // "that order" now means 10043.
    let track = driver.say("track that order", "shipping", facts: orders)
    #expect(driver.actions.suffix(2) == [.getOrder(orderID: "10043"), .getShipment(shipmentID: "S-9")])
    #expect(track.text == "Order 10043 is shipped with UPS, tracking number 1Z999AA10123456784. Latest update: in transit at Lyon on 2026-11-30. Estimated delivery: 2026-12-03.")
  }

  @Test func aBareNumberAnswersWhichOrder() {
    var driver = Driver()
    driver.state.recentOrderIDs = ["1"]  // something shown before: the policy asks instead of listing
    let ask = driver.say("cancel my order", "cancel_order", facts: orders)
    #expect(ask.text == "Which order is it about? Please give me the order number." && driver.actions.isEmpty)
    let confirm = driver.say("10042", "out_of_scope", confidence: 0.2, facts: orders)
    #expect(confirm.text == "Do you want me to cancel order 10042 (1 × Trail Shoes, $89.99)?")
    #expect(confirm.quickReplies == ["Yes", "No"] && confirm.outcome == .needsInput)
  }

  @Test func cancelNeedsAYesAndReportsTheOutcome() {
    var driver = Driver()
    _ = driver.say("cancel order 10042", "cancel_order", entities: [("order_number", "10042")], facts: orders)
    #expect(driver.state.pending == .cancel(orderID: "10042"))
    // Neither yes nor no: asked again, nothing done.
    let again = driver.say("hmm what", "out_of_scope", confidence: 0.2, facts: orders)
    #expect(again.text.hasPrefix("Please answer yes or no") && driver.actions == [.getOrder(orderID: "10042")])
    let done = driver.say("yes please", "greeting", confidence: 0.3, facts: orders)
    #expect(driver.actions.last == .cancelOrder(orderID: "10042"))
    #expect(done.text == "Order 10042 is cancelled. The total of $89.99 will be refunded to your payment method.")
    #expect(driver.state.pending == nil)
  }

  @Test func noMeansNothingChanges() {
    var driver = Driver()
    _ = driver.say("cancel order 10042", "cancel_order", entities: [("order_number", "10042")], facts: orders)
    let kept = driver.say("no, keep it", "cancel_order", confidence: 0.6, facts: orders)
    #expect(kept.text == "OK, I won't change anything on order 10042.")
    #expect(!driver.actions.contains(.cancelOrder(orderID: "10042")))
  }

  @Test func shippedOrdersAreNotCancelledAndRefusalsAreReported() {
    var driver = Driver()
    let reply = driver.say("cancel order 10043", "cancel_order", entities: [("order_number", "10043")], facts: orders)
    #expect(reply.text == "Order 10043 can't be cancelled: it has already shipped. Once it is delivered you can return it.")
    #expect(driver.state.pending == nil)
    // When the facts said cancellable but the marketplace refuses at the moment of cancelling:
    var racing = Driver()
    _ = racing.say("cancel order 10042", "cancel_order", entities: [("order_number", "10042")], facts: orders)
    let refused = racing.say("yes", "greeting", confidence: 0.3) { action in
      action == .cancelOrder(orderID: "10042") ? .refused(reason: "the order has already shipped") : orders(action)
    }
    #expect(refused.text == "The marketplace refused for order 10042: the order has already shipped.")
  }

  @Test func addressChangeAsksForTheAddressAndConfirms() {
    var driver = Driver()
    let ask = driver.say("change the delivery address of order 10042", "change_order", entities: [("order_number", "10042")],
                         facts: orders)
    // The order is looked at first (its address can still change), then the address is asked for.
    #expect(ask.text == "What is the new delivery address?" && driver.actions == [.getOrder(orderID: "10042")])
    let confirm = driver.say("12 Rue de la Paix, 75002 Paris", "out_of_scope", confidence: 0.3, facts: orders)
    #expect(confirm.text == "Do you want order 10042 (1 × Trail Shoes, $89.99) delivered to 12 Rue de la Paix, 75002 Paris?")
    let done = driver.say("yes", "greeting", confidence: 0.3) { action in
      if case .changeAddress("10042", "12 Rue de la Paix, 75002 Paris") = action {
        var moved = paidOrder
        moved.address = "12 Rue de la Paix, 75002 Paris"
        return .order(moved)
      }
      return orders(action)
    }
    #expect(done.text == "Done: order 10042 will now be delivered to 12 Rue de la Paix, 75002 Paris.")
  }

  @Test func addressOfAShippedOrderIsRefusedBeforeAskingForOne() {
    var driver = Driver()
    let reply = driver.say("change the delivery address of order 10043", "change_order", entities: [("order_number", "10043")],
                           facts: orders)
    #expect(reply.text == "The address of order 10043 can't be changed: it is shipped.")
    #expect(driver.state.pending == nil && driver.state.missing.isEmpty)
  }

  @Test func returnsOnlyForDeliveredOrders() {
    var driver = Driver()
    let early = driver.say("return order 10042", "return_refund", entities: [("order_number", "10042")], facts: orders)
    #expect(early.text.contains("has not shipped yet") && early.quickReplies == ["Cancel it"])
    let confirm = driver.say("I want to return order 10044", "return_refund", entities: [("order_number", "10044")], facts: orders)
    #expect(confirm.text == "Do you want to return order 10044 (3 × Socks, $15.00) for a refund?")
    let done = driver.say("yes", "greeting", confidence: 0.3, facts: orders)
    #expect(done.text == "Return R-77 is open for order 10044. Refund: $15.00 to your original payment method.")
  }

  @Test func topicSwitchMidSlotDropsTheOldRequest() {
    var driver = Driver()
    driver.state.recentOrderIDs = ["x"]
    _ = driver.say("cancel my order", "cancel_order", facts: orders)
    #expect(driver.state.missing == [.orderNumber])
    let search = driver.say("show me red shoes", "search_items", entities: [("query", "shoes"), ("colour", "red")]) { action in
      action == .search(SearchQuery(text: "shoes", colour: "red"))
        ? .listings([ListingFact(listingID: "L1", title: "Red Runner Shoes", price: usd(5999))]) : .unavailable
    }
    #expect(search.text == "Here is what I found for \"shoes\" in red:\n1. Red Runner Shoes: $59.99")
    #expect(search.cards.map(\.listingID) == ["L1"])
    #expect(driver.state.missing.isEmpty && driver.state.activeIntent == nil)
  }

  @Test func outOfScopeMidSlotSaysSoAndKeepsTheQuestion() {
    var driver = Driver()
    driver.state.recentOrderIDs = ["10042"]
    let asked = driver.say("I want to change my delivery address", "change_order", facts: orders)
    #expect(driver.state.missing.first == .orderNumber)
    let offTopic = driver.say("who won the world cup", "out_of_scope", confidence: 0.5, facts: orders)
    #expect(offTopic.text == "Sorry, I can only help with shopping here. " + asked.text)
    #expect(offTopic.quickReplies == ["10042"] && driver.state.activeIntent == "change_order")
    #expect(driver.state.missing.first == .orderNumber)
  }

  @Test func searchFollowUpsRefineTheLastSearch() {
    var driver = Driver()
    let catalogue = { (action: DialogueAction) -> ActionResult in
      guard case .search(let query) = action else { return .unavailable }
      let all = [ListingFact(listingID: "A", title: "Jeans", price: usd(8000), colour: "black"),
                 ListingFact(listingID: "B", title: "Jeans", price: usd(4000), colour: "blue"),
                 ListingFact(listingID: "C", title: "Jeans", price: usd(2000), colour: "blue")]
      return .listings(all.filter { ($0.price.decimal <= (query.maxPrice ?? .infinity)) && (query.colour == nil || $0.colour == query.colour) })
    }
    _ = driver.say("jeans under 100", "search_items", entities: [("query", "jeans"), ("price_max", "100")], facts: catalogue)
    #expect(driver.state.lastPrices == [80, 40, 20])
    let cheaper = driver.say("cheaper ones", "out_of_scope", confidence: 0.3, facts: catalogue)
    #expect(driver.actions.last == .search(SearchQuery(text: "jeans", maxPrice: 19.99, cheapestFirst: true)))
    #expect(cheaper.text.hasPrefix("I found no \"jeans\" under 19.99"))
    let blue = driver.say("in blue", "search_items", confidence: 0.5, entities: [("colour", "blue")], facts: catalogue)
    #expect(driver.actions.last == .search(SearchQuery(text: "jeans", colour: "blue", maxPrice: 19.99, cheapestFirst: true)))
    #expect(blue.cards.isEmpty)
  }

  @Test func handoffOutOfScopeSmallTalkAndFailures() {
    var driver = Driver()
    let human = driver.say("I want a human", "human_agent") { action in
      action == .createTicket(reason: "the user asked for a person") ? .ticket(ticketID: "T-5") : .unavailable
    }
    #expect(human.outcome == .handedOff && human.text.contains("ticket T-5"))
    let weather = driver.say("what's the weather in Paris", "out_of_scope", confidence: 0.8)
    #expect(weather.outcome == .notUnderstood && weather.quickReplies.contains("Find a product"))
    let again = driver.say("tell me a joke", "out_of_scope", confidence: 0.8)
    #expect(again.text.contains("talk to a person") && again.quickReplies.first == "Talk to a person")
    #expect(driver.say("thanks!", "feedback").text == "You're welcome! Anything else I can help with?")
    let down = driver.say("where is order 10042", "order_status", entities: [("order_number", "10042")]) { _ in .unavailable }
    #expect(down.outcome == .failed && !down.text.contains("10042 is"))
    let missing = driver.say("where is order 99999", "order_status", entities: [("order_number", "99999")], facts: orders)
    #expect(missing.text.hasPrefix("I couldn't find that order on your account"))
  }

  @Test func paymentAndAccountAnswersComeFromFacts() {
    var driver = Driver()
    let payment = driver.say("was I charged for order 10042", "payment", entities: [("order_number", "10042")], facts: orders)
    #expect(payment.text == "The payment for order 10042 is captured: $89.99 by Visa ending 4242.")
    let account = driver.say("my account details", "account") { _ in
      .account(AccountFact(displayName: "Ann Lee", email: "ann@example.com", addressCount: 2, lifetimeOrders: 7))
    }
    // Only what the marketplace backs: it has no password or security settings to point to.
    #expect(account.text == "You're signed in as Ann Lee (ann@example.com), with 2 saved addresses and 7 orders."
      + " I can't change account details from the chat, but I can connect you with a person.")
  }

  @Test func theSameTurnAlwaysGivesTheSameSteps() {
    let policy = DialoguePolicy()
    let input = TurnInput(text: "cancel order 10042", intent: "cancel_order", confidence: 0.9, entities: [("order_number", "10042")])
    #expect(policy.decide(input, state: DialogueState()) == policy.decide(input, state: DialogueState()))
  }
}
