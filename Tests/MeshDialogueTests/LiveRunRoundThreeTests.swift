@testable import MeshDialogue
import Testing

/// Wrong answers of the third live run (dialog40), each by its kind: a pick asked as a question, "my last order",
/// dearer results after a ceiling, "the same in red", a result's colour or size, and a parcel's weight and
/// country the classifier did not read as a quote.
@Suite struct LiveRunRoundThreeTests {
  @Test func aPickAskedAsAQuestionIsAPickWhateverTheClassifierSaid() {
    var driver = Driver()
    _ = driver.say("show me my orders", "order_status", fine: "order.status", facts: orders)
    let third = driver.say("what about the third one", "feedback", confidence: 0.8, fine: "complaint", facts: orders)
    #expect(driver.actions.last == .getOrder(orderID: "10044") && third.text.hasPrefix("Order 10044"), "\(third.text)")
    #expect(TurnReading.isOnlyAPick("and the second?") && !TurnReading.isOnlyAPick("what about the second day delivery to france"))
  }

  @Test func myLastOrderIsTheNewestNotTheLastOfTheListShown() {
    var driver = Driver()
    _ = driver.say("show me my orders", "order_status", fine: "order.status", facts: orders)
    _ = driver.say("i was charged twice for my last order", "payment", fine: "payment.charged_twice", facts: orders)
    #expect(driver.actions.contains(.getOrder(orderID: "10042")) && !driver.actions.contains(.getOrder(orderID: "10044")))
    // The last one of a list shown is still that list's last.
    var listed = Driver()
    _ = listed.say("show me my orders", "order_status", fine: "order.status", facts: orders)
    _ = listed.say("the last one", "out_of_scope", confidence: 0.3, facts: orders)
    #expect(listed.actions.last == .getOrder(orderID: "10044"))
  }

  @Test func dearerResultsDropTheCeilingAndTheSameInAColourRefinesTheSearch() {
    var driver = Driver()
    _ = driver.say("show me jeans", "search_items", entities: [("query", "jeans")], facts: shelf)
    _ = driver.say("under 50", "search_items", confidence: 0.6, entities: [("price_max", "50")], facts: shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "jeans", maxPrice: 50)))
    _ = driver.say("more expensive ones", "search_items", confidence: 0.6, facts: shelf)
    guard case .search(let dearer)? = driver.actions.last else { Issue.record("no search"); return }
    #expect(dearer.maxPrice == nil && dearer.minPrice != nil && dearer.text == "jeans")
    _ = driver.say("do you have the same in red", "search_items", entities: [("query", "same"), ("colour", "red")], facts: shelf)
    guard case .search(let red)? = driver.actions.last else { Issue.record("no search"); return }
    #expect(red.text == "jeans" && red.colour == "red")
  }

  @Test func aResultsColourOrSizeIsAnsweredFromTheListing() {
    var driver = Driver()
    _ = driver.say("show me boots", "search_items", entities: [("query", "boots")], facts: shelf)
    _ = driver.say("is the first one in stock", "search_items", facts: shelf)
    let colour = driver.say("what colour is it?", "search_items", entities: [("query", "colour")], facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "D") && colour.text.hasPrefix("Hiking Boots (result 1)"), "\(colour.text)")
    #expect(colour.text.contains("Size 42"), "\(colour.text)")
    // "Cancel it" is still not a result's.
    #expect(!ListingReading.asksForAnAttribute("cancel it"))
  }

  @Test func aWeightAndACountryAreAQuoteWhateverTheClassifierSaid() {
    var driver = Driver()
    let quote = driver.say("what about a 2 kg parcel to canada", "out_of_scope", confidence: 0.7, facts: kettleNotNewestFacts)
    #expect(driver.actions == [.estimateDelivery(toCountry: "CA", weightGrams: 2000)] && quote.text.hasPrefix("Delivery to Canada (CA)"))
    // A weight alone is not.
    var plain = Driver()
    let other = plain.say("i weigh 80 kg", "out_of_scope", confidence: 0.7, facts: kettleNotNewestFacts)
    #expect(plain.actions.isEmpty && other.outcome == .notUnderstood)
  }
}
