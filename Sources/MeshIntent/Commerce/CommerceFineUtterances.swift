/// The labelled utterances of the fine commerce intents (`CommerceTaxonomy`), written by the team:
/// one per line as `intent | text`, grouped by area in the `FineUtterances+Area.swift` files. Many
/// phrasings per intent: questions and statements, terse and chatty, typos, with and without order
/// numbers in the shapes shops use, and look-alikes (brands, cities, products named after people) so
/// that the model does not learn that a capitalised word means anything.
///
/// Kept apart from these: the order-number test messages of `OrderNumberTestMessages`, which the
/// entity tests measure recall on.
enum CommerceFineUtterances {
  /// Every area's lines.
  static var all: [String] { [orders, delivery, returns, payment, account, products, people, talk, confusable, elsewhere, registers, needs, references, asks, shoppers, channels, misses, sellers, newcomers, situations, voices, service, backstory, replies] }

  /// `(text, label)` pairs of every area.
  static func pairs() -> [(text: String, label: String)] {
    all.joined(separator: "\n").split(separator: "\n").compactMap { line in
      guard let bar = line.firstIndex(of: "|") else { return nil }
      let label = line[..<bar].trimmingCharacters(in: " ")
      let utterance = line[line.index(after: bar)...].trimmingCharacters(in: " ")
      return label.isEmpty || utterance.isEmpty ? nil : (utterance, label)
    }
  }
}
