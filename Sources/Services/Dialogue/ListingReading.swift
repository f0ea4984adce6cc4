/// Reading a message about the search results just shown: which result it means ("the first one", "the cheaper
/// one", "the other one", "it") and what it asks of it (stock, price, seller, buying it).
enum ListingReading {
  /// A result named by its place in the list or by comparing the results.
  enum Reference: Equatable {
    /// Its place, from 0; -1 for "the last one".
    case position(Int)
    /// "The cheaper one", "the cheapest", "the least expensive".
    case cheapest
    /// "The more expensive one", "the priciest".
    case dearest
    /// "The other one", of two.
    case other
    /// "It", "that one": the result asked about last.
    case focused
    /// "Which one has the best rating?", "the top rated one": the best rated of the results shown.
    case bestRated
  }

  /// Phrases that compare the results shown. Plural "cheaper ones" and "anything cheaper" are not here: they ask
  /// for other results (a refined search, `DialoguePolicy.refine`).
  static let cheapestPhrases = [" cheapest ", " least expensive ", " cheaper one ", " less expensive one ", " lowest price ", " lowest priced "]
  static let dearestPhrases = [" most expensive ", " priciest ", " dearest ", " pricier one ", " more expensive one ", " higher priced one "]

  /// Words that make a place word ("the first ...") name an item shown, not a day or a step.
  static let itemWords: Set<String> = ["one", "ones", "it", "this", "that", "item", "result", "option", "listing", "product", "cheapest",
                                       "priciest", "dearest"]

  /// The longest message read as a question about a result: longer ones say more than a pick.
  static let maxWords = 12

  /// The result the message names, nil when it names none.
  static func reference(_ text: String) -> Reference? {
    let words = TurnReading.words(text)
    guard !words.isEmpty, words.count <= maxWords else { return nil }
    let spaced = " " + words.joined(separator: " ") + " "
    if asksForBestRated(words) { return .bestRated }
    // "Is there a cheaper one?" asks for another result (a refined search), "the cheaper one" names one shown.
    let another = [" a cheaper one ", " a less expensive one ", " a pricier one ", " a more expensive one "].contains(where: spaced.contains)
    if !another, cheapestPhrases.contains(where: spaced.contains) { return .cheapest }
    if !another, dearestPhrases.contains(where: spaced.contains) { return .dearest }
    if spaced.contains(" other one ") || spaced.contains(" other order ") { return .other }
    // "The second one", "#2"; a place word not after "the" names a result only in a short message ("first one?"):
    // "first, do you ship to Germany?" does not.
    for (at, word) in words.enumerated() {
      guard let index = word == "last" ? -1 : word.hasPrefix("#") ? TurnReading.ordinal(word) : TurnReading.ordinals[word] else { continue }
      if word.hasPrefix("#") || (at > 0 && words[at - 1] == "the") || words.count <= 4 { return .position(index) }
    }
    if [" it ", " that one ", " this one ", " that ", " this "].contains(where: spaced.contains) { return .focused }
    // "Who is the seller?", "any in stock?", "and what's the rating": a short question of a seller, stock, rating or price,
    // naming no result and no number (a number is a filter: "price under 50"), is of the one asked about last (of one
    // shown, that one; else which is asked).
    if words.count <= 5, words.contains(where: { ["seller", "sells", "stock", "rating", "rated", "reviews", "price"].contains($0) }),
       !words.contains(where: { $0.contains(where: \.isNumber) }) { return .focused }
    return nil
  }

  /// Words about a listing's rating.
  static let ratingWords: Set<String> = ["rating", "ratings", "rated", "reviews", "reviewed", "stars", "review"]

  /// "Which one has the best rating?", "top rated", "which is rated highest", "the one with the best reviews": a
  /// superlative beside a rating word.
  static func asksForBestRated(_ words: [String]) -> Bool {
    words.contains { ratingWords.contains($0) } && words.contains { ["best", "highest", "top", "most", "better", "higher"].contains($0) }
  }

  /// Words asking for a result's attributes, answered with its details ("what colour is it?", "what size is the first one?").
  static let attributeWords: Set<String> = ["colour", "color", "colours", "colors", "size", "sizes", "rating", "rated", "reviews", "brand", "details", "describe"]

