/// Searches: a follow-up refines the last search ("cheaper ones", "in blue"), and the reply lists the results, saying
/// so when the search service corrected the words ("wireles headphnes" searched as "wireless headphones").
extension DialoguePolicy {
  /// A search for `product` read from part of a message (`clause`, whose size and colour are the search's filters), as
  /// the NLU would give it for that part alone.
  static func search(_ product: String, in clause: String, confidence: Double) -> TurnInput {
    var search = TurnInput(text: clause, intent: "search_items", confidence: confidence, entities: [("query", product)])
    if let size = TurnReading.size(in: clause) { search.entities.append(("size", size)) }
    if let colour = TurnReading.colour(in: clause) { search.entities.append(("colour", colour)) }
    return search
  }

  func refine(_ last: SearchQuery, with input: TurnInput, state: DialogueState) -> SearchQuery? {
    let price = TurnReading.priceRefinement(input.text)
    // The NLU gives colours, sizes and price bounds only of a message it reads as a search: a follow-up's own words are read too.
    let colour = input.entity("colour") ?? TurnReading.colour(in: input.text)
    let size = input.entity("size").flatMap(TurnReading.searchSize) ?? TurnReading.size(in: input.text)
    // "More than 4 stars", "rated above 4": a rating bound, whose number is no price (the extractor reads "more than 4"
    // as one).
    let rating = TurnReading.ratingFloor(in: input.text)
    let ceiling = rating != nil ? nil : input.entity("price_max").flatMap(Self.amount) ?? TurnReading.priceCeiling(in: input.text)
    let floor = rating != nil ? nil : input.entity("price_min").flatMap(Self.amount) ?? TurnReading.priceFloor(in: input.text)
    guard price != nil || colour != nil || size != nil || ceiling != nil || floor != nil || rating != nil else { return nil }
    // A new product named with the colour ("blue jeans") is a new search, not a follow-up.
    // "Do you have it in red" (the product phrase "it") names none: a follow-up.
    if let query = input.entity("query"), !query.isEmpty, query != last.text, input.intent == "search_items", price == nil,
       ListingReading.namesAnotherProduct(query) {
      return nil
    }
    var refined = last
    if let colour { refined.colour = colour }
    if let size { refined.size = size }
    if let ceiling { refined.maxPrice = ceiling }
    if let floor { refined.minPrice = floor }
    if let rating { refined.minRating = rating }
    switch price {
    // Cheaper ones drop a floor asked for before, dearer ones a ceiling ("under 50", then "more expensive ones":
    // over the dearest shown, not also under 50).
    case .cheaper?:
      if let cheapest = state.lastPrices.min() { refined.maxPrice = max(0, cheapest - 0.01) }
      refined.minPrice = nil
      refined.cheapestFirst = true
    case .pricier?:
      if let dearest = state.lastPrices.max() { refined.minPrice = dearest + 0.01 }
      refined.maxPrice = nil
      refined.cheapestFirst = false
    case nil: break
    }
    return refined
  }

