@testable import MeshDialogue
import Testing

/// Facts of the parcel tests: `fineFacts`, plus an order delivered with its shipment, a cancelled and refunded
/// order, and an account with loyalty points.
func parcelFacts(_ action: DialogueAction) -> ActionResult {
  switch action {
  case .getOrder("10050"): return .order(deliveredKettle)
  case .getShipment("S-50"):
    return .shipment(ShipmentFact(carrier: "DHL", trackingNumber: "JD0001", latestEvent: "delivered at Utrecht on 2026-12-01"))
  case .getOrder("10046"): return .order(cancelledOrder)
  case .getPayment("P-46"):
    return .payment(PaymentFact(status: "refunded", amount: usd(2500), method: "PayPal", refunded: usd(2500)))
  case .listOrders: return .orders([deliveredKettle, paidOrder, shippedOrder])
  case .getAccount:
    return .account(AccountFact(displayName: "Ann Lee", email: "ann@example.com", addressCount: 1, lifetimeOrders: 4, countryCodes: ["DE"],
                                loyaltyPoints: 120))
  case .requestReturn("10050"): return .returnAccepted(returnID: "R-80", refund: usd(3500))
  default: return fineFacts(action)
  }
}

let deliveredKettle = OrderFact(orderID: "10050", state: .delivered, lines: [.init(title: "Kettle", quantity: 1)], total: usd(3500),
                                placedOn: "2026-11-25", shipmentID: "S-50", paymentID: "P-50", deliveredOn: "2026-12-01",
                                returnBy: "2026-12-31")
let cancelledOrder = OrderFact(orderID: "10046", state: .cancelled, lines: [.init(title: "Mug", quantity: 2)], total: usd(2500),
                               placedOn: "2026-11-10", paymentID: "P-46", cancelledOn: "2026-11-15")
/// A Sunday.
let sunday = CalendarDay(year: 2026, month: 12, day: 6)

@Suite struct DeliveryPolicyTests {
  @Test func aParcelSaidMissingIsLookedUpAndAPersonOffered() {
    var driver = Driver()
    let known = driver.say("it says delivered but nothing here, order 10050", "shipping", entities: [("order_number", "10050")],
                           fine: "delivery.missing", facts: parcelFacts)
    #expect(driver.actions == [.getOrder(orderID: "10050"), .getShipment(shipmentID: "S-50")])
    #expect(known.text == "Order 10050 (1 × Kettle) is marked delivered on 2026-12-01 by DHL, tracking number JD0001."
      + " Latest scan: delivered at Utrecht on 2026-12-01. I can't open an investigation with the carrier myself."
      + " Shall I pass this to a person who can?")
    #expect(known.quickReplies == ["Yes", "No"] && known.orderID == "10050" && known.outcome == .needsInput)
    let yes = driver.say("yes", "out_of_scope", confidence: 0.2, facts: parcelFacts)
    #expect(driver.actions.last == .createTicket(reason: "order 10050: parcel marked delivered but not received (asked in chat)"))
    #expect(yes.outcome == .handedOff && yes.text.hasPrefix("I've asked a person to look into the missing parcel of order 10050"))

