/// The words the reference-number rules share, one named set a meaning (issue 12, branch ord49). The rules had grown
/// one file a round, each writing its own copy of these lists with small differences, so a word added for one rule
/// (a typo of "ordered", a number word's short form) missed the others. A rule that needs fewer or more words builds
/// its own set from these, next to the rule, and says why.
extension ReferenceNumbers {
  // MARK: The order named

  /// The nouns a customer names an order by: "my order", "the orders", "this purchase".
  static let orderNouns: Set<String> = ["order", "orders", "purchase"]
  /// An order named or its placing told, with the typo customers write ("i orderd last week"): a number shortly after
  /// one of these may be that order's ("my order, 4471203", "what I purchased (number 3318872)").
  static let orderMentions: Set<String> = orderNouns.union(["ordered", "purchased", "orderd"])
  /// `orderMentions` and "bought": what the customer got from a shop or a seller, in the words of buying too.
  static let boughtWords: Set<String> = orderMentions.union(["bought"])
  /// Words that are the verb of buying after a verb opener ("want to order 10000 stickers", "i'd buy 20 bags"), where
  /// the number after them counts what is bought.
  static let buyingVerbs: Set<String> = ["order", "purchase", "buy"]

  // MARK: Number words

  /// The word "number" and the short forms and typos customers write for it: "order nr", "nmbr", "order nb 100019".
  static let numberWords: Set<String> = ["number", "numbr", "nmbr", "nbr", "nb", "no", "nr", "num"]
  /// Words that name a reference as such: "ref", "reference", "ID".
  static let referenceWords: Set<String> = ["id", "ref", "reference", "refno"]
  /// Words that name a number, of whatever kind the words before say: "my order? the *number* is 3318872", "tracking
  /// *ref*". Not "code": after an order mentioned, a code is as often a discount's or a gift card's.
  static let referringWords: Set<String> = numberWords.union(referenceWords)
  /// Words that name a number after a kind that has numbers of its own ("refund *code*", "tracking *code*"): there
  /// "code" names the kind's number too.
  static let kindNamingWords: Set<String> = referringWords.union(["code"])

  // MARK: Places and addresses

  /// Words for a postcode that are no other word: "zip", "postcode", Brazil's "CEP", India's "pincode".
  static let postcodeNames: Set<String> = ["zip", "zipcode", "postcode", "postal", "pincode", "cep", "postleitzahl"]
  /// `postcodeNames` and the short words for a postcode that are other words in chat too: German "PLZ" ("plz" is
  /// "please"), India's "pin" (a card's PIN, or to pin). Only where a postcode is likely anyway.
  static let postcodeWords: Set<String> = postcodeNames.union(chatPostcodeWords)
  /// The short words for a postcode that chat uses for other things: "plz" (please), "pin" (a card's PIN, to pin). They
  /// name a postcode only before one ("PLZ 10115", "pin: 560001"; `namesPostcode`), not in "where is 55120 plz".
  static let chatPostcodeWords: Set<String> = ["plz", "pin"]

  /// Whether the word at `k` names a postcode: one of `postcodeNames`, or one of `chatPostcodeWords` with digits among the
  /// three tokens after it (branch ord50: "where is 55120 plz" lost its number to "plz" read as a place).
  static func namesPostcode(_ tokens: [Token], _ k: Int) -> Bool {
    guard k >= 0, k < tokens.count else { return false }
    if postcodeNames.contains(tokens[k].lower) { return true }
    guard chatPostcodeWords.contains(tokens[k].lower) else { return false }
    return tokens[(k + 1)..<min(tokens.count, k + 4)].contains { $0.hasDigit }
  }
  /// Words of an area a postcode numbers: "the city", "my district".
  static let areaWords: Set<String> = ["area", "region", "zone", "district", "city", "town", "village", "county"]
  /// A home in a building, whose number is its own: "flat 12", "house number 1482".
  static let homeWords: Set<String> = ["house", "flat", "apartment", "apt"]
  /// Words of a street that are nothing else: "Main Street", "Rue de Rivoli", "ulica Długa".
  static let streetNames: Set<String> = ["street", "road", "avenue", "lane", "boulevard", "highway", "strasse", "straße",
                                         "rue", "calle", "ulica", "rua"]
  /// Short or common words of a street, which name one only right after a house number ("12345 Main St", "5 Park
  /// Place"): elsewhere they are ordinary words ("no way", "in place", "via email", "usb drive").
  static let streetShortWords: Set<String> = ["st", "rd", "ave", "ln", "blvd", "dr", "drive", "way", "court", "ct",
                                              "place", "pl", "hwy", "str", "via", "ul"]
  /// Words of an address, whose numbers a customer gives or corrects too ("the house number is 1482, not 1428").
  static let addressWords: Set<String> = homeWords.union(streetNames).union(["address"])

