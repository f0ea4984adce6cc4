@testable import MeshDialogue
import Testing

/// What dialog45's live run found besides the known list: a gift asked for by its words or person alone, a newcomer's
/// "how does this work" read as a greeting, and a German ask while a yes or no is awaited.
@Suite struct LiveRunRoundEightFindingsTests {
  static func shelf(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .search: return .listings([ListingFact(listingID: "L1", title: "Pace Yoga Mat", price: usd(4900))])
    default: return orders(action)
    }
  }

  @Test func aGiftNamedOnlyByItsWordsOrItsPersonAsksTheGiftQuestion() {
    // "I want a gift" (searched "gift") and "something for my dad" (searched "dad") name no product.
    for (text, query) in [("i want a gift", "gift"), ("something for my dad", "dad")] {
      var driver = Driver()
      let asked = driver.say(text, "search_items", entities: [("query", query)], facts: Self.shelf)
      #expect(driver.actions.isEmpty && asked.text.hasPrefix("I'd be glad to help you find a gift."), "\(text): \(asked.text)")
      _ = driver.say("she likes yoga and reading", "search_items", entities: [("query", "yoga reading")], facts: Self.shelf)
      #expect(driver.actions == [.search(SearchQuery(text: "yoga reading"))], "\(text)")
    }
    // A product for a person, or a gift product, is searched.
    var product = Driver()
    _ = product.say("a phone case for my dad", "search_items", entities: [("query", "phone case")], facts: Self.shelf)
    _ = product.say("gift wrap", "search_items", entities: [("query", "gift wrap")], facts: Self.shelf)
    #expect(product.actions == [.search(SearchQuery(text: "phone case")), .search(SearchQuery(text: "gift wrap"))])
  }

  @Test func aNewcomerAskingHowThisWorksHearsWhatTheAssistantDoesForABuyer() {
    var driver = Driver()
    let reply = driver.say("hi its my first time here how does this work", "greeting", facts: Self.shelf)
    #expect(reply.text.hasPrefix("Here is how I can help you buy:"), "\(reply.text)")
    let hello = driver.say("hi there", "greeting", facts: Self.shelf)
    #expect(hello.text.hasPrefix("Hello! I can check or track an order"), "\(hello.text)")
  }

  @Test func aGermanAskWhileAYesOrNoWaitsIsANewRequest() {
    var driver = Driver()
    _ = driver.say("you are the worst assistant ever", "greeting", facts: Self.shelf)
    #expect(driver.state.pending != nil)
    let german = driver.say("wo ist meine bestellung", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(german.text.hasPrefix(ForeignLanguage.german.answeringInEnglish), "\(german.text)")
    #expect(driver.state.pending == nil)
    // Anything else unclear still asks for the yes or no.
    var unclear = Driver()
    _ = unclear.say("you are the worst assistant ever", "greeting", facts: Self.shelf)
    let again = unclear.say("hmm", "out_of_scope", confidence: 0.2, facts: Self.shelf)
    #expect(again.text.hasPrefix("Please answer yes or no:"), "\(again.text)")
  }
}

/// "Who is the seller" after a question about one result: that result's seller, not "I can only help with shopping".
@Suite struct LiveRunRoundEightSellerOfAResultTests {
  @Test func aShortSellerQuestionIsAboutTheResultAskedAboutLast() {
    let shown = [ListingFact(listingID: "L1", title: "Stride Black Loafers", price: usd(3499)),
                 ListingFact(listingID: "L2", title: "Pace Black Sandals", price: usd(6599))]
    let facts: (DialogueAction) -> ActionResult = { action in
      switch action {
      case .search: return .listings(shown)
      case .getListing(let id): return .listing(ListingFact(listingID: id, title: id == "L1" ? "Stride Black Loafers" : "Pace Black Sandals",
                                                            price: usd(3499), sellerID: "S0012"))
      default: return .unavailable
      }
    }
    var driver = Driver()
    _ = driver.say("black shoes", "search_items", entities: [("query", "shoes"), ("colour", "black")], facts: facts)
    // None asked about yet: which one is asked.
    let which = driver.say("who is the seller", "out_of_scope", confidence: 0.3, facts: facts)
    #expect(which.text == "I showed 2 results. Which one do you mean (1 to 2)?", "\(which.text)")
    _ = driver.say("what is the rating of the cheapest one", "search_items", facts: facts)
    let seller = driver.say("who is the seller", "out_of_scope", confidence: 0.3, facts: facts)
    #expect(driver.actions.last == .getListing(listingID: "L1"))
    #expect(seller.text.hasPrefix("Stride Black Loafers (result 1) is sold by seller S0012"), "\(seller.text)")
    let rating = driver.say("ok and whats the rating", "greeting", confidence: 0.5, facts: facts)
    #expect(driver.actions.last == .getListing(listingID: "L1") && rating.text.hasPrefix("Stride Black Loafers (result 1)"), "\(rating.text)")
    // A delivery question or a price bound after results is no question of a result.
    #expect(ListingReading.reference("how much is delivery to france") == nil)
    #expect(ListingReading.reference("price under 50") == nil)
    // Read as a payment, a short price bound still refines the results.
    _ = driver.say("price under 50", "payment", confidence: 0.8, facts: facts)
    #expect(driver.actions.last == .search(SearchQuery(text: "shoes", colour: "black", maxPrice: 50)))
    #expect(!TurnReading.isShortPriceBound("was i charged under 50 for my order"))
  }
}

/// "What about a charger" after results (read as out of scope), and a delivery question after "Which product do you
/// mean?" (searched as its words).
@Suite struct LiveRunRoundEightFollowUpTests {
  static func shelf(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .search: return .listings([ListingFact(listingID: "L1", title: "Voltra Phone Case", price: usd(1500))])
    case .estimateDelivery: return .deliveryOptions([DeliveryOptionFact(carrier: "DHL", serviceLevel: "standard", cost: usd(990), transitDays: 3)])
    default: return .unavailable
    }
  }

  @Test func whatAboutAProductAfterResultsSearchesIt() {
    var driver = Driver()
    _ = driver.say("phone case", "search_items", entities: [("query", "phone case")], facts: Self.shelf)
    _ = driver.say("what about a charger in black", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "charger", colour: "black")))
    // A result, a filter, an order or delivery are not products.
    for text in ["what about the second one", "what about in blue", "what about my order", "what about shipping", "what about size 40"] {
      #expect(TurnReading.productAskedAbout(text) == nil, "\(text)")
    }
    // Without results shown it is left to the classifier.
    var fresh = Driver()
    _ = fresh.say("what about a charger", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(fresh.actions.isEmpty)
  }

  @Test func aConfidentOtherRequestIsNotTakenAsTheProductAskedFor() {
    var driver = Driver()
    driver.state.activeIntent = "search_items"
    driver.state.missing = [.query]
    _ = driver.say("how long does delivery take to the uk", "shipping", confidence: 0.9, entities: [("country", "uk")],
                   fine: "delivery.options", facts: Self.shelf)
    #expect(driver.actions == [.estimateDelivery(toCountry: "GB", weightGrams: 1000)])
    var answer = Driver()
    answer.state.activeIntent = "search_items"
    answer.state.missing = [.query]
    _ = answer.say("a phone charger", "out_of_scope", confidence: 0.4, facts: Self.shelf)
    #expect(answer.actions == [.search(SearchQuery(text: "a phone charger"))])
  }
}
