import MeshDialogue
import Testing

/// Three search results and what the listing API says of each: in stock with a seller, sold out, and one whose
/// stock and seller the API left out (the answer must then say it does not know).
func shelf(_ action: DialogueAction) -> ActionResult {
  switch action {
  case .search(let query) where query.text == "jeans":
    return .listings([ListingFact(listingID: "A", title: "Slim Jeans", price: usd(8000), colour: "black"),
                      ListingFact(listingID: "B", title: "Wide Jeans", price: usd(4000), colour: "blue"),
                      ListingFact(listingID: "C", title: "Kids Jeans", price: usd(2000), colour: "blue")])
  case .search(let query) where query.text == "boots":
    return .listings([ListingFact(listingID: "D", title: "Hiking Boots", price: usd(9000)),
                      ListingFact(listingID: "E", title: "Rain Boots", price: usd(3000))])
  case .getListing("A"): return .listing(ListingFact(listingID: "A", title: "Slim Jeans", price: usd(8000), colour: "black", stock: 3, sellerID: "S00007"))
  case .getListing("B"): return .listing(ListingFact(listingID: "B", title: "Wide Jeans", price: usd(4000), stock: 0, sellerID: "S00002"))
  case .getListing("C"): return .listing(ListingFact(listingID: "C", title: "Kids Jeans", price: usd(2000), originalPrice: usd(2500)))
  case .getListing("D"): return .listing(ListingFact(listingID: "D", title: "Hiking Boots", price: usd(9000), stock: 1, sellerID: "S00001", size: "42"))
  case .getListing("E"): return .notFound
  default: return orders(action)
  }
}

@Suite struct ListingQuestionPolicyTests {
  @Test func aResultNamedByItsPlaceOrItsPriceIsLookedUpNotSearchedAgain() {
    var driver = Driver()
    _ = driver.say("show me jeans", "search_items", entities: [("query", "jeans")], facts: shelf)
    // The classifier's product phrase of the message is its own words: they are not searched.
    let stock = driver.say("is the first one in stock?", "search_items", entities: [("query", "first one in stock")],
                           fine: "product.availability", facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "A"))
    #expect(stock.text == "Yes, Slim Jeans (result 1) is in stock: 3 available. Price $80.00, sold by seller S00007.")
    #expect(stock.cards.map(\.listingID) == ["A"] && driver.state.focusedListingID == "A")
    // Read as a payment question by the classifier: it names a result all the same.
    let price = driver.say("how much is the second one?", "payment", confidence: 0.7, facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "B"))
    #expect(price.text == "Wide Jeans (result 2) costs $40.00. Sold out, sold by seller S00002.")
    let add = driver.say("add the cheaper one", "place_order", confidence: 0.8, facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "C"))
    #expect(add.text == "I can't add items to a basket or place orders from the chat. Kids Jeans (result 3): $20.00, down from $25.00.")
    // The listing API gave no stock for it: said so, and nothing invented.
    let again = driver.say("is it still available", "search_items", confidence: 0.6, facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "C"))
    #expect(again.text == "The marketplace doesn't tell me whether Kids Jeans (result 3) is in stock. Price $20.00, down from $25.00.")
    // A correction names the result as well (the classifier's product phrase is "no wait").
    _ = driver.say("no wait, the cheapest one", "search_items", confidence: 0.35, entities: [("query", "no wait")], facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "C"))
    let seller = driver.say("who sells the most expensive one", "sell_item", confidence: 0.6, facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "A"))
    #expect(seller.text.hasPrefix("Slim Jeans (result 1) is sold by seller S00007 (the marketplace gives me sellers' ids, not their names)."))
    let tooFar = driver.say("the fifth one", "search_items", confidence: 0.5, facts: shelf)
    #expect(tooFar.text == "I showed 3 results. Which one do you mean (1 to 3)?" && tooFar.quickReplies == ["#1", "#2", "#3"])
    #expect(driver.actions.filter { if case .search = $0 { true } else { false } }.count == 1)
  }

  @Test func cheaperOnesAndANewProductAreStillSearches() {
    var driver = Driver()
    _ = driver.say("show me jeans", "search_items", entities: [("query", "jeans")], facts: shelf)
    _ = driver.say("cheaper ones", "out_of_scope", confidence: 0.3, facts: shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "jeans", maxPrice: 19.99, cheapestFirst: true)))
    _ = driver.say("show me jeans", "search_items", entities: [("query", "jeans")], facts: shelf)
    _ = driver.say("show me the cheapest laptops", "search_items", entities: [("query", "cheapest laptops")], facts: shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "laptops", cheapestFirst: true)))
    // A place word that does not name a result ("first, ...") leaves the message to what it asks.
    _ = driver.say("first, do you ship to france?", "shipping", entities: [("country", "France")], fine: "delivery.options", facts: shelf)
    #expect(driver.actions.last == .estimateDelivery(toCountry: "FR", weightGrams: 1000))
  }

  @Test func theOtherOneOfTwoAndAListingGoneSinceTheSearch() {
    var driver = Driver()
    _ = driver.say("boots", "search_items", entities: [("query", "boots")], facts: shelf)
    let first = driver.say("tell me about the first one", "search_items", confidence: 0.6, facts: shelf)
    #expect(first.text == "Hiking Boots (result 1): $90.00, in stock (1 available), sold by seller S00001. Size 42.")
    let other = driver.say("and the other one?", "out_of_scope", confidence: 0.3, facts: shelf)
    #expect(driver.actions.last == .getListing(listingID: "E"))
    #expect(other.text == "That listing is no longer on the marketplace. Shall I search again?")
    // A size asked for is compared with the listing's size, never left out of a yes.
    let ten = driver.say("do you have the first one in size 10?", "search_items", entities: [("query", "first one"), ("size", "10")], facts: shelf)
    #expect(ten.text == "Hiking Boots (result 1) is listed in size 42 only, not in size 10. Price $90.00, in stock (1 available).")
    let fortyTwo = driver.say("do you have it in size 42", "search_items", entities: [("query", "it"), ("size", "42")], facts: shelf)
    #expect(fortyTwo.text == "Hiking Boots (result 1) is size 42: in stock (1 available). Price $90.00, sold by seller S00001.")
    let unknown = driver.say("is the second one in size 10", "search_items", entities: [("size", "10")]) { _ in
      .listing(ListingFact(listingID: "E", title: "Rain Boots", price: usd(3000), stock: 2))
    }
    #expect(unknown.text == "The marketplace doesn't tell me which size Rain Boots (result 2) is. In stock (2 available), price $30.00.")
  }

  @Test func afterAnOrderListThePickIsAnOrderAndItIsNotAResult() {
    var driver = Driver()
    _ = driver.say("show me jeans", "search_items", entities: [("query", "jeans")], facts: shelf)
    _ = driver.say("show me my orders", "order_status", facts: shelf)
    let pick = driver.say("the second one", "order_status", confidence: 0.6, facts: shelf)
    #expect(driver.actions.last == .getOrder(orderID: "10043") && pick.text.hasPrefix("Order 10043"))
    // "Cancel it" with a result asked about before is about the order in focus.
    var mixed = Driver()
    _ = mixed.say("show me jeans", "search_items", entities: [("query", "jeans")], facts: shelf)
    _ = mixed.say("is the first one in stock", "search_items", facts: shelf)
    mixed.state.focusedOrderID = "10042"
    _ = mixed.say("cancel it", "cancel_order", facts: shelf)
    #expect(mixed.actions.last == .getOrder(orderID: "10042") && mixed.state.pending == .cancel(orderID: "10042"))
  }
}