  // MARK: Phones

  /// Names of a phone: "my mobile", "the landline".
  static let phoneNames: Set<String> = ["phone", "mobile", "cell", "tel", "telephone", "landline", "fax"]

  // MARK: Units, times and money

  /// Units of measure and size written beside a number: "55120 km", "12000 mAh", "kg 55120", "20 %".
  static let measureUnits: Set<String> = ["kg", "g", "gr", "lb", "lbs", "oz", "ml", "l", "km", "mi", "miles", "cm", "mm",
                                          "m", "mah", "rpm", "mb", "gb", "tb", "sq", "square", "feet", "ft", "%",
                                          "percent"]
  /// Words of the clock after a number: "1200 hrs", "0930 am".
  static let clockWords: Set<String> = ["h", "hrs", "am", "pm"]
  /// Currencies the money reader (`Money`) does not list, by code or name: "12000 rupiah", "rs 55190", "VND 120000".
  static let unlistedCurrencies: Set<String> = [
    "rs", "rp", "idr", "vnd", "won", "krw", "rupiah", "rupee", "dong", "naira", "peso", "pesos", "lira", "zloty", "złoty",
    "baht", "ringgit", "shilling", "shillings", "rand", "dirham", "dirhams", "riyal", "riyals", "forint", "koruna",
    "lei", "hryvnia", "rubles",
  ]

  // MARK: Small words

  /// "It's" as customers write it, before the value they give: "it's 4471203", "its N-7712-A".
  static let itIsWords: Set<String> = ["it's", "it’s", "its"]
  /// Words before a value given: "it's 4471203", "it is N-7712-A", "the number is 55120".
  static let givingWords: Set<String> = itIsWords.union(["it", "is"])
  /// "Please" and its chat forms: "return label please for …", "cancel 551 209 3 pls".
  static let pleaseWords: Set<String> = ["please", "pls", "plz"]
  /// Owners a customer names a thing with: "my order", "their number".
  static let possessives: Set<String> = ["my", "your", "his", "her", "our", "their"]
  /// Articles, owners and pointers before a noun: "the zip on *my* order", "*the* sofa in 70164".
  static let determiners: Set<String> = possessives.union(["the", "a", "an", "this", "that"])
  /// Words and signs that join listed numbers: "30918, 30921 and 30940", "60918/60919", "7712 & 7713".
  static let listJoiners: Set<String> = [",", "&", "and", "or", "/"]
  /// `listJoiners` and the links only a list of orders after a cue or an order verb has: "orders 1120 + 1121", "merge
  /// order 661203 into 661190". A short reply's list or four-digit numbers have no "+" (an amount's) nor "into".
  static let orderListLinks: Set<String> = listJoiners.union(["+", "into"])
  /// Words that say a number is a reference's last digits: "the one *ending* in 4471", "order number that *ends* with 0093".
  static let endingWords: Set<String> = ["ending", "ends", "ended"]
  /// What stands between a number and the "not" that denies its misreading: "6619204 (not 6619240", "902174 not 902147".
  static let denialLinks: Set<String> = ["not", "(", ","]
  /// Signs that end a sentence.
  static let sentenceEnds: Set<String> = [".", "?", "!"]
}

