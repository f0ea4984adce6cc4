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

  /// Words after "for a" in a delivery question that name what is sent rather than a product ("for a parcel", "for a
  /// week"): the quote's own business.
  static let parcelWords: Set<String> = ["parcel", "parcels", "package", "packages", "packet", "box", "boxes", "order", "orders",
                                         "item", "items", "delivery", "shipment", "letter", "envelope", "pallet", "it", "them",
                                         "one", "ones", "day", "days", "week", "weeks", "month", "months", "kilo", "kilos", "kg"]

  /// A product asked for beside a delivery question, in either order (the classifier gives one label, shipping or a
  /// search): "do you have a rain jacket in size l and how much is shipping to germany" (a product clause, then a delivery
  /// one), "how much is shipping to germany and do you have rain boots" (the other order), or "how much is shipping to
  /// germany for a rain jacket in size l" (one clause, the product after "for a"). The product's words, without the ask's
  /// opening, an article, and the size or colour (searched as filters), and the text that asks for it (its size and colour
  /// are read from it); nil otherwise. For a shopper's run-on or two-part message, not for a product with delivery words
  /// in its name asked alone.
  static func productAskBesideDelivery(_ text: String) -> (product: String, clause: String)? {
    let clauses = self.clauses(text).map { clause in clauseOpeners.contains(clause.first ?? "") ? Array(clause.dropFirst()) : clause }
    let asksDelivery = { (clause: [String]) in !deliveryWords.isDisjoint(with: clause) }
    if clauses.count >= 2, clauses.contains(where: asksDelivery) {
      // The opening may follow a greeting or a filler ("hi do you have ...").
      for clause in clauses where !asksDelivery(clause) {
        for start in clause.indices {
          guard let opener = productAskOpeners.first(where: { clause[start...].starts(with: $0) }) else { continue }
          if let product = productWords(Array(clause[(start + opener.count)...])) { return (product, clause.joined(separator: " ")) }
          break
        }
      }
    }
    // "... shipping to germany for a rain jacket": a product named after the delivery word, behind "for" and an article.
    for clause in clauses {
      guard let delivery = clause.firstIndex(where: deliveryWords.contains) else { continue }
      let after = clause[(delivery + 1)...]
      guard let at = after.indices.first(where: { clause[$0] == "for" && $0 + 1 < clause.count && ["a", "an", "some"].contains(clause[$0 + 1]) }),
            let product = productWords(Array(clause[(at + 1)...])),
            !product.split(separator: " ").contains(where: { parcelWords.contains(String($0)) || $0.contains(where: \.isNumber) }) else { continue }
      return (product, clause[(at + 1)...].joined(separator: " "))
    }
    return nil
  }

  /// The product of an ask's words after its opening: an article dropped, cut before a size or a colour after the first
  /// word ("rain jacket in size l", "t-shirt in red") and before a delivery clause's words; nil when nothing is left.
  static func productWords(_ words: [String]) -> String? {
    var product = words
    // "I need to return an item", "i want my order": a request, not a product.
    guard let first = product.first, !["to", "my", "help", "you", "it"].contains(first),
          !product.contains(where: { word in ["order", "orders", "refund"].contains(word) || orderAskWords.contains { $0.words.contains(word) } })
    else { return nil }
    if ["a", "an", "any", "some", "the"].contains(first) { product.removeFirst() }
    // "In size l", "size 42", "in red": filters, not words the title holds; "with free shipping": the delivery's.
    if let cut = product.indices.first(where: { at in
      sizeCues.contains(product[at]) || (at > 0 && ShopWords.colours[product[at]] != nil) || deliveryWords.contains(product[at])
    }) {
      product = Array(product[..<cut])
      while let last = product.last, ["in", "with", "and", "for"].contains(last) { product.removeLast() }
    }
    return product.isEmpty ? nil : product.joined(separator: " ")
  }

  /// "What about a charger?", "how about some sandals": a short follow-up naming another product, its words (an article
  /// dropped); nil for a result, a filter, an order or delivery ("what about the second one", "what about in blue", "what
  /// about my order", "what about shipping"), which other readings take.
  static func productAskedAbout(_ text: String) -> String? {
    let words = words(text)
    guard words.count <= 6, words.starts(with: ["what", "about"]) || words.starts(with: ["how", "about"]),
          let product = productWords(Array(words.dropFirst(2))), !product.split(separator: " ").contains(where: { word in
      ["it", "them", "that", "this", "one", "ones", "my", "delivery", "shipping", "postage", "price", "colour", "color", "size", "stock",
       "seller", "rating", "reviews", "in", "under", "over", "cheaper", "first", "second", "third", "last", "other", "both"]
        .contains(String(word)) || word.contains(where: \.isNumber)
    }) else { return nil }
    return product
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