    // Still on its way: the carrier's facts, and a person offered for a parcel that did not come.
    var late = Driver()
    let onItsWay = late.say("my package never came, order 10043", "shipping", entities: [("order_number", "10043")],
                            fine: "delivery.missing", facts: parcelFacts)
    #expect(onItsWay.text.hasPrefix("Order 10043 (2 × Rain Jacket) is on its way with UPS, tracking number 1Z999AA10123456784;"
      + " it is not marked delivered yet. Estimated delivery: 2026-12-03."))
    #expect(late.state.pending == .handOff(HandOff(reason: "order 10043: parcel not received (asked in chat)",
                                                   task: "look into the missing parcel of order 10043",
                                                   question: "I can't open an investigation with the carrier myself. Shall I pass this to a person who can?",
                                                   intent: "shipping")))
    // Not sent yet: said, and nothing offered that the facts do not call for.
    var early = Driver()
    let notSent = early.say("where is my parcel, it says delivered, order 10042", "shipping", entities: [("order_number", "10042")],
                            fine: "delivery.missing", facts: parcelFacts)
    #expect(notSent.text == "Order 10042 has not shipped yet: it is paid, being prepared." && early.state.pending == nil)
  }

  @Test func aMissingParcelWithoutANumberAsksWhichOrderAndStaysMissing() {
    var driver = Driver()
    let ask = driver.say("tracking says delivered but nothing is here", "shipping", fine: "delivery.missing", facts: parcelFacts)
    #expect(driver.actions == [.listOrders] && ask.text.hasPrefix("Which order do you mean?\n1. 10050"))
    #expect(driver.state.activeIntent == "delivery.missing")
    let picked = driver.say("the first one", "out_of_scope", confidence: 0.3, facts: parcelFacts)
    #expect(driver.actions == [.listOrders, .getOrder(orderID: "10050"), .getShipment(shipmentID: "S-50")])
    #expect(picked.text.contains("is marked delivered on 2026-12-01 by DHL") && driver.state.pending != nil)
    // Without the fine intent, shipping still tracks the parcel.
    var coarse = Driver()
    let tracked = coarse.say("it says delivered but nothing here, order 10050", "shipping", entities: [("order_number", "10050")],
                             facts: parcelFacts)
    #expect(coarse.actions == [.getOrder(orderID: "10050"), .getShipment(shipmentID: "S-50")] && coarse.state.pending == nil)
    #expect(tracked.text.hasPrefix("Order 10050 is delivered with DHL"))
  }

  @Test func aDamagedItemOffersAReturnOnceDelivered() {
    var driver = Driver()
    let offer = driver.say("the box arrived crushed, order 10050", "return_refund", entities: [("order_number", "10050")],
                           fine: "delivery.damaged", facts: parcelFacts)
    #expect(driver.actions == [.getOrder(orderID: "10050")])
    #expect(offer.text == "I'm sorry it arrived damaged. Order 10050 was delivered on 2026-12-01, and its items can be returned until"
      + " 2026-12-31. Do you want to return order 10050 (1 × Kettle, $35.00) for a refund?")
    #expect(offer.quickReplies == ["Yes", "No", "Talk to a person"] && driver.state.pending == .returnOrder(orderID: "10050"))
    let done = driver.say("yes", "out_of_scope", confidence: 0.2, facts: parcelFacts)
    #expect(driver.actions.last == .requestReturn(orderID: "10050") && done.text.hasPrefix("Return R-80 is open for order 10050."))
    // The apology is for what the message says arrived.
    var wrong = Driver()
    #expect(wrong.say("wrong item in order 10050", "return_refund", entities: [("order_number", "10050")], fine: "delivery.damaged",
                      facts: parcelFacts).text.hasPrefix("I'm sorry the wrong item came. Order 10050 was delivered on 2026-12-01"))
    // Shipped, not delivered: no return yet; a person is offered.
    var shipped = Driver()
    let person = shipped.say("my jacket came broken, order 10043", "return_refund", entities: [("order_number", "10043")],
                             fine: "delivery.damaged", facts: parcelFacts)
    #expect(person.text.hasPrefix("Order 10043 is not marked delivered yet (it is shipped), so I can't start a return for it."))
    #expect(shipped.state.pending.map { if case .handOff = $0 { true } else { false } } == true)
  }

  @Test func paymentMethodsDiscountsAndSignUpAreAnsweredFromFactsOrOfferedToAPerson() {
    var driver = Driver()
    let methods = driver.say("can i pay with paypal", "payment", fine: "payment.methods", facts: parcelFacts)
    #expect(driver.actions.isEmpty && methods.text.hasPrefix("I don't have the list of payment methods the shop accepts, so I won't guess"))
    #expect(methods.quickReplies == ["Yes", "No"])
    _ = driver.say("no", "out_of_scope", confidence: 0.2, facts: parcelFacts)

    let discount = driver.say("my promo code doesnt work", "payment", fine: "payment.discount", facts: parcelFacts)
    #expect(driver.actions == [.getAccount])
    #expect(discount.text == "I can't check or apply promo codes, vouchers or gift cards from the chat. Your account has 120 loyalty points."
      + " Shall I pass your question to a person?")
    _ = driver.say("yes", "out_of_scope", confidence: 0.2, facts: parcelFacts)
    #expect(driver.actions.last == .createTicket(reason: "promo code, voucher or gift card question (asked in chat)"))

    let create = driver.say("how do i create an account", "account", fine: "account.create", facts: parcelFacts)
    #expect(create.text == "You already have an account: you're signed in as Ann Lee (ann@example.com)."
      + " I can't create or verify accounts from the chat. Shall I pass your question to a person?")
    // Without the fine intents, payment asks which order, as before.
    var coarse = Driver()
    let ask = coarse.say("can i pay with paypal", "payment", facts: parcelFacts)
    #expect(ask.text.hasPrefix("Which order do you mean?"))
  }

  @Test func aDoubledChargeSaysTheOnePaymentAndOffersAPerson() {
    var driver = Driver()
    let twice = driver.say("was i charged twice for 10042?", "payment", entities: [("order_number", "10042")], fine: "payment.charged_twice",
                           facts: parcelFacts)
    #expect(driver.actions == [.getOrder(orderID: "10042"), .getPayment(paymentID: "P-1")])
    #expect(twice.text == "The marketplace has one payment for order 10042: $89.99 by Visa ending 4242, captured."
      + " If your statement shows a second charge, a person can look into it. Shall I pass this on?")
    _ = driver.say("yes", "out_of_scope", confidence: 0.2, facts: parcelFacts)
    #expect(driver.actions.last == .createTicket(reason: "order 10042: charge said to be doubled (asked in chat)"))
    // A plain "was I charged", which the fine head files here too, is the payment's status.
    var plain = Driver()
    let charged = plain.say("was i charged for 10042?", "payment", entities: [("order_number", "10042")], fine: "payment.charged_twice",
                            facts: parcelFacts)
    #expect(charged.text.hasPrefix("The payment for order 10042 is captured") && plain.state.pending == nil)
    // Without the fine intent: the payment's status, as before.
    var coarse = Driver()
    let status = coarse.say("was i charged twice for 10042?", "payment", entities: [("order_number", "10042")], facts: parcelFacts)
    #expect(status.text.hasPrefix("The payment for order 10042 is captured") && coarse.state.pending == nil)
  }

  @Test func aRefundSaysItsMethodAndTheCancellationDayNeverABankTimeline() {
    var driver = Driver()
    let cancelled = driver.say("when will i get my refund for 10046", "return_refund", entities: [("order_number", "10046")],
                               fine: "refund.status", facts: parcelFacts)
    #expect(cancelled.text == "A refund of $25.00 has been issued for order 10046 to PayPal; the payment of $25.00 is refunded."
      + " The order was cancelled on 2026-11-15, and the marketplace refunds a cancelled order's payment when it cancels it."
      + " When it shows on your statement is up to your bank or card issuer; I have no date for that.")
  }

  @Test func anArrivalByADayComparesTheCarriersEstimate() {
    var driver = Driver()
    let byFriday = driver.say("will order 10043 arrive by friday?", "shipping", entities: [("order_number", "10043"), ("date", "friday")],
                              fine: "delivery.time", today: sunday, facts: parcelFacts)
    #expect(driver.actions == [.getOrder(orderID: "10043"), .getShipment(shipmentID: "S-9")])
    #expect(byFriday.text == "Order 10043 is on its way with UPS, tracking number 1Z999AA10123456784. Latest scan: in transit at Lyon on"
      + " 2026-11-30. The carrier estimates delivery on 2026-12-03, which is by Friday (2026-12-11).")
    let tooLate = driver.say("will order 10043 be here by 2026-12-02", "shipping", entities: [("order_number", "10043"), ("date", "2026-12-02")],
                             fine: "delivery.time", today: CalendarDay(year: 2026, month: 11, day: 30), facts: parcelFacts)
    #expect(tooLate.text.hasSuffix("The carrier estimates delivery on 2026-12-03, which is after 2026-12-02."))
    // The classifier files "will ORD-1 arrive by friday" under order status: a day and an arrival make it this question.
    var status = Driver()
    let asStatus = status.say("will order 10043 arrive by friday?", "order_status", entities: [("order_number", "10043"), ("date", "friday")],
                              fine: "order.status", today: sunday, facts: parcelFacts)
    #expect(asStatus.text == byFriday.text)
    let placed = status.say("what about order 10042 i placed on friday", "order_status", entities: [("order_number", "10042"), ("date", "friday")],
                            fine: "order.status", today: sunday, facts: parcelFacts)
    #expect(placed.text.hasPrefix("Order 10042, placed on 2026-11-28"))
    // Asked without the number: the date is kept while the order is asked for.
    var asked = Driver()
    _ = asked.say("will my order arrive by friday", "shipping", entities: [("date", "friday")], fine: "delivery.time", today: sunday,
                  facts: parcelFacts)
    #expect(asked.actions == [.listOrders] && asked.state.deliverBy?.day == CalendarDay(year: 2026, month: 12, day: 11))
    let third = asked.say("the third one", "out_of_scope", confidence: 0.3, facts: parcelFacts)
    #expect(third.text.hasSuffix("which is by Friday (2026-12-11).") && asked.state.deliverBy == nil)
    // Not shipped: no estimate, and no promise.
    var paid = Driver()
    let early = paid.say("will order 10042 come by friday", "shipping", entities: [("order_number", "10042"), ("date", "friday")],
                         fine: "delivery.time", today: sunday, facts: parcelFacts)
    #expect(early.text == "Order 10042 has not shipped yet (paid, being prepared), so there is no delivery estimate for it yet,"
      + " and I can't say whether it will arrive by Friday (2026-12-11).")
  }

  @Test func aQuoteByADaySaysWhichOptionsFit() {
    var driver = Driver()
    let quote = driver.say("can it get to germany by tuesday", "shipping", entities: [("country", "germany"), ("date", "tuesday")],
                           fine: "delivery.time", today: sunday, facts: parcelFacts)
    #expect(driver.actions == [.estimateDelivery(toCountry: "DE", weightGrams: 1000)])
    #expect(quote.text == "Delivery to Germany (DE) for a parcel up to 1 kg:\n1. GLS economy: €10.29, 7 days in transit\n"
      + "2. DHL express: €20.49, 1 day in transit\nTuesday (2026-12-08) is 2 days from today. Counting days in transit from a dispatch"
      + " today, DHL express would arrive by then; GLS economy would not. An order is not always dispatched the day it is placed.")
    // "It" with a place named is a quote, even with an order in focus.
    _ = driver.say("where is order 10042", "order_status", entities: [("order_number", "10042")], facts: parcelFacts)
    let place = driver.say("can it arrive in germany by tuesday?", "shipping", entities: [("country", "germany"), ("date", "tuesday")],
                           fine: "delivery.time", today: sunday, facts: parcelFacts)
    #expect(place.text == quote.text && driver.actions.last == .estimateDelivery(toCountry: "DE", weightGrams: 1000))
    // A day that names no single date is not compared.
    let weekend = driver.say("how long to germany, need it for the weekend", "shipping", entities: [("country", "germany"), ("date", "weekend")],
                             fine: "delivery.time", today: sunday, facts: parcelFacts)
    #expect(!weekend.text.contains("from today") && driver.state.deliverBy == nil)
  }

  @Test func thanksGoodbyesAndSmallTalkGetTheirOwnAnswer() {
    var driver = Driver()
    #expect(driver.say("no thanks, that's everything", "greeting", fine: "goodbye").text == "Goodbye! Come back any time.")
    #expect(driver.say("cheers mate, sorted", "greeting", fine: "thanks").text == "You're welcome! Anything else I can help with?")
    #expect(driver.say("are you a bot", "greeting", fine: "smalltalk").text.hasPrefix("I'm the shop's assistant"))
    #expect(driver.say("hello", "greeting", fine: "greeting").text.hasPrefix("Hello!"))
  }

  @Test func markupTypedIntoTheChatIsNeverQuotedBack() {
    var driver = Driver()
    let none = driver.say("<b onclick=x>shoes</b>", "search_items", entities: [("query", "<b onclick=x>shoes</b>")],
                          facts: { _ in .listings([]) })
    #expect(none.text == "I found no \"b onclick=x shoes /b\". Try other words or a wider price range.", "\(none.text)")
    // A script pasted in is no request at all (dialog43).
    var script = Driver()
    #expect(script.say("<script>alert(1)</script> shoes", "search_items").outcome == .notUnderstood)
    var address = Driver()
    let ask = address.say("change the address of order 10042 to <b>5 Rue X</b>, 69001 Lyon", "change_order",
                          entities: [("order_number", "10042")], fine: "order.change_address", facts: parcelFacts)
    #expect(ask.text == "Do you want order 10042 (1 × Trail Shoes, $89.99) delivered to b 5 Rue X /b , 69001 Lyon?")
  }

  @Test func datesAreReadAsOneDayOrNotAtAll() throws {
    let today = try #require(sunday)
    func day(_ text: String, _ from: CalendarDay? = nil) -> String? { DateWords.resolve(text, today: from ?? today)?.iso }
    #expect(today.weekdayName == "Sunday" && CalendarDay(days: 0).weekdayName == "Thursday" && CalendarDay(days: 0).iso == "1970-01-01")
    #expect(CalendarDay(iso: "2000-02-29") != nil && CalendarDay(iso: "2100-02-29") == nil && CalendarDay(iso: "2026-13-01") == nil)
    #expect(CalendarDay(iso: "2026-12-06") == today && CalendarDay(iso: "２０26-12-06") == nil)
    #expect(day("today") == "2026-12-06" && day("tomorrow") == "2026-12-07" && day("in 3 days") == "2026-12-09")
    #expect(day("friday") == "2026-12-11" && day("this fri") == "2026-12-11" && day("sunday") == "2026-12-06" && day("next sunday") == "2026-12-13")
    #expect(day("december 11th") == "2026-12-11" && day("11 dec") == "2026-12-11" && day("3rd of march") == "2027-03-03")
    #expect(day("2026-12-24") == "2026-12-24" && day("25/12/2026") == "2026-12-25" && day("12.25.2026") == "2026-12-25")
    for none in ["05/06/2026", "weekend", "last week", "next month", "yesterday", "2 days ago", "31 april", "in 99999999999999999999 days"] {
      #expect(day(none) == nil, "\(none)")
    }
  }
}