  /// Whether the message asks for an attribute of a result (its details answer it): "it" then names the result
  /// asked about last, as a stock or price question's "it" does.
  static func asksForAnAttribute(_ text: String) -> Bool {
    TurnReading.words(text).contains { attributeWords.contains($0) }
  }

  /// What the message asks of a result; `.details` when it asks nothing in particular ("the second one").
  static func question(_ text: String) -> ListingQuestion {
    let words = TurnReading.words(text)
    let spaced = " " + words.joined(separator: " ") + " "
    // "Sold by" is the seller, "sold out" the stock: the seller is read first.
    if words.contains(where: { ["seller", "sells", "selling", "vendor", "merchant"].contains($0) }) || spaced.contains(" sold by ") {
      return .seller
    }
    if words.contains(where: { ["stock", "available", "availability", "left", "instock"].contains($0) }) || spaced.contains(" sold out ")
      || spaced.contains(" do you have ") {
      return .stock
    }
    if spaced.contains(" how much ") || spaced.contains(" how expensive ")
      || words.contains(where: { ["price", "cost", "costs", "priced"].contains($0) }) {
      return .price
    }
    if words.contains(where: { ["add", "buy", "purchase", "cart", "basket", "take", "checkout"].contains($0) }) { return .buy }
    if asksForBestRated(words) { return .bestRated }
    if words.contains(where: { ratingWords.contains($0) }) { return .rating }
    return .details
  }

  /// Words a question about a result is made of, besides a product's name: a search query made only of these
  /// (the classifier's product phrase of "is the first one in stock" is "first one in stock") names no new product.
  static let questionWords = Set(TurnReading.ordinals.keys).union([
    "the", "a", "an", "one", "is", "it", "in", "of", "and", "what", "about", "how", "much", "does", "do", "you", "have", "still",
    "that", "this", "there", "any", "left", "i", "me", "can", "could", "please", "pls", "tell", "more", "which", "who", "for", "to",
    "get", "buy", "add", "my", "cart", "basket", "price", "cost", "costs", "stock", "available", "availability", "sold", "sells",
    "seller", "out", "by", "other", "cheaper", "cheapest", "least", "less", "most", "expensive", "priciest", "pricier", "dearest",
    "lowest", "higher", "priced", "last", "take", "purchase", "ill", "i'll", "will", "want", "would", "like", "be", "are", "its", "item",
    "product", "result", "option", "listing", "number", "no", "yes", "ok", "okay", "so", "then", "was", "instock", "checkout", "s",
    // The results shown, named as a whole ("the same in red", "those in blue", "similar ones").
    "same", "similar", "these", "those", "them", "ones",
    // A result's attributes asked about ("what colour is it?").
    "colour", "color", "colours", "colors", "size", "sizes", "rating", "rated", "reviews", "brand", "details", "describe", "come", "comes",
    // Comparing the results by their rating ("which one has the best rating?", "the top rated one").
    "has", "best", "highest", "top", "better", "higher", "ratings", "reviewed", "review", "stars", "with", "got", "good",
    // Corrections ("no wait, the cheapest one", "actually i meant the first one").
    "wait", "actually", "meant", "mean", "sorry", "instead", "rather", "oops", "oh", "hmm", "um", "nope", "nah", "i", "m",
  ])

  /// Whether `query` (the classifier's product phrase) names something besides the result asked about: then the
  /// message is a new search ("the cheapest laptops"), not a question about a result shown.
  static func namesAnotherProduct(_ query: String?) -> Bool {
    guard let query else { return false }
    let words = TurnReading.words(query)
    // "sizes does the second one come" (the classifier's phrase of "what sizes does the second one come in?"): a place
    // and "one" name a result shown, whatever verbs the phrase holds.
    if zip(words, words.dropFirst()).contains(where: { TurnReading.ordinals[$0] != nil && $1 == "one" }) { return false }
    return words.contains { !questionWords.contains($0) && !$0.hasPrefix("#") }
  }
}

/// What a message asks of one search result.
public enum ListingQuestion: String, Sendable, Equatable, Codable {
  /// Whether it is in stock.
  case stock
  /// What it costs.
  case price
  /// Who sells it.
  case seller
  /// To add it to a basket or buy it (the chat can't).
  case buy
  /// Its rating.
  case rating
  /// Which of the results shown is rated best.
  case bestRated
  /// Everything known about it.
  case details
}
