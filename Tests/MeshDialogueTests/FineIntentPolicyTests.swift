import MeshDialogue
import Testing

/// Facts of the fine-intent tests: `orders`, plus a refunded order, an account in Germany and quotes.
func fineFacts(_ action: DialogueAction) -> ActionResult {
  switch action {
  case .getOrder("10045"): return .order(refundedOrder)
  case .getPayment("P-5"):
    return .payment(PaymentFact(status: "partially refunded", amount: usd(4000), method: "Visa ending 4242", refunded: usd(1500)))
  case .getAccount:
    return .account(AccountFact(displayName: "Ann Lee", email: "ann@example.com", addressCount: 1, lifetimeOrders: 4, countryCodes: ["DE"]))
  case .estimateDelivery("DE", 1000):
    return .deliveryOptions([DeliveryOptionFact(carrier: "GLS", serviceLevel: "economy", cost: MoneyFact(currency: "EUR", minorUnits: 1029), transitDays: 7),
                             DeliveryOptionFact(carrier: "DHL", serviceLevel: "express", cost: MoneyFact(currency: "EUR", minorUnits: 2049), transitDays: 1)])
  case .estimateDelivery("FR", 1000):
    return .deliveryOptions([DeliveryOptionFact(carrier: "DPD", serviceLevel: "standard", cost: MoneyFact(currency: "EUR", minorUnits: 1159), transitDays: 5)])
  case .createTicket(let reason): return .ticket(ticketID: "T-\(reason.count)")
  default: return orders(action)
  }
}

let refundedOrder = OrderFact(orderID: "10045", state: .returned, lines: [.init(title: "Lamp", quantity: 1)], total: usd(4000),
                              placedOn: "2026-10-10", paymentID: "P-5")

