/// "Order" and "number" in the languages bilingual shoppers write them in (issue 12, branch ordnum32):
/// "bestelnummer 2039918475", "numer zamówienia PL-…", "siparis numaram 3318820441", "objednávka č. …".
extension ReferenceNumbers {
  /// Words for an order or its number, with their inflected forms: German, French, Spanish, Italian, Dutch, Polish,
  /// the Scandinavian languages, Portuguese, Turkish, Indonesian and Malay, Czech, Finnish, Russian, Chinese, Japanese.
  /// Each is an order cue (`cues`) and makes a message one about an order (`loneOrderNumbers`).
  static let otherLanguageOrderWords: Set<String> = [
    // German, French, Spanish, Dutch, Italian, Polish, Turkish.
    "bestellung", "bestellnummer", "bestell-nr", "bestellnr", "auftrag", "auftragsnummer", "auftrags-nr", "commande",
    "pedido", "orden", "bestelling", "ordine", "zamówienie", "sipariş",
    "bestelnummer", "bestelnr", "ordernummer", "ordrenummer", "ordrenr", "beställning", "auftragsnr", "zamówienia",
    "zamowienia", "zamowienie", "encomenda", "siparis", "siparişi", "pesanan", "objednávka", "objednávky", "tilaus",
    "tilausnumero", "заказ", "заказа", "订单", "订单号", "注文番号",
    // Spanish and Portuguese "purchase", as Mercado Libre names an order: "compra 2000004123456789 no llegó".
    "compra",
  ]

  /// The number word after those: "pedido número 8812", "siparis numaram 3318820441", "objednávka č.
  /// 2024001193", "заказ номер 4418820", "pesanan nomor 88120".
  static let otherLanguageNumberWords: Set<String> = [
    "número", "núm", "numara", "numaram", "numarası", "numarasi", "č", "čís", "číslo", "номер", "nomor",
    // German and Dutch, French, Italian, Polish: "Bestellnummer ist", "commande numéro 4471".
    "nummer", "numéro", "numero", "numer",
  ]

  /// "is" in the languages of the cues, between a cue and its number as "is" is in English: "meine Bestellnummer ist
  /// 4711-0093-22", "mi pedido es 55120" (branch ord44, dev11). Only right before the number, as every filler.
  static let otherLanguageIs: Set<String> = ["ist", "es", "est", "è", "jest"]

  /// An order word behind an elided article or preposition, which the tokenizer keeps in one word:
  /// "annulla l'ordine IT2024-55120", "dell’ordine 4471203", "l'ordre 88120".
  static func elidedOrderWord(_ w: String) -> Bool {
    guard let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "’" }),
          (1...4).contains(w.distance(from: w.startIndex, to: apostrophe)) else { return false }
    return cues[String(w[w.index(after: apostrophe)...])] == "order_number"
  }
}
