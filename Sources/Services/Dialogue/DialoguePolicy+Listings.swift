/// Questions about the search results just shown ("is the first one in stock?", "how much is the second one?",
/// "add the cheaper one"): the result is found in the list kept in the state and looked up in the listing API,
/// and the answer says only what the listing API gave (stock, price, seller).
extension DialoguePolicy {
  /// The step for a message about one of the results shown; nil when the message is not about one (no list of
  /// results was the last thing shown, no result is named, or a new product is named).
  func listingStep(_ input: TurnInput, state: DialogueState) -> DialogueStep? {
    let shown = state.recentListingIDs
    let question = ListingReading.question(input.text)
    // After an answer about an order, "the other one" is an order's; a product's question (stock, seller, buying)
    // is still about the results shown.
    let productQuestion = [.stock, .seller, .buy].contains(question)
    guard !shown.isEmpty, let reference = ListingReading.reference(input.text) else { return nil }
    // The results stay what a place names until a new search replaces them: an answer about one order in between, with
    // no list of orders shown, leaves them the only list ("the second one" two turns later). "The other one" and "it"
    // are the order's then.
    let onlyList = state.recentOrderIDs.isEmpty && reference != .other && reference != .focused
    guard state.shownLast == .listings || state.shownLast == nil && state.recentOrderIDs.isEmpty || onlyList || productQuestion,
          input.entity("order_number") == nil, !TurnReading.words(input.text).contains(where: { $0 == "order" || $0 == "orders" }),
          !ListingReading.namesAnotherProduct(input.entity("query")) else { return nil }
    // "Cancel the second one" asks a change of an order, whatever was shown last: only a question is a result's.
    if question == .details, ["cancel_order", "change_order", "return_refund"].contains(input.intent) { return nil }
    var state = state
    let index: Int?
    switch reference {
    case .position(let place):
      guard place < shown.count else { return whichResult(shown.count, state: state) }
      index = place == -1 ? shown.count - 1 : place
    case .cheapest, .dearest:
      // The prices kept are those of the list shown, in its order; an older state without them names no result.
      guard state.lastPrices.count == shown.count else { return nil }
      let priced = state.lastPrices.enumerated()
      index = reference == .cheapest ? priced.min { $0.element < $1.element }?.offset : priced.max { $0.element < $1.element }?.offset
    case .other:
      // Of two, the one not asked about; of more (or none asked about yet), which is asked.
      guard let other = Self.other(of: state.focusedListingID, in: shown) else { return whichResult(shown.count, state: state) }
      index = shown.firstIndex(of: other)
    case .focused:
      // "Cancel it" is about an order, whatever was shown: only a question about a result is taken.
      guard question != .details || ListingReading.asksForAnAttribute(input.text) else { return nil }
      // "Is it in stock?" right after a search, before any result was asked about: of one result that one, of more
      // which is asked (searching "it" found nothing). "Do you have it in red" refines the search instead.
      let refines = input.entity("colour") != nil || input.entity("size") != nil || TurnReading.colour(in: input.text) != nil
        || TurnReading.size(in: input.text) != nil
      if let focused = state.focusedListingID {
        index = shown.firstIndex(of: focused)
      } else if refines || state.shownLast != .listings {
        return nil
      } else if shown.count == 1 {
        index = 0
      } else {
        return whichResult(shown.count, state: state)
      }
    case .bestRated:
      // The ratings kept are those the search gave, in the list's order; none known is said rather than guessed.
      let ratings = state.lastRatings ?? []
      guard ratings.count == shown.count else { return nil }
      guard let best = ratings.enumerated().compactMap({ at, rating in rating.map { (at, $0) } }).max(by: { $0.1 < $1.1 }) else {
        state.misunderstandings = 0
        return .reply(Reply(text: "None of the \(shown.count) results shown has a rating yet, so I can't say which is rated best.",
                            quickReplies: ["Cheaper ones", "Talk to a person"], outcome: .resolved, intent: "search_items"), state)
      }
      index = best.0
    }
    guard let index else { return nil }
    state.focusedListingID = shown[index]
    state.misunderstandings = 0
    state.activeIntent = nil
    state.missing = []
    // "Do you have it in size 10?": the size is compared with the listing's, not left out of a yes.
    let size = input.entity("size").flatMap(TurnReading.searchSize) ?? TurnReading.size(in: input.text)
    let asked: ListingQuestion = reference == .bestRated ? .bestRated : size == nil ? question : .stock
    return .act(.getListing(listingID: shown[index]),
                DialogueContinuation(purpose: .listingQuestion(asked, position: index, size: size),
                                     intent: "search_items", state: state))
  }

  /// "Which one do you mean?" of the `count` results shown, when the message names none of them.
  func whichResult(_ count: Int, state: DialogueState) -> DialogueStep {
    var state = state
    state.misunderstandings = 0
    // One result shown: "the second one" can only be a slip for it, which is asked rather than "1 to 1".
    let text = count == 1 ? "I showed only one result. Do you mean that one (#1)?" : "I showed \(count) results. Which one do you mean (1 to \(count))?"
    return .reply(Reply(text: text,
                        quickReplies: (1...max(1, count)).map { "#\($0)" }, outcome: .needsInput, intent: "search_items"), state)
  }