/// The order and its number in the languages shop data rarely holds (issue 12, branch ord50): the words
/// `rareOrderWord` reads, one set a way of matching them.
extension ReferenceNumbers {
  /// Stems of the word for an order where case endings follow (matched at a word's start): Finnish "tilaus,
  /// tilauksen", Estonian "tellimus, tellimuse", Hungarian "rendelés, rendelésem, rendeléshez", Polish "zamówienie,
  /// zamówieniem", Czech and Slovak "objednávka, objednávky", Basque "eskaera, eskaeraren", the South Slavic
  /// "narudžba, porudžbina, naročilo", Lithuanian "užsakymas", Latvian "pasūtījums", Greek "παραγγελία", Arabic in Latin
  /// letters "talabiya". None opens an English word.
  static let rareOrderWordStems: [String] = [
    "tilau", "tellimu", "rendel", "zamówie", "zamowie", "objednáv", "objednav", "eskaera", "narudžb", "narudzb",
    "porudžb", "porudzb", "naročil", "narocil", "užsakym", "uzsakym", "pasūtījum", "pasutijum", "παραγγελ", "talabiy",
    "talabey", "talabia",
  ]
  /// Whole words for an order whose stems would open other words ("comanda" but not "command"): Catalan and
  /// Romanian "comanda, comandă, comanda", Romanian "comenzii, comenzi", Catalan "comandes".
  static let rareOrderWordForms: Set<String> = ["comanda", "comandă", "comandes", "comenzii", "comenzi", "comanzii"]
  /// The word for an order in scripts whose words carry particles written on ("בהזמנה", "سفارشم", "주문번호") or that the
  /// tokenizer splits at their marks: Persian, Urdu, Hindi, Bengali, Tamil, Telugu, Arabic, Hebrew, Japanese, Korean,
  /// Thai, Chinese, Amharic, Russian and Ukrainian, Georgian, Armenian. Each holds a letter outside ASCII: `rareOrderWord`
  /// skips ASCII words on that ground (a Latin-script word belongs in `rareOrderWordForms` or the stems).
  static let scriptOrderWords: [String] = [
    "سفارش", "آرڈر", "ऑर्डर", "आर्डर", "অর্ডার", "ஆர்டர்", "ఆర్డర్", "طلب", "הזמנ", "注文", "주문", "คำสั่งซื้อ", "订单",
    "訂單", "ትዕዛዝ", "заказ", "замовлен", "შეკვეთ", "պատվեր",
  ]
  /// Two words that together name an order, the first too common alone: Vietnamese without its marks, "don hang".
  static let rareOrderWordPairs: [(String, String)] = [("don", "hang"), ("đơn", "hàng")]
  /// The word for "number" in those languages, between the order word and its number as "number" is in English:
  /// Greek "αριθμός", Hebrew "מספר", Korean "번호", Japanese "番号", Thai "หมายเลข", Vietnamese "số", Swahili
  /// "namba, nambari", Persian "شماره", Urdu "نمبر", Arabic in Latin letters "raqam", Basque "zenbakia", Romanian
  /// "numărul, nr", Hungarian "sz" ("sz. 5510233").
  static let rareNumberWords: Set<String> = [
    "αριθμός", "αριθμό", "αρ", "מספר", "번호", "番号", "หมายเลข", "số", "namba", "nambari", "شماره", "نمبر", "raqam",
    "raqm", "zenbakia", "numărul", "numarul", "sz", "numeroa", "nro", "nmr",
  ]
}