@Suite struct FineIntentPolicyTests {
  @Test func aRefundStatusQuestionReadsThePaymentAndNeverStartsAReturn() {
    var driver = Driver()
    let status = driver.say("where is my refund for 10044", "return_refund", entities: [("order_number", "10044")],
                            fine: "refund.status", facts: fineFacts)
    // 10044 is delivered and has no payment id in the facts: no return offered, no return asked.
    #expect(!driver.actions.contains { if case .requestReturn = $0 { true } else { false } })
    #expect(driver.state.pending == nil)
    #expect(status.text == "Order 10044 has no payment recorded, so there is no refund to show; it is delivered.")
    let refunded = driver.say("and my refund for order 10045?", "return_refund", entities: [("order_number", "10045")],
                              fine: "refund.status", facts: fineFacts)
    #expect(driver.actions.suffix(2) == [.getOrder(orderID: "10045"), .getPayment(paymentID: "P-5")])
    #expect(refunded.text == "A refund of $15.00 has been issued for order 10045 to Visa ending 4242; the payment of $40.00 is partially refunded."
      + " The marketplace doesn't tell me the day it was issued. When it shows on your statement is up to your bank or card issuer;"
      + " I have no date for that.")
    let none = driver.say("has order 10042 been refunded", "return_refund", entities: [("order_number", "10042")],
                          fine: "refund.status", facts: fineFacts)
    #expect(none.text == "No refund has been issued for order 10042 yet: its payment of $89.99 by Visa ending 4242 is captured, and the order is paid, being prepared.")
    #expect(driver.state.pending == nil && none.outcome == .resolved)
  }

  @Test func aReturnRequestStillAsksToStartAReturn() {
    var driver = Driver()
    let ask = driver.say("i want to return order 10044", "return_refund", entities: [("order_number", "10044")], fine: "return.start",
                         facts: fineFacts)
    #expect(ask.text.hasPrefix("Do you want to return order 10044") && driver.state.pending == .returnOrder(orderID: "10044"))
    let done = driver.say("yes", "out_of_scope", confidence: 0.2, facts: fineFacts)
    #expect(driver.actions.last == .requestReturn(orderID: "10044") && done.text.hasPrefix("Return R-77 is open"))
    // Without a fine intent the coarse behaviour is unchanged.
    var coarse = Driver()
    _ = coarse.say("refund order 10044", "return_refund", entities: [("order_number", "10044")], facts: fineFacts)
    #expect(coarse.state.pending == .returnOrder(orderID: "10044"))
  }

  @Test func aFineIntentOutsideTheCoarseGroupIsIgnored() {
    var driver = Driver()
    // The heads disagree: the coarse return_refund decides, so a return is offered as before.
    _ = driver.say("refund order 10044", "return_refund", entities: [("order_number", "10044")], fine: "payment.failed", facts: fineFacts)
    #expect(driver.state.pending == .returnOrder(orderID: "10044"))
  }

  @Test func deliveryOptionsAreQuotedToTheAccountsCountryNotAnOrderQuestion() {
    var driver = Driver()
    let reply = driver.say("what are your delivery options?", "shipping", fine: "delivery.options", facts: fineFacts)
    #expect(driver.actions == [.getAccount, .estimateDelivery(toCountry: "DE", weightGrams: 1000)])
    #expect(reply.text == "Delivery to Germany (DE) for a parcel up to 1 kg:\n1. GLS economy: €10.29, 7 days in transit\n2. DHL express: €20.49, 1 day in transit")
    // A country named in the message wins over the account's.
    let france = driver.say("how long does delivery to france take", "shipping", entities: [("country", "france")], fine: "delivery.time",
                            facts: fineFacts)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "FR", weightGrams: 1000) && france.text.hasPrefix("Delivery to France (FR)"))
    // Without the fine intent, shipping still asks which order.
    var coarse = Driver()
    let ask = coarse.say("what are your delivery options?", "shipping", facts: fineFacts)
    #expect(coarse.actions == [.listOrders] && ask.text.hasPrefix("Which order do you mean?"))
  }

  @Test func withoutASavedAddressTheCountryIsAskedThenQuoted() {
    var driver = Driver()
    let facts: (DialogueAction) -> ActionResult = { action in
      if action == .getAccount { return .account(AccountFact(displayName: "Bo", email: "bo@example.com", addressCount: 0, lifetimeOrders: 0)) }
      return fineFacts(action)
    }
    let ask = driver.say("how much is shipping", "shipping", fine: "delivery.options", facts: facts)
    #expect(ask.text == "Which country should it be delivered to?" && ask.outcome == .needsInput)
    let quoted = driver.say("France", "out_of_scope", confidence: 0.3, facts: facts)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "FR", weightGrams: 1000))
    #expect(quoted.text == "Delivery to France (FR) for a parcel up to 1 kg:\n1. DPD standard: €11.59, 5 days in transit")
    #expect(driver.state.activeIntent == nil && driver.state.country == nil)
  }

  @Test func passwordResetDeletionAndDetailsEachGetTheirOwnAnswer() {
    var driver = Driver()
    let reset = driver.say("I forgot my password", "account", fine: "account.password_reset", facts: fineFacts)
    #expect(reset.text.hasPrefix("I can't reset passwords") && reset.quickReplies == ["Yes", "No"] && driver.actions.isEmpty)
    let no = driver.say("no", "out_of_scope", confidence: 0.2, facts: fineFacts)
    #expect(no.text == "OK, I won't pass it on. Anything else I can help with?" && driver.actions.isEmpty)

    let delete = driver.say("delete my account", "account", fine: "account.delete", facts: fineFacts)
    #expect(delete.text.contains("Do you want me to ask a person to delete yours?") && driver.actions.isEmpty)
    let yes = driver.say("yes please", "out_of_scope", confidence: 0.2, facts: fineFacts)
    #expect(driver.actions == [.createTicket(reason: "account deletion (asked in chat)")])
    #expect(yes.outcome == .handedOff && yes.text.hasPrefix("I've asked a person to delete your account (ticket T-"))

    let update = driver.say("how do I change my email address", "account", fine: "account.update", facts: fineFacts)
    #expect(driver.actions.last == .getAccount)
    #expect(update.text.hasPrefix("Your account's e-mail is ann@example.com. I can't change account details"))
    // A deletion is offered only when asked for: a misread look at the details is the summary.
    let misread = driver.say("show me my account details", "account", fine: "account.delete", facts: fineFacts)
    #expect(misread.text.hasPrefix("You're signed in as Ann Lee") && driver.state.pending == nil)
    // A look at the details, which the classifier files under account.update too, is the summary.
    let look = driver.say("show me my account details", "account", fine: "account.update", facts: fineFacts)
    #expect(look.text.hasPrefix("You're signed in as Ann Lee (ann@example.com)") && driver.state.pending == nil)
    // The three answers differ from each other and from the coarse account summary; a password named is the
    // password's answer even without the fine intent.
    var coarse = Driver()
    let summary = coarse.say("show me my account", "account", facts: fineFacts)
    #expect(summary.text.hasPrefix("You're signed in as Ann Lee") && Set([reset.text, delete.text, update.text, summary.text]).count == 4)
    var coarseReset = Driver()
    #expect(coarseReset.say("I forgot my password", "account", facts: fineFacts).text == reset.text)
  }

  @Test func theLatestOrderIsLookedUpNotAskedFor() {
    var driver = Driver()
    let latest = driver.say("where is my latest order?", "order_status", fine: "order.status", facts: fineFacts)
    #expect(driver.actions == [.listOrders, .getOrder(orderID: "10042")])
    #expect(latest.text.hasPrefix("Order 10042, placed on 2026-11-28") && latest.outcome == .resolved)
    // Also for a fine intent on the order path.
    var refund = Driver()
    _ = refund.say("where is the refund for my most recent order", "return_refund", fine: "refund.status", facts: fineFacts)
    #expect(refund.actions == [.listOrders, .getOrder(orderID: "10042"), .getPayment(paymentID: "P-1")])
  }

  @Test func listingOrdersShowsThemWithStatesAsQuickReplies() {
    var driver = Driver()
    let list = driver.say("show me my orders", "order_status", fine: "order.status", facts: fineFacts)
    #expect(driver.actions == [.listOrders] && list.outcome == .resolved)
    #expect(list.text == "Your orders, newest first:\n1. 10042, placed 2026-11-28 (1 × Trail Shoes): paid, being prepared\n"
      + "2. 10043, placed 2026-11-20 (2 × Rain Jacket): shipped\n3. 10044, placed 2026-10-01 (3 × Socks): delivered")
    #expect(list.quickReplies == ["10042", "10043", "10044"])
    // A classifier that files it under place_order no longer says it can't place orders.
    var misread = Driver()
    let orders = misread.say("what orders do I have?", "place_order", facts: fineFacts)
    #expect(orders.text.hasPrefix("Your orders, newest first:"))
    // And picking one from the list works as before.
    let second = driver.say("the second one", "out_of_scope", confidence: 0.3, facts: fineFacts)
    #expect(second.text.hasPrefix("Order 10043") && driver.actions.last == .getOrder(orderID: "10043"))
    // Only a pick is a pick, whatever the classifier said ("the second one" read as payment, confidently).
    let third = driver.say("the third one", "payment", confidence: 0.9, facts: fineFacts)
    #expect(third.text.hasPrefix("Order 10044") && driver.actions.last == .getOrder(orderID: "10044"))
    let tapped = driver.say("10044", "out_of_scope", confidence: 0.2, entities: [("order_number", "10044")], facts: fineFacts)
    #expect(tapped.text.hasPrefix("Order 10044"))
  }

  @Test func requestsWithoutAMarketplaceCallOfferAPersonWithATicketNamingThem() {
    var driver = Driver()
    let change = driver.say("change the size on order 10042", "change_order", entities: [("order_number", "10042")],
                            fine: "order.change_items", facts: fineFacts)
    #expect(change.text.hasPrefix("I can't change what an order contains") && driver.actions.isEmpty)
    _ = driver.say("yes", "out_of_scope", confidence: 0.2, facts: fineFacts)
    #expect(driver.actions == [.createTicket(reason: "change the items of order 10042 (asked in chat)")])
    // An address change is still an address change.
    var address = Driver()
    let ask = address.say("change the address of order 10042", "change_order", entities: [("order_number", "10042")],
                          fine: "order.change_address", facts: fineFacts)
    #expect(ask.text == "What is the new delivery address?")
  }
}