  /// A question about a result ("is the first one in stock?", "who sells it?") when no product was shown in the
  /// conversation: there is nothing to refer back to, so the product is asked for rather than the message's own words
  /// ("first one") searched. Only a product's question (stock, seller, buying it) is taken after a list of orders,
  /// whose "second one" is an order; and a place word must name an item ("the second day delivery" names none).
  func nothingShownStep(_ input: TurnInput, state: DialogueState) -> DialogueStep? {
    let words = TurnReading.words(input.text)
    guard state.recentListingIDs.isEmpty, input.entity("order_number") == nil, !words.contains(where: { $0 == "order" || $0 == "orders" }),
          !ListingReading.namesAnotherProduct(input.entity("query")), let reference = ListingReading.reference(input.text),
          words.contains(where: { ListingReading.itemWords.contains($0) || $0.hasPrefix("#") }) else { return nil }
    let question = ListingReading.question(input.text)
    let productQuestion = [.stock, .seller, .buy].contains(question)
    switch reference {
    case .focused:
      // "It" is most often an order ("cancel it", "where is it"): only a product's question in a search is taken.
      guard productQuestion, input.intent == "search_items" else { return nil }
    default:
      guard productQuestion || (input.intent == "search_items" && state.recentOrderIDs.isEmpty) else { return nil }
    }
    var state = state
    state.misunderstandings = 0
    state.activeIntent = "search_items"
    state.missing = [.query]
    return .reply(Reply(text: "Which product do you mean? I haven't shown you any products in this conversation yet. Tell me what you're looking for and I'll search for it.",
                        quickReplies: ["Find a product"], outcome: .needsInput, intent: "search_items"), state)
  }

  /// The answer to `question` about `listing`, result `position` of the list: the fact asked for first, then
  /// the others the listing API gave; nothing it did not give.
  func listingAnswer(_ listing: ListingFact, question: ListingQuestion, position: Int, size asked: String? = nil, intent: String) -> Reply {
    let name = "\(listing.title) (result \(position + 1))"
    var price = listing.price.formatted
    if let original = listing.originalPrice, original.currency == listing.price.currency, original.minorUnits > listing.price.minorUnits {
      price += ", down from \(original.formatted)"
    }
    let stock = listing.stock.map { $0 > 0 ? "in stock (\($0) available)" : "sold out" }
    let seller = listing.sellerID.map { "sold by seller \($0)" }
    var lead: String
    var rest: [String?]
    switch question {
    case .stock where asked != nil:
      // A size asked for: the listing's own size says whether it is that one (one size a listing here).
      guard let size = listing.size else {
        lead = "The marketplace doesn't tell me which size \(name) is."
        rest = [stock, "price \(price)"]
        break
      }
      let same = size.lowercased() == asked?.lowercased()
      lead = same ? "\(name) is size \(size)" + (stock.map { ": \($0)." } ?? ".")
        : "\(name) is listed in size \(size) only, not in size \(TurnReading.quotable(asked ?? ""))."
      rest = same ? ["price \(price)", seller] : ["price \(price)", stock]
    case .stock:
      switch listing.stock {
      case let count? where count > 0: lead = "Yes, \(name) is in stock: \(count) available."
      case _?: lead = "No, \(name) is sold out."
      case nil: lead = "The marketplace doesn't tell me whether \(name) is in stock."
      }
      rest = ["price \(price)", seller]
    case .rating, .bestRated:
      let rating = listing.rating.flatMap { (0...5).contains($0) ? "rated \(Self.oneDecimal($0)) of 5" : nil }
      let reviews = listing.reviewCount.map { " from \($0) review\($0 == 1 ? "" : "s")" } ?? ""
      switch (rating, question) {
      case (let rating?, .bestRated): lead = "The best rated of the results shown is \(name): \(rating)\(reviews)."
      case (let rating?, _): lead = "\(name) is \(rating)\(reviews)."
      case (nil, _): lead = "\(name) has no rating yet."
      }
      rest = ["price \(price)", stock]
    case .price:
      lead = "\(name) costs \(price)."
      rest = [stock, seller]
    case .seller:
      lead = listing.sellerID.map { "\(name) is sold by seller \($0) (the marketplace gives me sellers' ids, not their names)." }
        ?? "The marketplace doesn't tell me who sells \(name)."
      rest = ["price \(price)", stock]
    case .buy, .details:
      lead = question == .buy ? "I can't add items to a basket or place orders from the chat. " : ""
      lead += "\(name): \(price)" + ([stock, seller].compactMap { $0 }.map { ", " + $0 }.joined()) + "."
      rest = [listing.colour.map { "colour \($0)" }, listing.size.map { "size \($0)" }, listing.rating.flatMap { (0...5).contains($0) ? "rated \(Self.oneDecimal($0)) of 5" : nil }]
    }
    let known = rest.compactMap { $0 }
    if !known.isEmpty {
      let joined = known.joined(separator: ", ")
      lead += " " + joined.prefix(1).uppercased() + joined.dropFirst() + "."
    }
    return Reply(text: lead, quickReplies: ["Cheaper ones", "Talk to a person"], cards: [listing], outcome: .resolved, intent: intent)
  }

  /// "4.5": a rating (0 to 5, checked by the caller) to one decimal.
  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
