/// Two asks about what the bundled marketplace does not offer: a shopping cart ("delete from my cart the red shoes") and
/// a seller's view of their buyers' orders ("a buyer says order 1042 never arrived, what do I do").
extension TurnReading {
  /// Words that name a shop's cart.
  static let cartWords: Set<String> = ["cart", "carts", "basket", "baskets", "trolley"]

  /// "Delete from my cart the red shoes", "what's in my basket", "add it to cart", "remove them from the shopping cart":
  /// the shopper's cart named (after "my", "your", "to", "from", "into", "in", or one of these and "the"), not a basket or
  /// a cart sold as a product ("a picnic basket", "is the basket waterproof").
  static func asksAboutCart(_ text: String) -> Bool {
    let words = words(joiningContractions(text))
    for (at, word) in words.enumerated() where cartWords.contains(word) {
      var before = words[..<at]
      if before.last == "shopping" { before = before.dropLast() }
      if let last = before.last, ["my", "your", "to", "from", "into", "in"].contains(last) { return true }
      if before.last == "the", let preposition = before.dropLast().last, ["to", "from", "into", "in", "of"].contains(preposition) { return true }
    }
    return false
  }

  /// Phrases in which a seller speaks of their own buyers or shop ("a buyer says", "my customers", "as a seller").
  static let sellerPhrases = [" my buyer ", " my buyers ", " a buyer ", " the buyer ", " my customer ", " my customers ", " a customer of mine ",
                              " i m a seller ", " im a seller ", " i am a seller ", " as a seller ", " my listing ", " my listings ",
                              " my shop ", " my store ", " my seller account ", " my payout ", " my payouts "]

  /// Whether the message is a seller's about their selling ("a buyer says order 1042 never arrived", "as a seller, when do
  /// I get paid"), whatever the classifier made of it.
  static func speaksAsSeller(_ text: String) -> Bool {
    let spaced = " " + words(joiningContractions(text)).joined(separator: " ") + " "
    return sellerPhrases.contains(where: spaced.contains)
  }

  /// Whether a seller's message is about an order (a buyer's): it names an order, a delivery or a refund.
  static func asksAboutAnOrderOfTheirs(_ text: String) -> Bool {
    words(text).contains { ["order", "orders", "parcel", "package", "arrived", "arrive", "delivered", "refund", "return", "shipped"].contains($0) }
  }
}
