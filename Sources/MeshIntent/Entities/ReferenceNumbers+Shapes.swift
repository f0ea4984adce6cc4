/// Order references that carry no order cue: the structure shops print them in (marketplace 3-7-7 and
/// 2-5-5 digit groups, a short letter prefix before a long digit run), and the weaker cues "ref" and "ID"
/// that name an order unless a word before them names another kind of number.
extension ReferenceNumbers {
  /// Digit groups joined by hyphens in the marketplaces' order-number layouts: 3-7-7 (112-3456789-0123456,
  /// its first group also a letter and two digits for digital orders, D01-…) and 2-5-5 (12-34567-89012).
  /// No phone, date, postcode or amount is written so.
  static func orderShape(_ text: String) -> Bool {
    // Every layout below is 14, 18 or 19 scalars long (groups and separators; retyping keeps the length): most words are
    // refused here, before the split (asked of every token, this was the extractor's costliest shape).
    guard [14, 18, 19].contains(text.unicodeScalars.count) else { return false }
    // The groups joined by dots instead (114.3941689.8772232), and O for 0, l or I for 1 as a customer retypes
    // the number from a smudged slip (1l4-O091234-77l298O): the layout stays the marketplace's.
    let separator: Character = text.contains("-" as Character) ? "-" : "."
    let parts = text.split(separator: separator, omittingEmptySubsequences: false).map { Array(digitsRetyped($0).unicodeScalars) }
    func digits(_ p: ArraySlice<Unicode.Scalar>) -> Bool { p.allSatisfy { ("0"..."9").contains($0) } }
    let lengths = parts.map(\.count)
    // Two dotted groups are a decimal, not a reference.
    if separator == "." && parts.count != 3 { return false }
    // The layout retyped with one dash left out: 10-7 (1124839201-5573028) or 3-14 (112-48392015573028).
    if lengths == [10, 7] || lengths == [3, 14] { return parts.allSatisfy { digits($0[...]) } }
    guard lengths == [3, 7, 7] || lengths == [2, 5, 5], digits(parts[1][...]), digits(parts[2][...]) else { return false }
    if digits(parts[0][...]) { return true }
    // A digital order's first group: one capital letter and two digits ("D01").
    return lengths[0] == 3 && ("A"..."Z").contains(parts[0][0]) && digits(parts[0][1...])
  }

  /// `group` with the letters customers type for look-alike digits (O and o for 0, l and I for 1) read as those
  /// digits, when at most three are and the rest are digits; otherwise `group` unchanged.
  static func digitsRetyped(_ group: Substring) -> String {
    let lookAlikes: [Character: Character] = ["O": "0", "o": "0", "l": "1", "I": "1"]
    let replaced = group.filter { lookAlikes[$0] != nil }.count
    guard (1...3).contains(replaced), replaced < group.count, group.allSatisfy({ $0.isASCII && ($0.isNumber || lookAlikes[$0] != nil) })
    else { return String(group) }
    return String(group.map { lookAlikes[$0] ?? $0 })
  }

  /// Prefixes of letters-and-digits codes that name something other than an order: returns, invoices,
  /// carriers' and tax numbers, serials and catalogue codes.
  static let otherPrefixes: Set<String> = Set([
    "RMA", "RET", "INV", "TBA", "JD", "SN", "SKU", "ISBN", "EAN", "UPC", "GTIN", "IMEI", "VAT", "TAX", "CS", "TKT",
    "CASE", "REF", "RF", "TCK", "RTN", "ASIN", "IBAN", "BIC", "PIN", "ID", "MPN", "ART", "NR", "NO", "TEL", "FAX", "CVV", "EXP",
    // A payment's own reference ("Payment received … Reference PAY-77120", branch ord42, dev9).
    "PAY",
  ]).union(recordPrefixes)

  /// The prefixes of `otherPrefixes` that name a product or a device, not a record of the shop's.
  static let productPrefixes: Set<String> = ["SKU", "EAN", "UPC", "GTIN", "ISBN", "ASIN", "MPN", "IMEI", "SN", "ART"]

  /// A product's or device's code by its prefix ("SKU-4471-B", "EAN4006381333931"): never an order's number, even
  /// right after an order word.
  static func productCode(_ text: String) -> Bool {
    let letters = text.unicodeScalars.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    guard !letters.isEmpty, letters.count < text.unicodeScalars.count else { return false }
    return productPrefixes.contains(String(String.UnicodeScalarView(letters)).uppercased())
  }

