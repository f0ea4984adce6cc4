import MeshDialogue
import Testing

@Suite struct SupportPolicyTests {
  static let awaitingOrder = OrderFact(orderID: "10050", state: .pendingPayment, lines: [.init(title: "Kettle", quantity: 1)],
                                       total: usd(3500), placedOn: "2026-12-05")

  @Test func aPaymentDeclinedAtCheckoutIsAnsweredWithoutAskingForAnOrder() {
    var driver = Driver()
    let reply = driver.say("my card keeps getting declined at checkout", "payment", fine: "payment.failed", facts: fineFacts)
    #expect(driver.actions == [.listOrders])
    #expect(reply.text.hasPrefix("I'm sorry your payment didn't go through. I can't see payments tried at checkout: the marketplace records a payment only once an order exists. None of your recent orders is awaiting payment, so no order was placed. What often helps:"))
    #expect(reply.text.hasSuffix("Shall I pass this to a person?") && reply.outcome == .needsInput)
    let done = driver.say("yes please", "out_of_scope", confidence: 0.2, facts: fineFacts)
    #expect(driver.actions.last == .createTicket(reason: "payment declined at checkout (asked in chat)"))
    #expect(done.text.hasPrefix("I've asked a person to look into the declined payment (ticket T-") && done.outcome == .handedOff)

    // An order left awaiting payment is the marketplace's one record of a checkout: it is named.
    var unpaid = Driver()
    let named = unpaid.say("payment keeps failing when i try to pay", "payment", fine: "payment.failed") { action in
      action == .listOrders ? .orders([Self.awaitingOrder, paidOrder]) : .unavailable
    }
    #expect(named.text.contains(" Order 10050 (placed 2026-12-05) is awaiting payment. What often helps:"))
    var none = Driver()
    let empty = none.say("card declined", "payment", fine: "payment.failed") { _ in .orders([]) }
    #expect(empty.text.contains(" You have no orders yet. What often helps:"))
  }

  @Test func aFailedPaymentOfAnOrderStillReadsThatOrdersPayment() {
    var driver = Driver()
    _ = driver.say("the payment for order 10045 failed", "payment", entities: [("order_number", "10045")], fine: "payment.failed",
                   facts: fineFacts)
    #expect(driver.actions == [.getOrder(orderID: "10045"), .getPayment(paymentID: "P-5")])
    var which = Driver()
    let asked = which.say("the payment for my order didn't go through", "payment", fine: "payment.failed", facts: fineFacts)
    #expect(which.actions == [.listOrders] && asked.text.hasPrefix("Which order do you mean?"))
    // "No order" and "place an order" are about checkout, not an order placed.
    var checkout = Driver()
    _ = checkout.say("i was charged but there's no order", "payment", fine: "payment.failed", facts: fineFacts)
    #expect(checkout.state.pending == .handOff(HandOff(reason: "payment declined at checkout (asked in chat)", task: "look into the declined payment",
                                                       question: "Shall I pass this to a person?", intent: "payment")))
  }

  @Test func aPriceInAMessageIsNotTakenForTheOrderNumberAskedFor() {
    var driver = Driver()
    driver.state.recentOrderIDs = ["10042"]
    _ = driver.say("cancle my order pls", "cancel_order", facts: orders)
    #expect(driver.state.missing == [.orderNumber])
    _ = driver.say("can u find me a chepa laptop under 300", "search_items", confidence: 0.99,
                   entities: [("query", "chepa laptop"), ("price_max", "300")], facts: orders)
    #expect(driver.actions.last == .search(SearchQuery(text: "chepa laptop", maxPrice: 300)) && driver.state.missing.isEmpty)
    // A bare number is still the order asked for.
    _ = driver.say("cancel my order", "cancel_order", facts: orders)
    _ = driver.say("it's 10042", "order_status", confidence: 0.3, facts: orders)
    #expect(driver.actions.last == .getOrder(orderID: "10042") && driver.state.pending == .cancel(orderID: "10042"))
  }

  @Test func aReturnOfADeliveredOrderSaysUntilWhenFirst() {
    var driver = Driver()
    let delivered = OrderFact(orderID: "10060", state: .delivered, lines: [.init(title: "Kettle", quantity: 2)], total: usd(5000),
                              deliveredOn: "2026-11-28", returnBy: "2026-12-28")
    let reply = driver.say("is 10060 delivered and when can i return it", "return_refund", entities: [("order_number", "10060")]) { _ in
      .order(delivered)
    }
    #expect(reply.text == "Order 10060 was delivered on 2026-11-28, and its items can be returned until 2026-12-28."
      + " Do you want to return order 10060 (2 × Kettle, $50.00) for a refund?")
    #expect(driver.state.pending == .returnOrder(orderID: "10060"))
  }

  @Test func aComplaintOffersAPersonAndAYesOpensATicketNamingIt() {
    var driver = Driver()
    let seller = driver.say("I want to complain about the seller", "feedback", fine: "complaint", facts: fineFacts)
    #expect(seller.text == "I'm sorry to hear that. I can't settle complaints myself, but I can open a ticket so a person looks into your complaint about the seller. Shall I?")
    let opened = driver.say("yes", "greeting", confidence: 0.3, facts: fineFacts)
    #expect(driver.actions == [.createTicket(reason: "complaint about the seller (said in chat)")])
    #expect(opened.text.hasPrefix("I've asked a person to look into your complaint about the seller (ticket T-") && opened.outcome == .handedOff)

    var service = Driver()
    _ = service.say("your service is terrible", "feedback", fine: "complaint", facts: fineFacts)
    let declined = service.say("no", "out_of_scope", confidence: 0.2, facts: fineFacts)
    #expect(service.actions.isEmpty && declined.text == "OK, I won't pass it on. Anything else I can help with?")
    var order = Driver()
    _ = order.say("order 10042 was a disaster", "feedback", entities: [("order_number", "10042")], fine: "complaint", facts: fineFacts)
    #expect(order.state.pending == .handOff(HandOff(reason: "complaint about order 10042 (said in chat)", task: "look into your complaint about order 10042",
                                                    question: "I'm sorry to hear that. I can't settle complaints myself, but I can open a ticket so a person looks into your complaint about order 10042. Shall I?",
                                                    intent: "feedback")))
    // Praise is still thanked for.
    var praise = Driver()
    #expect(praise.say("great service, keep up the good work", "feedback", fine: "feedback").text.hasPrefix("Thank you for telling us"))
  }
}