/// Changes asked of an order by its bare number (issue 12, branch ord50): "change size to L on 4401923", "add gift wrap
/// to 6601932", "can it still be applied to 6650912?".
extension ReferenceNumbers {
  /// Words of what is changed on an order or added to it: with them a message is about an order for the rule of a number
  /// standing alone (`loneOrderNumbers`), whose limits still keep money, counts, places and other kinds out. Not the verbs
  /// "change", "edit", "swap": an account's details are changed too ("Kundennummer 1234567 - I want to change my email").
  static let changeTopicWords: Set<String> = [
    "add", "added", "apply", "applied", "gift", "wrap", "size", "colour", "color", "livraison", "entrega", "consegna",
  ]
  /// Verbs that put something onto an order, so that "to" before its number aims there ("add gift wrap to 6601932",
  /// "applied to 6650912"), not at a place.
  static let ontoVerbs: Set<String> = ["add", "added", "adding", "apply", "applied", "applying", "attach", "include",
                                       "put", "wrap"]
  /// Verbs that move goods, after which "to" and a number name a place or a point ("send 8810234 to the pickup point",
  /// "ship to 10115").
  static let movingVerbs: Set<String> = ["ship", "shipped", "shipping", "send", "sent", "deliver", "delivered", "move",
                                         "moved", "redirect", "forward", "go", "goes", "come", "travel"]
  /// Words before a number that make it an amount paid ("i paid 12000 for my order"): a number an order word follows is
  /// then no order's (`rest`).
  static let paidWords: Set<String> = ["paid", "pay", "spent", "spend", "cost", "costs", "charged", "owe", "total",
                                       "worth", "price"]
  /// Prefixes of a listing's, a seller's, a coupon's, a gift card's, a claim's or a return label's code ("ID LST-220193",
  /// "CL-88310", "RL-4471-09"): records other than the buyer's order.
  static let recordPrefixes: Set<String> = ["LST", "LIST", "LISTING", "SLR", "SELLER", "CPN", "COUPON", "GC", "GIFT",
                                            "CL", "CLM", "CLAIM", "RL", "DS", "TIX", "DSP", "PCN"]
  /// Words naming the buyer of an order, with which a seller names the buyer's order ("the buyer of 2291007", branch ord51).
  static let buyerWords: Set<String> = ["buyer", "buyers", "buyer's", "buyer’s", "customer's", "customer’s"]
  /// Links from the buyer to the order's number: "buyer of 2291007", "buyer on 6605512", "buyer's order 5512093".
  static let buyerLinks: Set<String> = ["of", "on", "for", "from", "in", "order"]
  /// A seller's own records, which the marketplace numbers apart from the buyer's order ("payout no. PO-55102").
  static let sellerRecordWords: Set<String> = ["sale", "sales", "payout", "payouts", "settlement", "disbursement"]
  /// Words that name two numbers given as a pair of orders: "cancel both, 3318 and 3319".
  static let pairWords: Set<String> = ["both", "each"]
  /// Words right before a number that say the customer wrote it wrong: "I typed 77120415 before" (branch ord51). Verbs
  /// of writing only: "typo", "wrong", "oops" before a number open its correction ("oops typo, AB-22901").
  static let mistypingWords: Set<String> = ["typed", "mistyped", "misspelled", "wrote", "entered", "mistakenly",
                                            "accidentally", "wrongly"]
  /// Words after a number and "is the" that name it as the order or its parcel: "6602174 is the parcel i mean".
  static let namingNouns: Set<String> = ["parcel", "package", "order", "delivery", "shipment", "one", "box"]

  /// Whether "to" at `k` aims at the order something is put onto: one of `ontoVerbs` before it in the same sentence,
  /// and no verb of moving goods.
  static func ontoOrder(_ tokens: [Token], _ k: Int) -> Bool {
    guard k >= 1, k < tokens.count, tokens[k].lower == "to" else { return false }
    var j = k - 1, sawOnto = false
    while j >= 0, !sentenceEnds.contains(tokens[j].text) {
      if movingVerbs.contains(tokens[j].lower) { return false }
      if ontoVerbs.contains(tokens[j].lower) { sawOnto = true }
      j -= 1
    }
    return sawOnto
  }
}