  /// A shop's prefixed order code written alone: two to four letters of one case, an optional hyphen, and
  /// five digits or more ("WEB118845", "BK-339102", "web-201177"). A model number mixes letters into its
  /// digits ("UE55TU7100") and a postcode or flight number has fewer digits, so neither is one.
  static func prefixedCode(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    let letters = s.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    guard (2...4).contains(letters.count) else { return false }
    let upper = letters.allSatisfy { ("A"..."Z").contains($0) }, lower = letters.allSatisfy { ("a"..."z").contains($0) }
    var rest = s.dropFirst(letters.count)
    if rest.first == "-" { rest = rest.dropFirst() }
    guard upper || lower, rest.count >= 5, rest.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
    return !otherPrefixes.contains(String(String.UnicodeScalarView(letters)).uppercased())
  }

  /// Words that, within the three words before a code or a weak cue, make the number another kind:
  /// "VAT DE811907980", "customer ID 100482", "payment reference 55012", "case ref 88213".
  /// Carriers by their companies' names (`carrierCompanies`): "the DHL ref is 55120".
  static let otherNumberWords: Set<String> = hashBlockers.union(trailingBlockers).union(carrierCompanies).union([
    "vat", "tax", "payment", "transaction", "bank", "user", "rma", "return", "returns", "serial", "device", "ean",
    "isbn", "asin", "parcel", "package", "shipment", "reservation", "booking",
    "policy", "session", "chat", "seller", "vendor", "supplier", "warranty", "license", "licence", "voucher",
    "coupon", "gift", "promo", "discount", "code", "registration", "apple", "google", "paypal", "steam",
    "username", "login", "password", "nickname", "handle", "profile",
    // A loyalty scheme's card or member number ("loyalty 44019332").
    "loyalty", "membership", "member", "rewards",
    // Payment providers: "paid with Klarna, reference 4410-2291-0038" is the payment's reference.
    "klarna", "afterpay", "clearpay", "affirm", "stripe", "venmo", "zelle", "alipay", "sofort",
    // India's and Brazil's instant payments (branch ord38, dev8): "went to UPI, ref 432198765012".
    "upi", "paytm", "gpay", "pix",
    // "the royal mail ref is RR 1234 5678 5GB": the carrier's (issue 12, branch ord37, dev7).
    "royal",
    // A phone's IMEI (branch ord40, heldout24: "IMEI 490154203237518, order …").
    "imei",
  ])

  /// Whether the token at `i` is glued to an e-mail's, a link's or a query's punctuation: "lena12345@gmx.de",
  /// "shop.com/web12345", "?id=55012" are parts of something else.
  static func partOfAddress(_ tokens: [Token], _ i: Int) -> Bool {
    let glue: Set<String> = ["@", "/", "=", "&", ".", "\\", "_"]
    if i > 0, tokens[i - 1].end == tokens[i].start, glue.contains(tokens[i - 1].text) { return true }
    guard i + 1 < tokens.count, tokens[i + 1].start == tokens[i].end, glue.contains(tokens[i + 1].text) else { return false }
    // A full stop ends a sentence: "WEB118846." is the code.
    return tokens[i + 1].text != "." || i + 2 < tokens.count && tokens[i + 2].start == tokens[i + 1].end
  }

  /// Whether a word of `otherNumberWords` is among the `within` words before `i` (symbols skipped): "my VAT
  /// ID is DE811907980".
  /// Numbers listed before `i` are not counted among those words: "transaction ids TXN8812031, TXN8812032,
  /// TXN8812033" are all the transactions' (branch ord38b, heldout22).
  static func otherNumberBefore(_ tokens: [Token], _ i: Int, within: Int = 3) -> Bool {
    var k = i - 1, words = 0
    while k >= 0 && words < within {
      if tokens[k].isWord && !tokens[k].hasDigit {
        // "the customer for OD998811223344556677": what that word's party asks about, not its own number (branch ord42).
        if tokens[k].lower == "for" { return false }
        // "refund ref 5531920", "refund reference RF-2219-0031": the refund's own reference.
        if otherNumberWords.contains(tokens[k].lower) || refundNamed(tokens, k) || ownedReference(tokens, k) { return true }
        // "my booking reference at the hotel is HX77120": a stay's or journey's code (branch ord40, heldout24).
        if tripWords.contains(tokens[k].lower) { return true }
        words += 1
      }
      k -= 1
    }
    return false
  }

  /// Cue words that name an order's reference unless the words before them say whose it is: "ref
  /// ZX-448120", "Reference: HT4K9Z22", "ID: 55012", against "payment reference", "customer ID".
  static let weakCues: Set<String> = ["ref", "reference", "id", "refno"]