  /// The reply to a search; `corrected` is the query as the search service read it when it replaced words it does
  /// not know ("wireles headphnes" as "wireless headphones"): the results are for those words, and the reply says so.
  func searchReply(_ query: SearchQuery, _ listings: [ListingFact], corrected: String? = nil, state: inout DialogueState) -> Reply {
    let correction = corrected.flatMap { Self.differentWords($0, query.text) ? $0 : nil }
    var searched = query
    if let correction { searched.text = correction }
    // Follow-ups ("cheaper ones") refine the words the results were found with.
    state.lastSearch = searched
    state.activeIntent = nil
    state.missing = []
    var filters = ""
    if let colour = query.colour { filters += " in \(colour)" }
    if let size = query.size { filters += " in size \(TurnReading.quotable(size))" }
    // A range (a gift's "around 40") reads as one: "from 30.00 to 50.00".
    if let min = query.minPrice, let max = query.maxPrice { filters += " from \(Self.price(min)) to \(Self.price(max))" }
    else if let max = query.maxPrice { filters += " under \(Self.price(max))" }
    else if let min = query.minPrice { filters += " over \(Self.price(min))" }
    if let rating = query.minRating { filters += " rated \(Self.oneDecimal(rating)) or more" }
    let described = (query.text.isEmpty ? "products" : "\"\(TurnReading.quotable(query.text))\"") + filters
    // A gift's search says which interest found nothing, in the shopper's words (a gift question's budget alone, left
    // when the shopper moved on, is no gift search, unless its search has no words: the budget answered the question).
    let gift = state.gift.flatMap { $0.interests.isEmpty && !query.text.isEmpty ? nil : $0 }
    state.gift = nil
    if let gift, listings.isEmpty, let unmatched = Self.unmatchedInterests(gift, titles: []) {
      return Reply(text: "I found nothing for \(unmatched)\(filters). Tell me another thing they like, or a kind of product.",
                   outcome: .resolved, intent: "search_items")
    }
    guard !listings.isEmpty else {
      let also = correction.map { " (nor \"\(TurnReading.quotable($0))\")" } ?? ""
      // A size asked for that no listing of these words has is said as such: other sizes may well exist.
      let priced = query.minPrice != nil || query.maxPrice != nil
      let hint = query.minRating != nil && query.size == nil ? "Try a lower rating, other words or a wider price range."
        : query.size == nil ? "Try other words or a wider price range."
        : priced ? "Try another size, other words or a wider price range." : "No listing of these has that size; try another size or other words."
      return Reply(text: "I found no \(described)\(also). \(hint)", outcome: .resolved, intent: "search_items")
    }
    let shown = Array(listings.prefix(cardsPerSearch))
    state.recentListingIDs = shown.map(\.listingID)
    state.lastPrices = shown.map(\.price.decimal)
    state.lastRatings = shown.map(\.rating)
    state.shownLast = .listings
    state.focusedListingID = nil
    // Asked by rating, each result's rating is said: the marketplace's, from its reviews.
    let lines = shown.enumerated().map { at, listing in
      "\(at + 1). \(listing.title): \(listing.price.formatted)" + (query.minRating == nil ? "" : Self.ratingNote(listing))
    }
    // The marketplace matches any of the words (colour, size, price and rating are filters every result meets), best
    // first: results without all of them are said to be so, none is passed off as what was asked.
    // (Said in the heading: clients show the results as cards, not as these lines.)
    let whole = shown.prefix { Self.titleHoldsAll(searched.text, $0.title) }.count
    let partly = whole == 0 || whole == shown.count ? ""
      : " (" + (whole + 1 == shown.count ? "result \(shown.count) matches" : "results \(whole + 1) to \(shown.count) match") + " only some of the words)"
    let heading: String
    if let gift, gift.interests.isEmpty {
      // The marketplace orders a search without words by rating.
      heading = "Gift ideas\(filters), the best rated first (tell me what they like and I'll narrow it down):\n"
    } else if let gift {
      let missed = Self.unmatchedInterests(gift, titles: shown.map(\.title)).map { " (nothing matched \($0))" } ?? ""
      heading = "Gift ideas for " + gift.interests.map { "\"\(TurnReading.quotable($0))\"" }.joined(separator: " or ") + filters + missed + ":\n"
    } else if whole == 0, !searched.text.isEmpty {
      let wanted = "\"\(TurnReading.quotable(searched.text))\"" + filters
      let instead = correction.map { " (I read \"\(TurnReading.quotable(query.text))\" as \"\(TurnReading.quotable($0))\")" } ?? ""
      heading = "I found no \(wanted)\(instead). The nearest the marketplace has\(filters), matching only some of the words:\n"
    } else {
      heading = (correction.map { "Showing results for \"\(TurnReading.quotable($0))\" instead of \"\(TurnReading.quotable(query.text))\"\(filters.isEmpty ? "" : "," + filters)" }
        ?? "Here is what I found for \(described)") + partly + ":\n"
    }
    return Reply(text: heading + lines.joined(separator: "\n"), quickReplies: ["Cheaper ones", "Talk to a person"],
                 cards: shown, outcome: .resolved, intent: "search_items")
  }

  /// Words the marketplace's full-text search ignores (no lexeme in its english configuration), left out of the check.
  static let unsearchedWords: Set<String> = ["a", "an", "the", "for", "with", "and", "or", "of", "in", "on", "to", "some", "any", "my", "me",
                                             "her", "his", "their", "from", "by", "at", "it", "that", "this"]

  /// Whether a result's title holds every searched word (as singular or plural, "T-Shirt" for "t-shirts"), the way a
  /// shopper reads it: "Polo Shirt" is no "t-shirts", "Wireless Mouse" no "wireless headphones".
  static func titleHoldsAll(_ searched: String, _ title: String) -> Bool {
    func words(_ text: String) -> [Substring] { text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" } }
    let held = words(title)
    return words(searched).filter { !unsearchedWords.contains(String($0)) }.allSatisfy { word in held.contains { sameWordBesidesNumber($0, word) } }
  }

  /// ", rated 4.5 of 5 (120 reviews)": a result's rating as the marketplace gives it; empty when it has none.
  static func ratingNote(_ listing: ListingFact) -> String {
    guard let rating = listing.rating, (0...5).contains(rating) else { return "" }
    return ", rated \(oneDecimal(rating)) of 5" + (listing.reviewCount.map { " (\($0) review\($0 == 1 ? "" : "s"))" } ?? "")
  }

  /// Whether two searches differ in their words, split as the search service splits them (letters and digits), so
  /// "T-shirt" read as "t shirt" is not a correction; nor is an English plural or singular ending ("dresses" read as
  /// "dress", "batteries" as "battery"): the catalogue's words are its titles' (mostly singular), and its full-text
  /// search stems them, so the same listings are found.
  static func differentWords(_ a: String, _ b: String) -> Bool {
    func words(_ text: String) -> [Substring] { text.lowercased().split { !$0.isLetter && !$0.isNumber } }
    let (left, right) = (words(a), words(b))
    return left.count != right.count || zip(left, right).contains { !sameWordBesidesNumber($0, $1) }
  }

  /// "dress" and "dresses", "battery" and "batteries", "shoe" and "shoes": one word, in the singular and the plural.
  static func sameWordBesidesNumber(_ a: Substring, _ b: Substring) -> Bool {
    if a == b { return true }
    let (short, long) = a.count < b.count ? (a, b) : (b, a)
    if long == short + "s" || long == short + "es" { return true }
    return short.hasSuffix("y") && long == short.dropLast() + "ies"
  }
}
