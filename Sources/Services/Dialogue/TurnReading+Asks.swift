import MeshShopWords

/// Asks the classifier reads one of, or none: a second request on an order after the first ("where is order 1042 and can
/// I change the address?": one label per message), a way to reach support ("what's your phone number", filed under a
/// person), and a gift to find ("something nice for my mum's birthday", which names no product).
extension TurnReading {
  /// The order requests a clause after the first can make, read by their verbs (a shopper's wording of each), in the
  /// order tried: an address change is tried before a cancellation ("change the address or cancel it" asks the change).
  static let orderAskWords: [(group: String, words: Set<String>)] = [
    ("change_order", ["address"]),
    ("cancel_order", ["cancel", "cancelled", "cancelling"]),
    // Not "refund": a cancelled or returned order's refund is part of that answer.
    ("return_refund", ["return", "returning"]),
    ("shipping", ["track", "tracking"]),
    // "Where is it" (by `asksWhereItIs`), not "where do I send it".
    ("order_status", ["status", "arrive", "arriving", "wheres"]),
  ]

  /// Whether a clause's words ask where something is ("where is", "where's" split as "where s", "where my order is").
  static func asksWhereItIs(_ clause: [String]) -> Bool {
    guard let at = clause.firstIndex(of: "where") else { return false }
    return clause[(at + 1)...].contains { ["is", "s", "are"].contains($0) }
  }

  /// The words that start another clause of a message ("... and can I ...", "..., also ...").
  static let clauseOpeners: Set<String> = ["and", "also", "plus", "then"]

  /// The order request a message of two clauses or more makes beside `served` (the request the classifier chose, a coarse
  /// group): the group of the first clause that asks one of `orderAskWords` other than `served`; nil when none does. Clauses start at an opener word or a question mark
  /// (a shopper's "and can I", "?" run-ons, voice transcripts without punctuation alike).
  static func secondOrderAsk(_ text: String, served: String) -> String? {
    let clauses = self.clauses(text)
    guard clauses.count >= 2 else { return nil }
    // The classifier may have served either clause's ask: the other is the one left.
    let asks = clauses.compactMap { clause in
      orderAskWords.first { !$0.words.isDisjoint(with: clause) }?.group ?? (asksWhereItIs(clause) ? "order_status" : nil)
    }
    return asks.first { $0 != served }
  }

  /// Openings of a clause that ask for a product ("do you have a rain jacket", "i'm looking for boots").
  static let productAskOpeners: [[String]] = [["do", "you", "have"], ["have", "you", "got"], ["do", "you", "sell"], ["do", "you", "carry"],
                                              ["i", "m", "looking", "for"], ["i", "am", "looking", "for"], ["looking", "for"],
                                              ["got", "any"], ["i", "need"], ["i", "want"]]

  /// Words of a delivery question ("how much is shipping to germany", "what does delivery cost").
  static let deliveryWords: Set<String> = ["shipping", "delivery", "postage", "ship", "deliver"]

  /// "Do you have a rain jacket in size l and how much is shipping to germany": a product asked for in the first clause
  /// and delivery in a later one (the classifier gives the delivery label alone). The product's words, without the ask's
  /// opening, an article, and the size or colour (searched as filters), and that clause's text; nil otherwise.
  static func productAskBeforeDelivery(_ text: String) -> (product: String, clause: String)? {
    let clauses = self.clauses(text)
    guard clauses.count >= 2, let first = clauses.first, clauses.dropFirst().contains(where: { !deliveryWords.isDisjoint(with: $0) }),
          deliveryWords.isDisjoint(with: first),
          let opener = productAskOpeners.first(where: { first.starts(with: $0) }) else { return nil }
    var product = Array(first.dropFirst(opener.count))
    if let article = product.first, ["a", "an", "any", "some", "the"].contains(article) { product.removeFirst() }
    // "In size l", "size 42", "in red": filters, not words the title holds.
    if let cut = product.firstIndex(where: { sizeCues.contains($0) || ShopWords.colours[$0] != nil && $0 != product.first }) {
      product = Array(product[..<cut])
      if product.last == "in" { product.removeLast() }
    }
    guard !product.isEmpty else { return nil }
    return (product.joined(separator: " "), first.joined(separator: " "))
  }

  /// The words of each clause, split at opener words and at question marks.
  static func clauses(_ text: String) -> [[String]] {
    var clauses: [[String]] = [[]]
    for part in text.split(separator: "?", omittingEmptySubsequences: true) {
      if !(clauses.last ?? []).isEmpty { clauses.append([]) }
      for word in words(String(part)) {
        if clauseOpeners.contains(word), !(clauses.last ?? []).isEmpty { clauses.append([]) }
        clauses[clauses.count - 1].append(word)
      }
    }
    return clauses.filter { !$0.isEmpty }
  }

  /// "What's your phone number?", "how can I contact you", "is there an email I can write to": a way to reach the shop
  /// asked for, not a person asked to take over ("let me talk to a person" is that).
  static func asksForContactDetails(_ text: String) -> Bool {
    let words = words(text)
    let spaced = " " + words.joined(separator: " ") + " "
    let contact = [" phone number ", " telephone ", " email address ", " e-mail address ", " hotline ", " call you ", " contact you ",
                   " contact details ", " reach you ", " contact support ", " contact customer ", " reach support ", " phone you ",
                   " email you ", " number to call ", " contact number ", " contact the "].contains(where: spaced.contains)
    let asksForAPerson = words.contains { ["human", "person", "agent", "someone", "somebody", "representative", "talk", "speak"].contains($0) }
    return contact && !asksForAPerson
  }

  /// "Something nice for my mum's birthday", "gift ideas for a 10 year old": a gift to find, which is shopping even
  /// when it names no product.
  static func asksForAGift(_ text: String) -> Bool {
    let words = words(TurnReading.joiningContractions(text))
    let occasion = words.contains { ["gift", "gifts", "present", "presents", "birthday", "anniversary", "christmas", "xmas", "wedding",
                                     "housewarming", "graduation", "valentine", "valentines", "mothers", "fathers"].contains($0) }
    // "Where is the birthday present I ordered", "return the gift": an order's, not a gift to find.
    let aboutAnOrder = words.contains { ["ordered", "order", "return", "refund", "track", "where", "cancel", "delivered", "arrived"].contains($0) }
    return occasion && !aboutAnOrder
  }
}