  /// Words right before a weak cue that make it the delivery's own reference, not the order's: "delivery
  /// reference D-882913", "collection ref 7781" (branch ord38, dev8). Only right before: "delivery for order
  /// ref 4471203" is still the order's.
  /// A seller's sale too ("my item sold … sale ref S-33091", branch ord39, heldout23): the marketplace's record of
  /// what the seller sold, which the seller asks about, not an order the customer placed.
  static let weakCueOwners: Set<String> = ["delivery", "shipping", "carrier", "courier", "collection", "pickup", "driver",
                                           "sale",
                                           // A bank transfer's own reference (branch ord40, heldout24): "paid by bank transfer
                                           // reference 20250611-8834 but order #1142 …".
                                           "transfer"]

  /// Whether the weak cue at `k` is one of `weakCueOwners`' ("delivery reference"), so that the code after it
  /// ("delivery reference D-882913") is not the order's.
  static func ownedReference(_ tokens: [Token], _ k: Int) -> Bool {
    k > 0 && weakCues.contains(tokens[k].lower) && weakCueOwners.contains(tokens[k - 1].lower)
  }

  /// The order number after a weak cue at `i`: four digits or more (not a year alone) in a message about
  /// an order, or letters and digits ("X9-22K").
  static func afterWeakCue(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    guard tokens[i].isWord, weakCues.contains(tokens[i].lower), cue(tokens, at: i) == nil,
          !otherNumberBefore(tokens, i) || orderWithPartyBefore(tokens, i), !ownedReference(tokens, i), !otherProviderMessage(tokens),
          let r = numberAfterCue(tokens, from: i + 1, type: "order_number", cueStart: nil, scalars: scalars),
          r.found.allSatisfy({ f in
            f.type == "order_number" && !yearGroup(f.value) && !namesOtherRecord(f.value) && weakCueValueFits(tokens, f)
              && (digitCount(f.value) >= 4 || f.value.unicodeScalars.count >= 5 && f.value.unicodeScalars.contains { $0.properties.isAlphabetic })
          })
    else { return nil }
    return r
  }

  /// A word written with the numero sign glued to its digits ("nº45017834"): the digits after the sign.
  static func numeroGlued(_ t: Token) -> (offset: Int, length: Int)? {
    let s = Array(t.lower.unicodeScalars)
    guard s.count > 2, s[0] == "n", s[1] == "º", let first = s.dropFirst(2).first, ("0"..."9").contains(first) else { return nil }
    let rest = s.dropFirst(2)
    guard digitCount(t.text) >= 3, rest.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" }) else { return nil }
    return (2, rest.count)
  }
}

extension ReferenceNumbers {
  /// A marketplace order number whose groups are written apart, one space or one dash of any kind between
  /// them ("112 4839201 5573028", "112–4839201–5573028", "12 34567 89012"): the last group's index.
  static func spacedOrderShape(_ tokens: [Token], from i: Int) -> Int? {
    // Three groups joined are an order's shape only as 3-7-7 or 2-5-5: a first group of another length is refused here.
    guard i < tokens.count, tokens[i].isWord, (2...3).contains(tokens[i].text.unicodeScalars.count),
          !tokens[i].text.contains("-" as Character) else { return nil }
    var groups = [tokens[i].text], k = i
    while groups.count < 3 {
      var next = k + 1
      // A dash the tokenizer kept apart ("–", "—", or "-" with spaces around) stands as its own token between the
      // groups, glued to both or one space from both ("114 - 3941689 - 8772232").
      var dashed = false
      if next < tokens.count, !tokens[next].isWord, tokens[next].text.unicodeScalars.allSatisfy({ dashes.contains($0) }) {
        let before = tokens[next].start - tokens[k].end
        guard next + 1 < tokens.count, before <= 1, tokens[next + 1].start - tokens[next].end == before else { return nil }
        dashed = true
        next += 1
      }
      guard next < tokens.count, tokens[next].isWord, !tokens[next].text.contains("-" as Character),
            dashed || tokens[next].start - tokens[k].end == 1
      else { return nil }
      groups.append(tokens[next].text)
      k = next
    }
    return orderShape(groups.joined(separator: "-")) ? k : nil
  }

  /// Words between a number and the plural it counts: "order 500 more units", "order 3 extra boxes".
  static let countLinks: Set<String> = ["more", "extra", "additional", "new", "other", "spare"]

  /// Whether the tokens after `j` count things: a plural right after, or after one of `countLinks`.
  static func countedAfter(_ tokens: [Token], _ j: Int) -> Bool {
    guard j + 1 < tokens.count else { return false }
    if countedNoun(tokens[j + 1]) { return true }
    return j + 2 < tokens.count && countLinks.contains(tokens[j + 1].lower) && countedNoun(tokens[j + 2])
  }
}
