/// A number given alone in a message about an order (issue 12, branch ord48, the question ord47 left open): "where
/// is 55120", "i sent back 70164 last week", "the payment on 12857 failed", "gde moy zakaz 81127". Shops number orders
/// in five digits too, and a customer who puts one such number into a message about an order, a parcel, a return, a
/// refund or a payment means that order, unless something marks it as another thing. The earlier rules took five
/// digits only after a cue or an order verb or as a sentence of their own, six or more in a message about an order;
/// this one takes five to twelve anywhere, so its limits are strict (a false order number looks up a stranger's order):
/// - the message is about an order (`orderTopicWords`, other languages' order words, `loneTopicWords`) and has no
///   phone, no place or postcode word and no trip's booking;
/// - the number is the message's one number of four digits or more that nothing else took (money, dates, phones,
///   addresses and counts are found first; a year is no second number), or one of two that misread each other
///   ("55120 no 55210"), where only the second is meant;
/// - nothing beside it makes it money, a count or a unit, a postcode, a street number, a model, a size or a SKU, or
///   another kind of reference (`loneCandidate`).
extension ReferenceNumbers {
  /// Words beyond `orderTopicWords` and `otherLanguageOrderWords` that make a message one about an order: other
  /// languages' words for an order,
  /// its return, refund, delivery and payment as the dev sets' customers write them (Russian and Swahili in Latin
  /// letters, Vietnamese, Japanese romaji, Indonesian, Turkish, Tagalog, Hindi and Urdu, the Romance languages,
  /// German, Dutch, Polish, Greek), and English words of an order's life the older list lacked.
  static let loneTopicWords: Set<String> = [
    "zakaz", "zakaze", "zakaza", "заказе", "заказу", "đơn", "chuumon", "oda", "siparişim", "zamówieniu", "rückerstattung", "reembolso", "remboursement", "rimborso", "devolución",
    "devolução", "entregado", "entregue", "livrée", "livré", "geliefert", "paquete", "pacote", "paczka", "paczkę",
    "kargo", "kargoya", "iade", "ürün", "παραγγελία", "παραγγελίας", "замовлення", "הזמנה", "ההזמנה", "הזמנתי",
    "belastet", "bestellt", "lieferung", "lieferadresse", "rücksendung", "paket", "zahlung", "pengiriman", "kiriman",
    "come", "coming",
    "tracking", "seller", "redelivery", "packing", "packed", "ships", "sent", "back", "ret", "rtrn", "exchange",
    "replacement", "refunds", "returns", "deliveries", "tracked", "shipment", "item", "items",
  ]

  /// Words of a place or an area, for which five digits are a postcode's: a message with one gives no lone order number.
  /// "plz" and "pin" count only where they name a postcode (`namesPostcode`).
  static let placeTopicWords: Set<String> = postcodeNames.union(areaWords)

  /// Words right before a number that make it something else: an amount ("paid 15000", "worth 12000", "rs 55190"), a
  /// measure ("kg 55120", "km 12000"), a count of the things named before ("one of them 44120"), a number a number word
  /// names (`kindNumberWords`; the cue rules decide whose: "the box arrived, number 88123"), and "the", which sets off
  /// a reply's number (`setOffAtEnd` decides: "cancel the one from this morning, the 33190").
  static let loneBlockersBefore: Set<String> = measureUnits.union(unlistedCurrencies).union(kindNumberWords).union([
    "paid", "pay", "pays", "paying", "cost", "costs", "spent", "spend", "price", "priced", "worth", "total", "owe",
    "owed", "balance", "budget", "salary", "earn", "approx", "approximately", "around", "than", "over", "under",
    "charged", "debited", "billed", "refunded", "amount", "sum", "x", "×", "them", "the", "pin", "page", "version",
    "v", "step", "level", "score",
    // A rank or a bound before a number makes it a count or an amount ("the first 30512 arrived", "about 12000").
    "first", "second", "third", "last", "next", "top", "another", "extra", "additional", "every", "only", "least",
    "most", "about", "almost", "nearly", "exactly", "max", "min", "minimum", "maximum", "upto",
    // A seller's sale or payout, which the marketplace numbers apart from the buyer's order ("my sale 88410").
    "sale", "sales", "payout",
    // A pickup point's or a meter's own number ("relais 09812", "meter reading 00441").
    "relais", "locker", "packstation", "reading", "meter",
    // A home's or a screen's number ("flat 55120", "error 55120").
    "flat", "floor", "error", "errors",
  ])
  /// Words right after a number that make it a time, a measure, money or a count: "12000 mAh", "0930 am", "12000
  /// rupiah", "20000 people".
  static let loneBlockersAfter: Set<String> = measureUnits.union(clockWords).union(unlistedCurrencies).union([
    "people", "persons", "guests", "children", "kids", "men", "women", "times", "steps", "calories", "points", "pts",
    "likes", "followers", "views", "words", "characters", "bytes",
  ])
  /// Words of a street after a number, which make it a house number ("12345 Main Street"): within three words.
  static let streetWords: Set<String> = streetNames.union(streetShortWords)

