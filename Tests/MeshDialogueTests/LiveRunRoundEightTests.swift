@testable import MeshDialogue
import Testing

/// Wrong answers of the engineer's live run after dialog44 (dialog45's list): a product beside a delivery question in
/// either order or label, the cart the marketplace does not have, a gift question answered with a budget alone, "where
/// is my order" in German while the number is asked, and a seller asking about a buyer's order.
@Suite struct LiveRunRoundEightTests {
  static let jacket = ListingFact(listingID: "L1", title: "Nimbus Rain Jacket", price: usd(5900))
  static let shoes = ListingFact(listingID: "L2", title: "Stride Red Shoes", price: usd(4900), colour: "red")

  static func shelf(_ action: DialogueAction) -> ActionResult {
    switch action {
    case .search: return .listings([jacket, shoes])
    case .estimateDelivery: return .deliveryOptions([DeliveryOptionFact(carrier: "DHL", serviceLevel: "standard", cost: usd(990), transitDays: 3)])
    case .createTicket: return .ticket(ticketID: "T-5")
    default: return orders(action)
    }
  }

  @Test func aProductBesideADeliveryQuestionIsSearchedWhicheverComesFirstOrLabel() {
    // Labelled a search, the product first: the delivery to the country named is said next, and quoted when asked.
    var search = Driver()
    let found = search.say("do you have rain boots and what does delivery to austria cost", "search_items",
                           entities: [("query", "rain boots"), ("country", "austria")], facts: Self.shelf)
    #expect(search.actions == [.search(SearchQuery(text: "rain boots"))])
    // On a line of its own after the numbered results (clients showing them as cards drop the last result's line).
    #expect(found.text.hasSuffix("\nYou also asked what delivery to Austria (AT) costs: ask me about it next."), "\(found.text)")
    #expect(search.state.offer == nil && found.quickReplies.first == "What does delivery cost?")
    _ = search.say("What does delivery cost?", "shipping", fine: "delivery.options", facts: Self.shelf)
    #expect(search.actions.last == .estimateDelivery(toCountry: "AT", weightGrams: 1000))
    // The delivery first, the product after "for a" or in a later clause.
    var after = Driver()
    _ = after.say("how much is shipping to germany for a rain jacket in size l", "shipping", entities: [("country", "germany")],
                  fine: "delivery.options", facts: Self.shelf)
    #expect(after.actions == [.search(SearchQuery(text: "rain jacket", size: "L"))])
    var later = Driver()
    _ = later.say("how much is shipping to germany and do you have rain jackets", "shipping", entities: [("country", "germany")],
                  fine: "delivery.options", facts: Self.shelf)
    #expect(later.actions == [.search(SearchQuery(text: "rain jackets"))])
    // A parcel quoted, a request on an order, or a product alone are no such pair.
    var parcel = Driver()
    _ = parcel.say("how much is shipping to germany for a 2 kg parcel", "shipping", entities: [("country", "germany")],
                   fine: "delivery.options", facts: Self.shelf)
    #expect(parcel.actions == [.estimateDelivery(toCountry: "DE", weightGrams: 2000)])
    #expect(TurnReading.productAskBesideDelivery("i need to return an item and what does shipping cost") == nil)
    #expect(TurnReading.productAskBesideDelivery("do you have rain jackets in red") == nil)
    #expect(TurnReading.productAskBesideDelivery("how much is shipping to germany") == nil)
  }

