@testable import MeshDialogue
import Testing

/// Wrong answers dialog43 left (dialog44's list): the answer to the gift question read as interests and a budget, a gift
/// ask naming a person but no product, and a product asked for beside a delivery question.
@Suite struct LiveRunRoundSevenTests {
  /// Gardening goods and nothing for cooking; nothing at all for knitting.
  static func shelf(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .search(let query) where query.text.contains("knitting"): return .listings([])
    case .search:
      return .listings([ListingFact(listingID: "L1", title: "Verde Gardening Tool Set", price: usd(3900)),
                        ListingFact(listingID: "L2", title: "Verde Gardening Gloves", price: usd(3200))])
    default: return orders(action)
    }
  }

  @Test func theAnswerToTheGiftQuestionIsSearchedAsInterestsWithinItsBudget() {
    var driver = Driver()
    _ = driver.say("something nice for my mum's birthday", "out_of_scope", confidence: 0.6)
    let found = driver.say("she likes gardening and cooking, around 40 euros", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "gardening cooking", minPrice: 30, maxPrice: 50)))
    #expect(found.text.hasPrefix("Gift ideas for \"gardening\" or \"cooking\" from 30.00 to 50.00 (nothing matched \"cooking\"):\n1. Verde"),
            "\(found.text)")
    var none = Driver()
    _ = none.say("i need a birthday gift", "out_of_scope", confidence: 0.6)
    let nothing = none.say("my sister loves knitting, under 50", "search_items", entities: [("query", "sister loves knitting")], facts: Self.shelf)
    #expect(none.actions.last == .search(SearchQuery(text: "knitting", maxPrice: 50)))
    #expect(nothing.text.hasPrefix("I found nothing for \"knitting\" under 50.00."), "\(nothing.text)")
    #expect(TurnReading.giftWish("he enjoys board games and hiking") == GiftWish(interests: ["board games", "hiking"]))
    #expect(TurnReading.giftWish("she's into yoga, about 20") == GiftWish(interests: ["yoga"], minPrice: 15, maxPrice: 25))
    // "Under 3 days" is no budget.
    #expect(TurnReading.giftWish("he likes running, under 3 days").maxPrice == nil)
  }

  @Test func aGiftAskNamingAPersonButNoProductAsksTheGiftQuestionAndKeepsItsBudget() {
    var driver = Driver()
    let asked = driver.say("a present for my brother", "search_items", entities: [("query", "present")], facts: Self.shelf)
    #expect(driver.actions.isEmpty && asked.text.hasPrefix("I'd be glad to help you find a gift."), "\(asked.text)")
    var budget = Driver()
    _ = budget.say("a gift for my dad under 30", "search_items", entities: [("query", "gift"), ("price_max", "30")], facts: Self.shelf)
    #expect(budget.actions.isEmpty)
    _ = budget.say("he loves hiking", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(budget.actions == [.search(SearchQuery(text: "hiking", maxPrice: 30))])
    // The ask saying what they like is searched at once.
    var gaming = Driver()
    _ = gaming.say("i need a present for my brother he likes gaming", "search_items", entities: [("query", "present")], facts: Self.shelf)
    #expect(gaming.actions == [.search(SearchQuery(text: "gaming"))])
    // Searches that name no person for a gift stay searches.
    var plain = Driver()
    _ = plain.say("gardening gloves under 20", "search_items", entities: [("query", "gardening gloves"), ("price_max", "20")], facts: Self.shelf)
    _ = plain.say("a present wrap", "search_items", entities: [("query", "present wrap")], facts: Self.shelf)
    #expect(plain.actions == [.search(SearchQuery(text: "gardening gloves", maxPrice: 20)), .search(SearchQuery(text: "present wrap"))])
  }

  @Test func aProductAskedBesideADeliveryQuestionIsSearchedAndTheDeliveryOffered() {
    var driver = Driver()
    let reply = driver.say("do you have a rain jacket in size l and how much is shipping to germany", "shipping",
                           entities: [("country", "germany")], fine: "delivery.options", facts: Self.shelf)
    #expect(driver.actions == [.search(SearchQuery(text: "rain jacket", size: "L"))])
    #expect(reply.text.hasSuffix("You also asked what delivery to Germany (DE) costs: ask me about it next."), "\(reply.text)")
    #expect(TurnReading.productAskBesideDelivery("how much is shipping to germany") == nil)
    #expect(TurnReading.productAskBesideDelivery("do you have rain jackets in red") == nil)
  }
}
