@testable import MeshDialogue
import Testing

/// Facts where the kettle's order is not the newest: the trail shoes (10042) were ordered after it.
func kettleNotNewestFacts(_ action: DialogueAction) -> ActionResult {
  switch action {
  case .listOrders: return .orders([paidOrder, deliveredKettle, shippedOrder])
  case .estimateDelivery(let country, let grams):
    // A price list per started kilogram, so a wrong weight shows in the price.
    let kilograms = Int64((grams + 999) / 1000)
    return .deliveryOptions([DeliveryOptionFact(carrier: "DHL", serviceLevel: "standard", cost: MoneyFact(currency: "EUR", minorUnits: 499 + 90 * kilograms),
                                                transitDays: country == "DE" ? 3 : 5)])
  default: return parcelFacts(action)
  }
}

@Suite struct OrderItemsWeightAndReturnWindowTests {
  @Test func theWeightNamedIsReadInItsUnit() {
    #expect(TurnReading.parcelGrams("shipping to canada for a 3kg parcel?") == 3000)
    #expect(TurnReading.parcelGrams("it weighs 2.5 kg") == 2500)
    #expect(TurnReading.parcelGrams("about 2,5 kilos") == 2500)
    #expect(TurnReading.parcelGrams("a 500g box") == 500)
    #expect(TurnReading.parcelGrams("10 lbs to the US") == 4536)
    #expect(TurnReading.parcelGrams("12 oz") == 341)
    #expect(TurnReading.parcelGrams("a 5-kg parcel") == 5000)
    // No unit, a code, nothing, or a number beyond any parcel: no weight.
    for text in ["order 10042 to canada", "model x3kg", "0 kg", "99999999999999999999999 kg", "under 10 pounds", "", "kg"] {
      #expect(TurnReading.parcelGrams(text) == nil, "\(text)")
    }
  }

