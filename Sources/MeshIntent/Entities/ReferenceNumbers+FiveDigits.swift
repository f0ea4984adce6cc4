/// A five-digit order number given alone in a message about an order (issue 12, branch ord47, commerce-voice-dev):
/// "the payment on 12857 failed", "can u check if 93370 shipped yet", "gde moy zakaz 81127". Shops number orders in
/// five digits too; the earlier rounds took five alone only as a sentence of its own, six or more anywhere. Five are
/// read only when they are the message's one number of four digits or more (no list, no amount beside it, no second
/// reference) and nothing makes them a price, a postcode or a count.
extension ReferenceNumbers {
  /// Order words of the languages the sets' customers write, that make a message one about an order as
  /// `orderTopicWords` do (Russian and Swahili in Latin letters, Vietnamese, Japanese romaji, Indonesian, Turkish,
  /// Tagalog, Hindi/Urdu), and English words of an order's life the earlier list lacked.
  static let moreOrderTopicWords: Set<String> = [
    "zakaz", "zakaze", "zakaza", "заказ", "заказа", "заказе", "đơn", "chuumon", "oda", "pesanan", "sipariş",
    "siparişim", "siparişi", "siparis", "pedido", "commande", "bestellung", "ordine", "zamówienie", "zamówieniu",
    "encomenda", "compra", "rückerstattung", "refund", "reembolso", "remboursement", "rimborso", "entregado",
    "entregue", "livrée", "geliefert", "tracking", "seller", "redelivery", "packing", "ships", "ret", "rtrn",
  ]
  /// Words of a place or an area, which a postcode of five digits is given for.
  static let placeTopicWords: Set<String> = ["area", "zip", "zipcode", "postcode", "postal", "plz", "cep", "pin", "pincode",
                                             "region", "zone", "district", "city", "town", "village", "county"]
  /// Words just before a number that make it money, a distance or a measure ("paid 15000", "worth 12000").
  static let amountVerbs: Set<String> = ["paid", "pay", "cost", "costs", "spent", "price", "priced", "worth", "total",
                                         "owe", "balance", "budget", "salary", "earn", "around", "approx", "than",
                                         "km", "miles"]

  /// Whether the token at `i` is five digits alone that a message about an order gives as its number: what
  /// `unlabelledCandidate` asks of a longer number (no amount, date, count, place or other kind named), and no money
  /// word or measure just before it.
  static func fiveDigitsAlone(_ tokens: [Token], _ i: Int) -> Bool {
    guard i < tokens.count, tokens[i].isWord, !tokens[i].hasLetter, tokens[i].text.unicodeScalars.count == 5,
          digitCount(tokens[i].text) == 5, !(i > 0 && amountVerbs.contains(tokens[i - 1].lower)),
          // "check 60614 delivery area": five digits are a postcode's length too, in a message about a place.
          !tokens.contains(where: { placeTopicWords.contains($0.lower) || addressWords.contains($0.lower) })
    else { return false }
    return unlabelledCandidate(tokens, i, soleFive: true)
  }
}
