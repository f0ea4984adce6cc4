@testable import MeshDialogue
import Testing

/// Wrong answers known from the fourth live run (dialog42's list), each by its kind: a rating bound after a search, an
/// order's payment asked about, results kept past an answer about an order, and a greeting in Spanish or French.
@Suite struct LiveRunRoundFiveTests {
  /// Results of any search, with ratings; a search for listings rated 5 or more finds nothing.
  static func rack(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .search(let query) where query.minRating == 5: return .listings([])
    case .search(let query) where query.minRating != nil:
      return .listings([ListingFact(listingID: "R2", title: "Stride Running Shoes", price: usd(7000), rating: 4.7, reviewCount: 300)])
    case .search:
      return .listings([ListingFact(listingID: "R1", title: "Pace Running Shoes", price: usd(9000), rating: 3.9, reviewCount: 12),
                        ListingFact(listingID: "R2", title: "Stride Running Shoes", price: usd(7000), rating: 4.7, reviewCount: 300)])
    case .getListing("R2"): return .listing(ListingFact(listingID: "R2", title: "Stride Running Shoes", price: usd(7000), stock: 4))
    default: return orders(action)
    }
  }

  @Test func aRatingBoundAfterASearchFiltersItsResultsByTheirRatings() {
    var driver = Driver()
    _ = driver.say("running shoes", "search_items", entities: [("query", "running shoes")], facts: Self.rack)
    // The classifier reads stars as feedback, and the extractor "more than 4" as a lowest price: neither is kept.
    let rated = driver.say("any with more than 4 stars?", "feedback", confidence: 0.9, entities: [("price_min", "4")], fine: "feedback",
                           facts: Self.rack)
    #expect(driver.actions.last == .search(SearchQuery(text: "running shoes", minRating: 4.1)))
    #expect(rated.text == "Here is what I found for \"running shoes\" rated 4.1 or more:\n1. Stride Running Shoes: $70.00, rated 4.7 of 5 (300 reviews)",
            "\(rated.text)")
    let none = driver.say("only 5 stars or more", "feedback", facts: Self.rack)
    #expect(none.text == "I found no \"running shoes\" rated 5.0 or more. Try a lower rating, other words or a wider price range.", "\(none.text)")
    // A new search with its rating bound: the bound, and no price.
    var fresh = Driver()
    _ = fresh.say("headphones rated above 4", "search_items", entities: [("query", "headphones"), ("price_min", "4")], facts: Self.rack)
    #expect(fresh.actions.last == .search(SearchQuery(text: "headphones", minRating: 4.1)))
  }

  @Test func ratingBoundsAreReadOnlyBesideARatingWordAndABoundWord() {
    #expect(TurnReading.ratingFloor(in: "rated above 4") == 4.1)
    #expect(TurnReading.ratingFloor(in: "4 stars and up") == 4 && TurnReading.ratingFloor(in: "at least 4.5 stars") == 4.5)
    #expect(TurnReading.ratingFloor(in: "4+ stars please") == 4 && TurnReading.ratingFloor(in: "with a rating of 3 or higher") == 3)
    // No bound word, a number that is no rating, or a price.
    #expect(TurnReading.ratingFloor(in: "i'd give it 2 stars") == nil && TurnReading.ratingFloor(in: "more than 40 stars") == nil)
    #expect(TurnReading.ratingFloor(in: "more than 4 pairs") == nil && TurnReading.ratingFloor(in: "under 50") == nil)
  }

  @Test func anOrdersPaymentIsAnsweredFromThePaymentAPIWhateverTheClassifierChose() {
    for (text, intent, fine) in [("has my payment for order 10042 gone through?", "order_status", "order.status"),
                                 ("was I charged for 10042", "payment", "payment.failed"),
                                 ("what's the payment status of 10042", "shipping", nil)] as [(String, String, String?)] {
      var driver = Driver()
      let reply = driver.say(text, intent, entities: [("order_number", "10042")], fine: fine, facts: orders)
      #expect(driver.actions == [.getOrder(orderID: "10042"), .getPayment(paymentID: "P-1")], "\(text)")
      #expect(reply.text == "The payment for order 10042 is captured: $89.99 by Visa ending 4242.", "\(text): \(reply.text)")
    }
    // A declined payment is a failed checkout, and "I paid" says the payment was made: neither is a payment's status.
    #expect(!TurnReading.asksAboutPayment("my payment was declined") && !TurnReading.asksAboutPayment("i paid but it never came"))
  }

  @Test func resultsStayWhatAPlaceNamesPastAnAnswerAboutOneOrder() {
    var driver = Driver()
    _ = driver.say("running shoes", "search_items", entities: [("query", "running shoes")], facts: Self.rack)
    _ = driver.say("where is order 10043", "order_status", entities: [("order_number", "10043")], facts: Self.rack)
    let second = driver.say("is the second one in stock?", "search_items", facts: Self.rack)
    #expect(driver.actions.last == .getListing(listingID: "R2"))
    #expect(second.text.hasPrefix("Yes, Stride Running Shoes (result 2) is in stock: 4 available."), "\(second.text)")
    // After a list of orders, a place names an order.
    _ = driver.say("show me my orders", "order_status", facts: Self.rack)
    _ = driver.say("the second one", "order_status", facts: Self.rack)
    #expect(driver.actions.last == .getOrder(orderID: "10043"))
  }

  @Test func aGreetingOrAPleaForHelpInSpanishOrFrenchGetsWhatTheAssistantCanDo() {
    for text in ["hola, necesito ayuda", "bonjour, j'ai besoin d'aide", "Hallo, ich brauche Hilfe"] {
      var driver = Driver()
      let reply = driver.say(text, "out_of_scope", confidence: 0.3)
      #expect(reply.outcome == .resolved && reply.intent == "greeting", "\(text): \(reply.text)")
      #expect(reply.text.contains("I can check or track an order"), "\(reply.text)")
    }
    var driver = Driver()
    #expect(driver.say("hola, necesito ayuda", "out_of_scope", confidence: 0.3).text.hasPrefix("¡Hola!"))
    // A greeting before an ask is the ask's.
    _ = driver.say("hola, ¿dónde está mi pedido 10043?", "out_of_scope", confidence: 0.3, entities: [("order_number", "10043")], facts: orders)
    #expect(driver.actions.last == .getShipment(shipmentID: "S-9") || driver.actions.last == .getOrder(orderID: "10043"))
  }
}
