/// Reading which of the user's orders a message means by the item it names ("return the kettle from my last
/// order"): the message's words are compared with the words of each order's line titles.
extension TurnReading {
  /// Words that appear in both messages and product titles without naming a product ("Case for Phone", "the
  /// kettle from my order"), and the words of a request on an order ("cancel my order" names no item: the orders are
  /// not looked up for one).
  static let notItemWords: Set<String> = ["the", "and", "for", "from", "with", "that", "this", "these", "those", "one", "ones", "your",
                                          "our", "order", "orders", "item", "items", "set", "pack", "new", "all", "not", "but", "its",
                                          "cancel", "return", "refund", "track", "where", "change", "status", "want", "need", "please",
                                          "can", "you", "what", "when", "how", "why", "help", "still", "about", "just", "get", "got",
                                          "did", "does", "has", "have", "was", "are", "will", "would", "could", "there", "yet", "now"]

  /// The message's words that could name an item: three letters or more, not a word every message has.
  static func itemWords(_ text: String) -> Set<String> {
    Set(words(text).filter { $0.count >= 3 && !notItemWords.contains($0) }.map(singular))
  }

  /// Whether one of the order's lines has a title word the message names ("kettle" for "Electric Kettle 1.7L",
  /// "shoes" for "Trail Shoe").
  static func namesAnItem(of order: OrderFact, in named: Set<String>) -> Bool {
    guard !named.isEmpty else { return false }
    return order.lines.contains { line in words(line.title).contains { named.contains(singular($0)) } }
  }

  /// "shoes" and "shoe" compared as one word (a plain trailing s; "glass" keeps its letters).
  static func singular(_ word: String) -> String {
    word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
  }
}