  /// The indices of the lone order numbers of a message (see the extension's comment); `free` says nothing else
  /// took a token.
  static func loneOrderNumbers(_ tokens: [Token], free: (Token) -> Bool) -> [Int] {
    let topic = tokens.contains(where: { orderTopicWords.contains($0.lower) || otherLanguageOrderWords.contains($0.lower)
      || loneTopicWords.contains($0.lower) || elidedOrderWord($0.lower) || changeTopicWords.contains($0.lower) })
        || namesRareOrderWord(tokens)
    // With no word of an order, only a long number set off at the message's end or start (`setOffAlone`).
    guard topic || tokens.indices.contains(where: { setOffAlone(tokens, $0) }),
      !tokens.contains(where: { phoneWords.contains($0.lower) }),
      !tokens.indices.contains(where: { tripBooking(tokens, cue: $0) }) else { return [] }
    // A town named anywhere makes five digits likely its postcode ("a pickup point in Paris, relais …"); a country only
    // beside the number (`placeBefore`, `postcodeOrNamedAfter`), as an order comes from one.
    guard !tokens.indices.contains(where: { Gazetteer.match(tokens, at: $0)?.type == "city" }) else { return [] }
    let candidates = tokens.indices.filter {
      loneCandidate(tokens, $0) && free(tokens[$0]) && !placeNamed(tokens, $0) && (topic || setOffAlone(tokens, $0))
    }
    // Every other number of four digits or more nothing took is a second reference the customer did not explain.
    let others = tokens.indices.filter {
      !candidates.contains($0) && tokens[$0].isWord && digitCount(tokens[$0].text) >= 4 && free(tokens[$0])
        && !yearGroup(tokens[$0].text)
    }
    guard others.isEmpty else { return [] }
    if candidates.count == 1 { return candidates }
    // "55120 no 55210", "is 30918 sorry 30981 shipped": the second misreads the first and a correction stands between.
    guard candidates.count == 2, let a = candidates.first, let b = candidates.last, a + 1 < b,
          misreading(tokens[b].text, of: tokens[a].text),
          tokens[(a + 1)..<b].contains(where: { correctionWords.contains($0.lower) || restartWords.contains($0.lower) })
    else { return [] }
    return [b]
  }

  /// Whether the token at `i` may be a lone order number: five to twelve digits and nothing else (not a phone's trunk
  /// zero before ten digits or more, not a compact date), not part of a link or an address, no digits beside it, and
  /// no word beside it that makes it money, a measure, a count, a time, a street number or another kind of number.
  static func loneCandidate(_ tokens: [Token], _ i: Int) -> Bool {
    guard i >= 0, i < tokens.count else { return false }
    let t = tokens[i]
    let digits = digitCount(t.text)
    guard t.isWord, !t.hasLetter, (5...12).contains(digits), digits == t.text.unicodeScalars.count,
          // A leading zero: a postcode's, a meter's or a pickup point's five or six digits ("02139", "relais 09812"), or a
          // phone's trunk before ten; a shop's counter does not pad so few digits.
          !(t.text.hasPrefix("0") && (digits <= 6 || digits >= 10)), !compactDate(t.text), identifier(t, type: "order_number"),
          !partOfAddress(tokens, i) else { return false }
    if i > 0 {
      let before = tokens[i - 1]
      // "the total was 12000", "my flat is 55120": a blocking word with "is" or "was" between names it the same way.
      if i >= 2, ["is", "was", "of", "=", ":"].contains(before.lower), loneBlockersBefore.contains(tokens[i - 2].lower)
        || i >= 2 && ["is", "was"].contains(before.lower) && addressWords.contains(tokens[i - 2].lower) { return false }
      if before.hasDigit || loneBlockersBefore.contains(before.lower) || Money.symbols[before.text] != nil
        || Money.words[before.lower] != nil { return false }
      // "deliver to 10115", "since 20000": a place or a time; "the sofa in 70164" is a thing in the order.
      // "add gift wrap to 6601932": the order something is put onto (branch ord50).
      if placeWords.contains(before.lower) && !thingIn(tokens, i - 1) && !ontoOrder(tokens, i - 1) { return false }
      // "Dayton OH 45402", "Köln 50667": a postcode after its state or town.
      if placeBefore(tokens, i) { return false }
    }
    if i + 1 < tokens.count {
      let next = tokens[i + 1]
      if next.hasDigit && !quantityTimes(tokens, at: i + 1) || countedNoun(next) || loneBlockersAfter.contains(next.lower)
        || Money.words[next.lower] != nil || Money.symbols[next.text] != nil { return false }
    }
    if tokens[(i + 1)..<min(tokens.count, i + 4)].contains(where: { streetWords.contains($0.lower) }) { return false }
    return !namedBefore(tokens, i) && !postcodeOrNamedAfter(tokens, i) && !numberOfNamedKind(tokens, before: i)
  }

