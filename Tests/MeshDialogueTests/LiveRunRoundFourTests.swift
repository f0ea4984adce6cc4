@testable import MeshDialogue
import Testing

/// Wrong answers of the fourth live run (dialog41), each by its kind: a size in a search, a message in German, French or
/// Spanish, the best rated of the results, a refund asked about after it was started, and a price ceiling without a
/// currency after a search.
@Suite struct LiveRunRoundFourTests {
  /// Results of any search, with ratings and sizes; a search in size 50 finds nothing.
  static func rack(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .search(let query) where query.size == "50": return .listings([])
    case .search:
      return .listings([ListingFact(listingID: "R1", title: "Pace Running Shoes", price: usd(9000), rating: 3.9, size: "39", reviewCount: 12),
                        ListingFact(listingID: "R2", title: "Stride Running Shoes", price: usd(7000), rating: 4.7, size: "39", reviewCount: 300),
                        ListingFact(listingID: "R3", title: "Nordlys Trainers", price: usd(5000), size: "39")])
    case .getListing("R2"):
      return .listing(ListingFact(listingID: "R2", title: "Stride Running Shoes", price: usd(7000), rating: 4.7, stock: 4, size: "39", reviewCount: 300))
    case .getListing("R3"): return .listing(ListingFact(listingID: "R3", title: "Nordlys Trainers", price: usd(5000), stock: 2, size: "39"))
    default: return orders(action)
    }
  }

  @Test func aSizeInASearchIsSentAsAFilterAndNoneInThatSizeIsSaid() {
    var driver = Driver()
    let found = driver.say("running shoes for women in size 39", "search_items",
                           entities: [("query", "running shoes women"), ("size", "39")], facts: Self.rack)
    #expect(driver.actions.last == .search(SearchQuery(text: "running shoes women", size: "39")))
    // No title says "women": the results are said to match only some of the words (dialog43).
    #expect(found.text.hasPrefix("I found no \"running shoes women\" in size 39. The nearest the marketplace has in size 39, matching only some of the words:"),
            "\(found.text)")
    // A size named after the results, however the message was classified, refines the search; "EU 50" is the catalogue's "50".
    let none = driver.say("do you have those in size EU 50", "feedback", confidence: 0.45, facts: Self.rack)
    #expect(driver.actions.last == .search(SearchQuery(text: "running shoes women", size: "50")))
    #expect(none.text == "I found no \"running shoes women\" in size 50. No listing of these has that size; try another size or other words.")
    #expect(TurnReading.size(in: "t-shirt size M") == "M" && TurnReading.size(in: "got it in xl?") == "XL")
    #expect(TurnReading.size(in: "what sizes are there") == nil && TurnReading.size(in: "a small favour") == nil)
  }

  @Test func aPriceCeilingWithoutACurrencyRefinesTheSearch() {
    var driver = Driver()
    _ = driver.say("running shoes", "search_items", entities: [("query", "running shoes")], facts: Self.rack)
    _ = driver.say("under 76.98", "order_status", confidence: 0.45, facts: Self.rack)
    #expect(driver.actions.last == .search(SearchQuery(text: "running shoes", maxPrice: 76.98)))
    _ = driver.say("and over 20 please", "out_of_scope", confidence: 0.3, facts: Self.rack)
    #expect(driver.actions.last == .search(SearchQuery(text: "running shoes", minPrice: 20, maxPrice: 76.98)))
    // A number of days or kilos is no price, and a long message's number after "under" is not read as one.
    #expect(TurnReading.priceCeiling(in: "under 3 days") == nil && TurnReading.priceCeiling(in: "below €40") == 40)
    #expect(TurnReading.priceCeiling(in: "max 25,50 eur") == 25.5 && TurnReading.priceFloor(in: "at least 1,200") == 1200)
    #expect(TurnReading.priceCeiling(in: "my parcel was left under the stairs by the driver at 5 and it is gone") == nil)
  }

  @Test func theBestRatedResultIsAnsweredFromTheResultsRatings() {
    var driver = Driver()
    _ = driver.say("running shoes", "search_items", entities: [("query", "running shoes")], facts: Self.rack)
    let best = driver.say("which one has the best rating?", "feedback", confidence: 0.8,
                          entities: [("query", "one has the best rating")], fine: "feedback", facts: Self.rack)
    #expect(driver.actions.last == .getListing(listingID: "R2"))
    #expect(best.text.hasPrefix("The best rated of the results shown is Stride Running Shoes (result 2): rated 4.7 of 5 from 300 reviews."),
            "\(best.text)")
    let third = driver.say("what is the rating of the third one", "search_items", facts: Self.rack)
    #expect(third.text.hasPrefix("Nordlys Trainers (result 3) has no rating yet."), "\(third.text)")
    // No result with a rating: said, nothing looked up.
    var unrated = Driver()
    _ = unrated.say("show me boots", "search_items", entities: [("query", "boots")], facts: shelf)
    let none = unrated.say("which is the top rated one", "search_items", facts: shelf)
    #expect(unrated.actions.count == 1 && none.text.hasPrefix("None of the 2 results shown has a rating yet"), "\(none.text)")
  }

  /// The facts of `orders`, with order 10044 paid by P-4, refunded in full.
  static func refundedFacts(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .getPayment("P-4"): return .payment(PaymentFact(status: "refunded", amount: usd(1500), method: "Visa ending 4242", refunded: usd(1500)))
    case .getOrder("10044"): var order = deliveredOrder; order.paymentID = "P-4"; return .order(order)
    default: return orders(action)
    }
  }

  @Test func aRefundAskedAboutAfterItWasStartedIsThatOrdersRefund() {
    let facts = Self.refundedFacts
    var driver = Driver()
    _ = driver.say("i want to return order 10044", "return_refund", entities: [("order_number", "10044")], fine: "return.start", facts: facts)
    let opened = driver.say("yes", "return_refund", facts: facts)
    #expect(opened.text.hasPrefix("Return R-77 is open for order 10044"), "\(opened.text)")
    let refund = driver.say("when will i get my money back?", "return_refund", fine: "refund.status", facts: facts)
    #expect(driver.actions.last == .getPayment(paymentID: "P-4") && refund.text.hasPrefix("A refund of $15.00 has been issued for order 10044"),
            "\(refund.text)")
    // Without a refund started, the order is still asked for.
    var fresh = Driver()
    _ = fresh.say("where is order 10044", "order_status", entities: [("order_number", "10044")], facts: facts)
    let asked = fresh.say("when will i get my money back?", "return_refund", fine: "refund.status", facts: facts)
    #expect(fresh.actions.last != .getPayment(paymentID: "P-4"), "\(asked.text)")
  }

  @Test func aMessageInGermanFrenchOrSpanishIsAnsweredInEnglishAfterALineInItsLanguage() {
    var driver = Driver()
    let german = driver.say("wo ist meine bestellung?", "out_of_scope", confidence: 0.9, facts: orders)
    #expect(driver.actions == [.listOrders], "\(german.text)")
    #expect(german.text.hasPrefix("Ich spreche leider nur Englisch, deshalb antworte ich auf Englisch."), "\(german.text)")
    var french = Driver()
    let cancel = french.say("je veux annuler ma commande 10042", "out_of_scope", confidence: 0.9,
                            entities: [("order_number", "10042")], facts: orders)
    #expect(french.actions == [.getOrder(orderID: "10042")] && cancel.text.hasPrefix("Désolé, je ne parle qu'anglais"), "\(cancel.text)")
    #expect(cancel.text.contains("Do you want me to cancel order 10042"), "\(cancel.text)")
    let yes = french.say("oui", "out_of_scope", confidence: 0.2, facts: orders)
    #expect(yes.text.hasPrefix("Order 10042 is cancelled"), "\(yes.text)")
    var spanish = Driver()
    let refund = spanish.say("¿cuándo me devuelven el dinero?", "payment", confidence: 0.6, facts: orders)
    #expect(spanish.actions == [.listOrders] && refund.text.hasPrefix("Lo siento, solo hablo inglés"), "\(refund.text)")
    #expect(spanish.state.activeIntent == "refund.status")
    var other = Driver()
    let weather = other.say("wie ist das wetter heute", "out_of_scope", confidence: 0.9, facts: orders)
    #expect(other.actions.isEmpty && weather.text.hasPrefix("Ich spreche leider nur Englisch. Bitte schreiben Sie mir auf Englisch."))
    // English with a foreign word or a brand is English.
    #expect(ForeignLanguage.of("where is my order from Casa Verde") == nil && ForeignLanguage.of("is the el capitan poster in stock") == nil)
    #expect(ForeignLanguage.of("Hallo, ich möchte mein Paket zurückschicken") == .german)
    #expect(ForeignLanguage.german.ask(in: "ich möchte mein Geld zurück") == .refund)
  }
}