  @Test func aDeliveryQuoteIsForTheWeightNamedAndKeepsItForTheNextCountry() {
    var driver = Driver()
    let canada = driver.say("shipping to canada for a 3kg parcel?", "shipping", entities: [("country", "canada")], fine: "delivery.options",
                            facts: kettleNotNewestFacts)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "CA", weightGrams: 3000))
    #expect(canada.text == "Delivery to Canada (CA) for a parcel up to 3 kg:\n1. DHL standard: €7.69, 5 days in transit")
    let germany = driver.say("and to germany?", "shipping", entities: [("country", "germany")], fine: "delivery.options", facts: kettleNotNewestFacts)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "DE", weightGrams: 3000) && germany.text.contains("up to 3 kg"))
    // A country the extractor missed ("the us") is read from the message, not taken from the account's address.
    var pounds = Driver()
    let us = pounds.say("how much to ship 10 lbs to the us", "shipping", fine: "delivery.options", facts: kettleNotNewestFacts)
    #expect(pounds.actions == [.estimateDelivery(toCountry: "US", weightGrams: 4536)] && us.text.hasPrefix("Delivery to United States (US) for a parcel up to 5 kg:"))
    #expect(Countries.named(in: "send it to me in a box") == nil && Countries.named(in: "ship to the united kingdom") == "GB")
    var plain = Driver()
    let unweighed = plain.say("shipping to canada?", "shipping", entities: [("country", "canada")], fine: "delivery.options", facts: kettleNotNewestFacts)
    #expect(plain.actions.last == .estimateDelivery(toCountry: "CA", weightGrams: 1000) && unweighed.text.contains("up to 1 kg"))
  }

  @Test func aParcelOverTheCarriersLimitIsToldTheLimitAndWhatToDo() {
    var driver = Driver()
    // The shipping service's refusal of a weight names the range it takes (grams); another refusal is said as given.
    let refusing: (DialogueAction) -> ActionResult = { action in
      guard case .estimateDelivery(_, let grams) = action else { return kettleNotNewestFacts(action) }
      return grams > 70_000 ? .refused(reason: "weight_grams must be between 1 and 70000") : kettleNotNewestFacts(action)
    }
    let heavy = driver.say("how much to ship a 85.5 kg parcel to germany", "shipping", entities: [("country", "germany")],
                           fine: "delivery.options", facts: refusing)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "DE", weightGrams: 85_500))
    #expect(heavy.text == "The carriers take parcels of up to 70 kg, so I can't quote a parcel of 85.5 kg to Germany (DE). Split it into"
      + " parcels of at most 70 kg each and ask me for a quote for each, or a person can help with a larger shipment.")
    // The weight refused is not kept for the next quote.
    let next = driver.say("and to france?", "shipping", entities: [("country", "france")], fine: "delivery.options", facts: refusing)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "FR", weightGrams: 1000) && next.text.hasPrefix("Delivery to France"))
    #expect(DialoguePolicy.weightLimitGrams(in: "FR1 is not an ISO 3166-1 alpha-2 code") == nil)
    #expect(DialoguePolicy.kilograms(70_000) == "70" && DialoguePolicy.kilograms(2_450) == "2.5")
  }

  @Test func anItemNamedPicksTheRecentOrderThatHasIt() {
    var driver = Driver()
    let kettle = driver.say("i need to return the kettle from my last order", "return_refund", today: sunday, facts: kettleNotNewestFacts)
    #expect(driver.actions == [.listOrders, .getOrder(orderID: "10050")])
    #expect(kettle.text.hasPrefix("Order 10050 was delivered on 2026-12-01, and its items can be returned until 2026-12-31 (25 days from today)."))
    #expect(driver.state.pending == .returnOrder(orderID: "10050"))
    // Without a latest/last: the one order with the item is taken, not asked for.
    var shoes = Driver()
    let trail = shoes.say("i want to return the trail shoes", "return_refund", today: sunday, facts: kettleNotNewestFacts)
    #expect(shoes.actions == [.listOrders, .getOrder(orderID: "10042")] && trail.text.hasPrefix("Order 10042 has not shipped yet"))
    // No item named: the newest order, as before.
    var newest = Driver()
    _ = newest.say("i need to return my last order", "return_refund", today: sunday, facts: kettleNotNewestFacts)
    #expect(newest.actions == [.listOrders, .getOrder(orderID: "10042")])
  }

  @Test func theReturnWindowOfANamedOrderIsAnsweredFromItsFacts() {
    var driver = Driver()
    let days = driver.say("how many days do i have to return order 10050", "return_refund", entities: [("order_number", "10050")],
                          fine: "return.policy", today: sunday, facts: kettleNotNewestFacts)
    #expect(driver.actions == [.getOrder(orderID: "10050")])
    #expect(days.text == "Order 10050 was delivered on 2026-12-01, and its items can be returned until 2026-12-31 (25 days from today).")
    #expect(days.quickReplies == ["Return it"] && days.outcome == .resolved && driver.state.pending == nil)
    let late = driver.say("how long do i have to return order 10050", "return_refund", entities: [("order_number", "10050")],
                          fine: "return.policy", today: CalendarDay(year: 2027, month: 1, day: 5), facts: kettleNotNewestFacts)
    #expect(late.text.hasPrefix("Order 10050 was delivered on 2026-12-01, and its return window ended on 2026-12-31"))
    let onItsWay = driver.say("how many days do i have to return order 10043", "return_refund", entities: [("order_number", "10043")],
                              fine: "return.policy", today: sunday, facts: kettleNotNewestFacts)
    #expect(onItsWay.text == "Order 10043 is still on its way; the marketplace sets its last day for a return once it is delivered.")
    // No order named: the general policy question, for a person.
    var general = Driver()
    let policy = general.say("what is your return policy", "return_refund", fine: "return.policy", facts: kettleNotNewestFacts)
    #expect(policy.text == "I don't have the return policy's terms here. Shall I pass your question to a person?" && general.actions.isEmpty)
  }
}