  /// Whether "in" or "at" at `k` puts something of an order in the number after it ("change the sofa in 70164", "the
  /// mug in 55120 came broken") rather than a place or a time: a noun before it, not a verb of staying or sending.
  static func thingIn(_ tokens: [Token], _ k: Int) -> Bool {
    guard k >= 2, k < tokens.count, ["in", "at"].contains(tokens[k].lower) else { return false }
    // "the sofa in", "my mug in": a thing the customer names, with its article or owner ("I'm in 90210" is a place).
    // "can you look at 74813": what the agent is asked to look at.
    if tokens[k].lower == "at", ["look", "looking", "glance"].contains(tokens[k - 1].lower) { return true }
    guard determiners.contains(tokens[k - 2].lower) else { return false }
    let before = tokens[k - 1]
    let placeVerbs: Set<String> = ["live", "lives", "living", "located", "based", "stay", "staying", "deliver", "delivered",
                                   "delivering", "ship", "shipped", "shipping", "send", "sent", "arrive", "arrived",
                                   "arrives", "stuck", "held", "wait", "waiting", "is", "it's", "its", "was", "be", "been",
                                   "now", "currently", "still", "pick", "pickup", "collect", "depot", "office", "store",
                                   "shop", "branch", "warehouse", "hub", "locker", "point", "centre", "center", "back", "one", "ones",
                                   "address", "house", "flat", "apartment", "city", "town", "area", "place", "country",
                                   "up", "me", "us", "them", "it", "here", "there", "home", "work"]
    return before.isWord && !before.hasDigit && !placeVerbs.contains(before.lower)
  }

  /// Whether a town the gazetteer knows, or a state's two capitals, stands right before the number at `i`.
  static func placeBefore(_ tokens: [Token], _ i: Int) -> Bool {
    guard i >= 1 else { return false }
    let before = tokens[i - 1]
    let s = Array(before.text.unicodeScalars)
    if s.count == 2, s.allSatisfy({ ("A"..."Z").contains($0) }) { return true }
    // "to arrive in Ohio 43215", "near Leeds 12345": a capitalised name after a place's preposition.
    if i >= 2, placeWords.contains(tokens[i - 2].lower), let first = s.first, ("A"..."Z").contains(first), before.isWord,
       !before.hasDigit { return true }
    for start in [i - 1, i - 2] where start >= 0 {
      if let g = Gazetteer.match(tokens, at: start), start + g.length == i { return true }
    }
    return false
  }

  /// Whether a place or postcode word of `placeTopicWords` is in the message, unless it names the order's detail
  /// right before the number ("wrong postcode on 41958, it's 2000 not 2010").
  static func placeNamed(_ tokens: [Token], _ i: Int) -> Bool {
    let places = tokens.indices.filter { placeTopicWords.contains(tokens[$0].lower) || namesPostcode(tokens, $0) }
    guard !places.isEmpty else { return false }
    return !(places == [i - 2] && i >= 2 && ["on", "for", "of", "in"].contains(tokens[i - 1].lower))
  }
}