  @Test func theCartTheMarketplaceLacksIsSaidSoNeverARefinement() {
    var driver = Driver()
    _ = driver.say("red shoes", "search_items", entities: [("query", "shoes"), ("colour", "red")], facts: Self.shelf)
    let cart = driver.say("delete from my cart the red shoes", "search_items", entities: [("query", "shoes"), ("colour", "red")],
                          facts: Self.shelf)
    #expect(driver.actions.count == 1)
    #expect(cart.text.hasPrefix("I can't see or change a shopping cart: the marketplace gives me its listings and your orders, but no cart"),
            "\(cart.text)")
    #expect(cart.quickReplies.contains("Cancel an order"))
    // A follow-up in a colour still refines, and a basket sold as a product is searched.
    _ = driver.say("do you have it in blue", "search_items", entities: [("colour", "blue")], facts: Self.shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "shoes", colour: "blue")))
    _ = driver.say("a picnic basket", "search_items", entities: [("query", "picnic basket")], facts: Self.shelf)
    #expect(driver.actions.last == .search(SearchQuery(text: "picnic basket")))
    #expect(TurnReading.asksAboutCart("remove them from the shopping cart") && TurnReading.asksAboutCart("whats in my basket"))
    #expect(!TurnReading.asksAboutCart("is the basket waterproof") && !TurnReading.asksAboutCart("baskets in wicker"))
  }

  @Test func aBudgetAloneAnswersTheGiftQuestionWithGiftIdeasInIt() {
    var around = Driver()
    _ = around.say("i need a birthday gift", "out_of_scope", confidence: 0.6)
    let ideas = around.say("around 30", "out_of_scope", confidence: 0.2, facts: Self.shelf)
    #expect(around.actions == [.search(SearchQuery(text: "", minPrice: 23, maxPrice: 38))])
    #expect(ideas.text.hasPrefix("Gift ideas from 23.00 to 38.00, the best rated first (tell me what they like and I'll narrow it down):\n1. "),
            "\(ideas.text)")
    var ceiling = Driver()
    _ = ceiling.say("something for my dad's birthday", "out_of_scope", confidence: 0.6)
    _ = ceiling.say("not more than 25 euros", "search_items", entities: [("price_max", "25 euros")], facts: Self.shelf)
    #expect(ceiling.actions == [.search(SearchQuery(text: "", maxPrice: 25))])
    // "Not more than" is a ceiling, never a floor, in the policy's own reading too; "more than 25" stays a floor.
    #expect(TurnReading.priceFloor(in: "not more than 25") == nil && TurnReading.priceCeiling(in: "not more than 25") == 25)
    #expect(TurnReading.priceFloor(in: "more than 25") == 25)
    // After a normal search, a budget's words are a refinement, not gift ideas.
    var plain = Driver()
    _ = plain.say("rain jacket", "search_items", entities: [("query", "rain jacket")], facts: Self.shelf)
    _ = plain.say("under 30", "search_items", entities: [("price_max", "30")], facts: Self.shelf)
    #expect(plain.actions.last == .search(SearchQuery(text: "rain jacket", maxPrice: 30)))
  }

  @Test func whereIsMyOrderInGermanWhileTheNumberIsAskedAsksForItInGerman() {
    var driver = Driver()
    driver.state.activeIntent = "order_status"
    driver.state.missing = [.orderNumber]
    let again = driver.say("wo ist meine bestellung", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(again.text == "Um welche Bestellung geht es? Bitte nennen Sie mir die Bestellnummer. (Which order is it about? Please give me the order number.)")
    #expect(driver.actions.isEmpty && driver.state.missing == [.orderNumber])
    _ = driver.say("10042", "order_status", facts: Self.shelf)
    #expect(driver.actions == [.getOrder(orderID: "10042")])
    // Another ask in the language is a new request; an English question out of scope keeps the one asked.
    var cancel = Driver()
    cancel.state.activeIntent = "order_status"
    cancel.state.missing = [.orderNumber]
    let other = cancel.say("ich möchte meine bestellung stornieren", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(other.text.hasPrefix(ForeignLanguage.german.answeringInEnglish), "\(other.text)")
    #expect(cancel.actions == [.listOrders] && cancel.state.activeIntent == "cancel_order", "\(other.text)")
    var english = Driver()
    english.state.activeIntent = "order_status"
    english.state.missing = [.orderNumber]
    let kept = english.say("who won the world cup", "out_of_scope", confidence: 0.9)
    #expect(kept.text == "Sorry, I can only help with shopping here. Which order is it about? Please give me the order number.")
  }

  @Test func aSellerAskingAboutABuyersOrderHearsWhatTheMarketplaceAllows() {
    var driver = Driver()
    let seller = driver.say("a buyer says order 1042 never arrived, what do I do", "sell_item", entities: [("order_number", "1042")],
                            facts: Self.shelf)
    #expect(driver.actions.isEmpty)
    #expect(seller.text.hasPrefix("I can only see the orders of the account you're signed in with, not orders your buyers placed, so I can't "
                                  + "look up order 1042 for you."), "\(seller.text)")
    #expect(seller.text.hasSuffix("Shall I pass your question to a person?") && !seller.text.contains("dashboard"))
    _ = driver.say("yes", "out_of_scope", confidence: 0.3, facts: Self.shelf)
    #expect(driver.actions == [.createTicket(reason: "a seller asks about a buyer's order 1042 (asked in chat)")])
    // Whatever the label: a seller's words about their buyers' orders.
    var missing = Driver()
    _ = missing.say("my customer says his parcel never arrived", "shipping", fine: "delivery.missing", facts: Self.shelf)
    #expect(missing.actions.isEmpty)
    // Selling in general: no seller tools invented; a shopper's own order stays theirs.
    var selling = Driver()
    let how = selling.say("how can i sell my old bike here", "sell_item", facts: Self.shelf)
    #expect(how.text.hasPrefix("I help shoppers buy: the marketplace gives me no seller tools"), "\(how.text)")
    var shopper = Driver()
    _ = shopper.say("the seller says my order 10043 was shipped, where is it", "order_status", entities: [("order_number", "10043")],
                    facts: Self.shelf)
    #expect(shopper.actions.first == .getOrder(orderID: "10043"))
  }
}
