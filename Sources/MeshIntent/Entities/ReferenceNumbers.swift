/// Order, tracking and invoice numbers in the forms shops and customers write them: after a cue word
/// in several languages and its typos ("order #123456", "order no. 123-456", "ordr 4471203",
/// "Bestellnummer 100234567", "tracking no. 9400 1000 0000 …"), after a bare `#` ("#88213 arrived
/// broken"), before one ("4471203 is my order number"), in lists ("orders 1120 and 1121"), and shaped
/// like one on their own ("ORD-20931", "INV-2024-001", UPS "1Z…", UPU "AB123456789GB").
enum ReferenceNumbers {
  /// A reference number found: its type, span in scalars, and text.
  struct Found {
    var type: String
    var start: Int
    var end: Int
    var value: String
  }

  static let cues: [String: String] = [
    "order": "order_number", "orders": "order_number", "ord": "order_number", "oder": "order_number",
    "ordr": "order_number", "orer": "order_number", "ordernumber": "order_number", "ordernr": "order_number",
    "orderno": "order_number", "orderid": "order_number", "bestellung": "order_number",
    "bestellnummer": "order_number", "auftrag": "order_number", "auftragsnummer": "order_number",
    "bestell-nr": "order_number", "bestellnr": "order_number", "auftrags-nr": "order_number",
    "commande": "order_number", "pedido": "order_number", "orden": "order_number", "bestelling": "order_number", "ordine": "order_number", "zamówienie": "order_number",
    "sipariş": "order_number", "po": "order_number", "order's": "order_number", "order’s": "order_number",
    "order-number": "order_number", "order_number": "order_number", "order_id": "order_number",
    "order_no": "order_number", "order-num": "order_number", "order-ref": "order_number", "odrer": "order_number",
    "ordre": "order_number", "confirmation": "order_number", "conf": "order_number", "booking": "order_number",
    "reservation": "order_number", "purchase": "order_number", "purchases": "order_number",
    "tracking": "tracking_number", "track": "tracking_number", "trackin": "tracking_number",
    "traking": "tracking_number", "shipment": "tracking_number", "parcel": "tracking_number",
    "package": "tracking_number", "waybill": "tracking_number", "awb": "tracking_number",
    "consignment": "tracking_number", "sendungsnummer": "tracking_number", "sendung": "tracking_number",
    "suivi": "tracking_number", "colis": "tracking_number", "envío": "tracking_number", "ups": "tracking_number",
    "usps": "tracking_number", "dhl": "tracking_number", "fedex": "tracking_number", "dpd": "tracking_number",
    "gls": "tracking_number", "hermes": "tracking_number", "evri": "tracking_number", "mail": "tracking_number",
    "invoice": "invoice_number", "inv": "invoice_number", "bill": "invoice_number", "receipt": "invoice_number",
    "note": "invoice_number", "rechnung": "invoice_number", "rechnungsnummer": "invoice_number",
    "facture": "invoice_number", "fatura": "invoice_number", "factura": "invoice_number",
  ].merging(otherLanguageOrderWords.map { ($0, "order_number") }) { first, _ in first }
  /// Words between a cue and its number: "order *number is* 123", "order *with id* 123".
  static let fillers: Set<String> = Set<String>([
    "number", "numbr", "numer", "nummer", "numéro", "numero", "no", "nr", "n", "nº", "num", "id", "code", "ref",
    "reference", "is", "was", "its", "it's", "it’s", "with", "of", "mine", "my", "the", "de", "n°",
    // Abbreviations and typos customers write: "order nb 100019", "order nummber 100019".
    "nb", "nbr", "nro", "nummber", "nuber", "nubmer", "numbet", "numbers", "nos", "nrs", "ids",
    // A contraction onto the number word: "my order number's 552028".
    "number's", "number’s",
    // "the order numbered 4471224".
    "numbered",
  ]).union(otherLanguageNumberWords)
  /// Symbols that hash like `#`: a number right after one is an order number even without a cue.
  static let hashes: Set<String> = ["#", "＃", "№", "nº"]
  /// Words that, after a bare number, make it an order number ("4471203 is my order number").
  static let trailingCues: Set<String> = ["order", "orders", "order's"]

  /// The reference numbers whose cue, hash or shape starts at `tokens[i]`, and the last token used; a
  /// possessive written onto a number ("ORD-100019's status") is not part of it.
  static func match(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    guard let r = forms(tokens, at: i, scalars: scalars) else { return nil }
    var last = r.last
    let found = r.found.map { f -> Found in
      let plain = withoutGluedWord(withoutPossessive(f))
      // A ticket office's area after a slash: "Order # 37-52183/UK".
      guard let suffixed = withSlashSuffix(plain, tokens, last: last) else { return plain }
      last = suffixed.last
      return suffixed.found
    }
    return (found, last)
  }

  /// The reference numbers whose cue, hash or shape starts at `tokens[i]`, and the last token used.
  static func forms(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    let t = tokens[i]
    func text(_ a: Int, _ b: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[a..<b])
      return String(view)
    }
    func one(_ type: String, _ k: Int) -> Found { Found(type: type, start: tokens[k].start, end: tokens[k].end, value: tokens[k].text) }

    // A cue glued to its number: "order55120", "order-77812", "invoice-2024".
    if t.isWord && t.hasDigit, let glued = gluedCue(t) {
      return ([Found(type: glued.type, start: t.start + glued.offset, end: t.start + glued.offset + glued.length,
                     value: text(t.start + glued.offset, t.start + glued.offset + glued.length))], i)
    }

    // The numero sign glued to the digits: "nº45017834".
    if t.isWord, let glued = numeroGlued(t) {
      let a = t.start + glued.offset, b = a + glued.length
      return ([Found(type: "order_number", start: a, end: b, value: text(a, b))], i)
    }

    // "ORD-55 01 92": the shop's prefix and its digits regrouped.
    if let end = prefixWithGroups(tokens, at: i) {
      return ([Found(type: "order_number", start: t.start, end: tokens[end].end, value: text(t.start, tokens[end].end))], end)
    }
    // A random code that opens the message alone: "A7F3K9Q2 - nothing yet", "QX93KD7L".
    if loneCode(tokens, at: i) { return ([one("order_number", i)], i) }
    // A shape of its own: ORD-…, INV-…, PO-…, 1Z…, UPU S10 (AB123456789GB), DHL JD…, Amazon TBA….
    if t.isWord && t.hasDigit && t.hasLetter, let type = shape(t.text) { return ([one(type, i)], i) }
    // Marketplace order numbers need no cue: 3-7-7 (112-3456789-0123456, D01-…) and 2-5-5 digit groups;
    // behind a "+" the groups are a phone's country code and number ("+91 98765 43210").
    let afterPlus = i > 0 && tokens[i - 1].text == "+"
    if t.isWord && orderShape(t.text) && !afterPlus { return ([one("order_number", i)], i) }
    if t.isWord, !afterPlus, !(i > 0 && tokens[i - 1].hasDigit), let end = spacedOrderShape(tokens, from: i) {
      return ([Found(type: "order_number", start: t.start, end: tokens[end].end, value: text(t.start, tokens[end].end))], end)
    }
    // A shop's prefixed code alone ("WEB118845", "BK-339102"), unless a word before names another number
    // or a product after it makes it a model code ("RTX-40700 card").
    // "return BBY01-806234567890 the headphones": "return" as the verb that opens the request is what is done
    // with the order, not a return's number; the words before it still count.
    let returnVerb = returnVerbBefore(tokens, i)
    if t.isWord && (prefixedCode(t.text) || compoundCode(t.text)) && !otherNumberBefore(tokens, returnVerb ? i - 1 : i)
      && !partOfAddress(tokens, i) && !modelCode(tokens, i) {
      return ([one("order_number", i)], i)
    }

    // "I placed an order last week (number 4471203)", "my order? the number is 3318872": a number word
    // that an order cue shortly before makes an order number's cue.
    // "VAT number is GB123456789" after an order was mentioned names the VAT number, not the order's.
    if t.isWord, cue(tokens, at: i) == nil, referringWords.contains(t.lower), orderMentioned(tokens, before: i),
       !otherNumberBefore(tokens, i, within: 1), !ownedReference(tokens, i) {
      return numberAfterCue(tokens, from: i + 1, type: "order_number", cueStart: nil, scalars: scalars)
    }

    // "ref ZX-448120", "ID: 55012": a weak cue, when no word before it names another kind of number.
    if let r = afterWeakCue(tokens, at: i, scalars: scalars) { return r }

    // "cancel 4471203", "status of 100019": a long bare number right after what one does with an order;
    // "cancel 7731204 and 7731205": the numbers listed after it too.
    if t.isWord, let found = afterOrderVerb(tokens, at: i) { return bareList(tokens, from: found) }
    // "refund for 3390 and 3391": shorter numbers after the verb when they are listed.
    if t.isWord, let j = orderVerbObject(tokens, at: i), let r = shortNumberList(tokens, from: j) { return r }
    // "cancel 551 209 3 please": the number in three groups or more after the verb.
    if t.isWord, orderVerb(t.lower), let r = spacedAfterVerb(tokens, at: i, scalars: scalars) { return r }
    // "any news on 4471203", "still waiting for 4471203", "what about 4471203": chasing a number already given.
    if t.isWord, let found = afterChase(tokens, at: i) { return bareList(tokens, from: found) }
    // "where is 4471203??", "what's happening with 9981002": a bare reference asked about.
    if t.isWord, let found = afterQuestion(tokens, at: i) { return bareList(tokens, from: found) }
    // "a problem with my order, 4471203": a long number set off right after an order was mentioned.
    if let found = afterOrderMention(tokens, at: i) { return ([one("order_number", found)], found) }
    // "where is my order? it's 4471203": the number that answers the question.
    if let found = afterOrderQuestion(tokens, at: i) { return ([one("order_number", found)], found) }

    // "the tracking number for W482910331", "the invoice of K7710294": the order's reference, asked about.
    if let r = detailFor(tokens, at: i, scalars: scalars) { return r }
    // A cue word, fillers and symbols, then the number (or several, joined by "and", ",", "/").
    if t.isWord, let type = cue(tokens, at: i) {
      // "the zip for my order is 60614": the value given is the zip's.
      if type.type == "order_number", i + 1 < tokens.count, valueLinks.contains(tokens[i + 1].lower),
         kindBeforeOrder(tokens, mention: i) { return nil }
      // "argos order AB12345678? … reservation number 1234567": a second reference under a weaker cue.
      if bookingAfterOrder(tokens, cue: i) { return nil }
      // "return my rental car early, Hertz booking 88120443": a trip's booking, which the shop cannot look up.
      if tripBooking(tokens, cue: i) { return nil }
      // "ORD 2024 118822", "ORD- 100019": the shop's prefix written apart belongs to the number.
      let prefix = t.lower == "ord" && type.type == "order_number" ? t.start : nil
      // "the same order as 2025 0412 88": the earlier order to repeat.
      let next = type.skipNext || sameOrderAs(tokens, cue: i) ? i + 2 : i + 1
      guard let r = numberAfterCue(tokens, from: next, type: type.type, cueStart: prefix, scalars: scalars)
      else { return nil }
      // "package 3381920": a parcel called by the order's number, too short for a carrier's.
      return (containerNumbers(r.found, tokens, cue: i), r.last)
    }
    return rest(tokens, at: i, scalars: scalars)
  }

  /// Words that name a number ("number", "no", "id") and make an order cue when an order was just mentioned.
  static let referringWords: Set<String> = ["number", "numbr", "no", "nr", "id", "ref", "reference"]
  /// Words before a referring word that make it someone else's number: "my number", "phone number".
  static let referringBlockers: Set<String> = ["my", "your", "his", "her", "our", "their", "contact", "tracking", "track",
                                               "parcel", "package", "invoice", "receipt",
                                               // "the carrier number is TBA304918273000" (branch ord38, dev8).
                                               "carrier", "courier"]

  /// Whether an order cue ("order", "purchase") is among the eight tokens before `i`, and the word just
  /// before `i` does not make the number someone's phone or another reference.
  static func orderMentioned(_ tokens: [Token], before i: Int) -> Bool {
    guard i > 0, !trailingBlockers.contains(tokens[i - 1].lower), !referringBlockers.contains(tokens[i - 1].lower)
    else { return false }
    return tokens[max(0, i - 8)..<i].contains { ["order", "orders", "purchase", "ordered", "purchased"].contains($0.lower) }
  }

  /// After a cue at `from`: fillers and symbols, then the number (or several, joined by "and", ",", "/").
  static func numberAfterCue(_ tokens: [Token], from start: Int, type: String, cueStart: Int?,
                             scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    func text(_ a: Int, _ b: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[a..<b])
      return String(view)
    }
    func one(_ type: String, _ k: Int) -> Found { Found(type: type, start: tokens[k].start, end: tokens[k].end, value: tokens[k].text) }
    var j = start
    var skipped = 0
    while j < tokens.count && skipped < 4
      && (!tokens[j].isWord && !tokens[j].text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace })
          || filler(tokens[j].lower)) {
      // A symbol that ends a clause ends the search: "order? yes" is not "order yes".
      if tokens[j].text == "?" || tokens[j].text == "!" { return nil }
      j += 1
      skipped += 1
      // Where the customer read it: "the order number on the receipt is 552221", "order no. from the e-mail:".
      if let past = sourcePhrase(tokens, at: j) { j = past }
      // Who gave or got it: "the order number I got is 12351", "order number you sent me: 12351".
      if let past = givenClause(tokens, at: j) { j = past }
    }
    // "about my order, 0612345678 is my number": a number set off by a comma and named after it is not the cue's.
    if j < tokens.count, tokens[start..<j].contains(where: { $0.text == "," }), postcodeOrNamedAfter(tokens, j) { return nil }
    // Digits spelled one by one: "my order number is 9 8 7 6 5".
    if j < tokens.count, let end = singleDigitRun(tokens, from: j) {
      let a = tokens[j].start, b = tokens[end].end
      return ([Found(type: type, start: a, end: b, value: text(a, b))], end)
    }
    // A marketplace order number in spaced or dashed groups: "order 112 4839201 5573028"; a long number printed
    // in groups of five with a shorter rest: "zalando order 10101 23456 7890".
    if j < tokens.count, let end = spacedOrderShape(tokens, from: j) ?? (type == "order_number" ? printedGroups(tokens, from: j) : nil) {
      let a = tokens[j].start, b = tokens[end].end
      return ([Found(type: "order_number", start: a, end: b, value: text(a, b))], end)
    }
    // A shop's capital prefix glued by "." or "/" ("GPA.3312-4567-8901-23456", "BK/2024/33812") or one
    // space before digit groups ("ABC 123 456"), or segments glued by "/" around a country code ("2026/AU/00417").
    if j < tokens.count, type == "order_number",
       let end = gluedPrefix(tokens, from: j) ?? letteredGroups(tokens, from: j) ?? slashSegments(tokens, from: j) {
      let a = tokens[j].start, b = tokens[end].end
      return ([Found(type: type, start: a, end: b, value: text(a, b))], end)
    }
    // Digit groups joined by dots ("Bestellnummer 12.345.678") unless money follows; PrestaShop's nine
    // capitals ("XKBKNABJK").
    if j < tokens.count, type == "order_number", dottedGroups(tokens[j]) && !moneyAfter(tokens, j) || letterReference(tokens[j].text) {
      return ([one(type, j)], j)
    }
    // "invoice of 15000 euros", "the invoice of €2500": an amount, not the cue's number.
    if j < tokens.count, amount(tokens, j), !orderBeforeCurrency(tokens, j, cue: start - 1) { return nil }
    guard j < tokens.count, identifier(tokens[j], type: type) || spacedStart(tokens, j, type: type),
          tokens[j].hasLetter || !(plausibleCount(tokens[j]) || bulkCount(tokens, j, cue: start - 1))
            || !(countedAfter(tokens, j) || countedAfterVerb(tokens, j, cue: start - 1))
    else { return nil }
    var found: [Found] = []
    var last = j
    // The shop's own prefix says whose number it is, whatever cue came before: "my parcel ORD-552077".
    let ownShape = shape(tokens[j].text) == "order_number" || orderShape(tokens[j].text)
    found += split(tokens[j], type: ownShape ? "order_number" : type, scalars: scalars)
    // "order nº45017834": the numero sign glued to the digits is not part of the number.
    if let glued = numeroGlued(tokens[j]), found.count == 1 {
      found[0].start = tokens[j].start + glued.offset
      found[0].value = text(found[0].start, found[0].end)
    }
    // Spaced groups of one identifier: "123 456 789", "9400 1000 0000 0000 0000 00", "1Z 999 AA1 …".
    var k = j + 1
    // A verb in -s after a carrier's long number is no count: "FedEx tracking 7712 3456 7890 shows no movement".
    while k < tokens.count, found.count == 1, group(tokens[k], after: tokens[k - 1], type: type),
          !(k + 1 < tokens.count && countedNoun(tokens[k + 1]) && !(type == "tracking_number" && digitCount(found[0].value) >= 8)) {
      found[0].end = tokens[k].end
      found[0].value = text(found[0].start, found[0].end)
      last = k
      k += 1
    }
    // "my order number is 551 209 3": the last group may be one digit.
    if type == "order_number", found.count == 1, last > j, k == last + 1,
       singleDigitTail(tokens, k, digitsBefore: digitCount(found[0].value)) {
      found[0].end = tokens[k].end
      found[0].value = text(found[0].start, found[0].end)
      last = k
    }
    // Lists: "orders 1120 and 1121", "order 88213, 88214", "order 448120, also 448133".
    while let next = listed(tokens, after: last, type: type) {
      found.append(one(type, next))
      last = next
    }
    // Long numbers one space apart are a list, not one number's groups: "orders 100019 100020".
    // "order 77120 77120 yen debited": the second is the amount.
    while type == "order_number", last + 1 < tokens.count, twoNumbers(tokens[last], tokens[last + 1]), !amount(tokens, last + 1) {
      found.append(one(type, last + 1))
      last += 1
    }
    // Lower case "ord" before a year and a serial in spaced groups ("ord 2024 019920") is the shop's
    // ORD-2024-019920 written out, not the abbreviation of "order".
    let yearSerial = found.count == 1 && found[0].end > tokens[j].end && yearGroup(tokens[j].text)
    if let cueStart, found.count == 1, !tokens[j].hasLetter,
       prefixJoins(tokens[start - 1], tokens[j], upperCase: tokens[start - 1].text == "ORD" || yearSerial, scalars: scalars) {
      found[0].start = cueStart
      found[0].value = text(cueStart, found[0].end)
    }
    return (found, last)
  }

  /// The index of the next number of a list after `number`: "and", ",", "&", "+", "or", "/" or "into", then an
  /// identifier of three digits or more; or, after an "also" ("order 448120, also 448133"), a bare number of
  /// five digits or more that counts nothing ("also 30000 stickers" is an amount).
  static func listed(_ tokens: [Token], after number: Int, type: String) -> Int? {
    // "orders 30918 (fine), 30921 (late)": a remark in brackets after a listed number.
    let last = parentheticalEnd(tokens, after: number) ?? number
    // "merge order 661203 into 661190": the order merged into is one too.
    guard last + 2 < tokens.count, ["and", ",", "&", "+", "or", "/", "into"].contains(tokens[last + 1].lower) else { return nil }
    let k = last + 2
    if tokens[k].lower == "also" {
      guard let n = bareOrderNumber(tokens, at: k + 1), !tokens[n].hasLetter else { return nil }
      return n
    }
    // "order 66120, 66120 yen charged": an amount after the comma is no second order.
    return identifier(tokens[k], type: type) && digitCount(tokens[k].text) >= 3 && !amount(tokens, k) ? k : nil
  }

  /// Papers and screens an order number is read from.
  static let sources: Set<String> = ["receipt", "email", "e-mail", "mail", "confirmation", "app", "website", "screen",
                                     "label", "slip", "account"]

  /// "on the receipt", "in my email", "from the confirmation" at `j` (after a cue and a number word): the
  /// index past it, so the number that follows is still the cue's; nil when no such phrase starts there.
  static func sourcePhrase(_ tokens: [Token], at j: Int) -> Int? {
    guard j + 1 < tokens.count, ["on", "in", "from"].contains(tokens[j].lower), j > 0,
          fillers.contains(tokens[j - 1].lower) || !tokens[j - 1].isWord
    else { return nil }
    var k = j + 1
    if ["the", "my", "your", "this"].contains(tokens[k].lower) { k += 1 }
    guard k < tokens.count, sources.contains(tokens[k].lower) else { return nil }
    return k + 1
  }

  /// Five or more single digits, one space apart, starting at `j`: the last one's index. Four are enough
  /// right after a number word ("order nr 1 0 4 3", a shop's four-digit number spelled out), which no count is
  /// written after.
  static func singleDigitRun(_ tokens: [Token], from j: Int) -> Int? {
    func digit(_ t: Token) -> Bool { t.isWord && t.text.unicodeScalars.count == 1 && t.hasDigit }
    guard digit(tokens[j]) else { return nil }
    var k = j
    while k + 1 < tokens.count, digit(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1 { k += 1 }
    let afterNumberWord = j > 0 && referringWords.contains(tokens[j - 1].lower)
    return k - j + 1 >= (afterNumberWord ? 4 : 5) ? k : nil
  }

  /// A bare hash, or a number that an order cue follows.
  static func rest(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    let t = tokens[i]
    func one(_ type: String, _ k: Int) -> Found { Found(type: type, start: tokens[k].start, end: tokens[k].end, value: tokens[k].text) }

    // A bare hash: "#88213 arrived broken", "# 4471203", "nº 4471203".
    if hashes.contains(t.lower), !(i > 0 && (hashBlockers.contains(tokens[i - 1].lower) || staffBeforeHash.contains(tokens[i - 1].lower))),
       i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].hasDigit,
       identifier(tokens[i + 1], type: "order_number"), tokens[i + 1].start - t.end <= 1 {
      return (split(tokens[i + 1], type: "order_number", scalars: scalars), i + 1)
    }

    // A number that an order cue follows: "4471203 is my order number", "112-3456789-0123456 order".
    if t.isWord, t.hasDigit, digitCount(t.text) >= 5, identifier(t, type: "order_number"), !otherPrefixed(t.text),
       !(i > 0 && tokens[i - 1].hasDigit), !blockedBefore(tokens, i), !otherNumberBefore(tokens, i, within: 2),
       !(i + 1 < tokens.count && tokens[i + 1].hasDigit && tokens[i + 1].start == t.end + 1),
       // "to 80331 Munich, order …": a postcode before its town.
       !postcodeOrNamedAfter(tokens, i) {
      var j = i + 1
      var words = 0
      while j < tokens.count && words < 3 {
        if trailingCues.contains(tokens[j].lower) { return ([one("order_number", i)], i) }
        if tokens[j].isWord { words += 1 } else if !trailingSymbols.contains(tokens[j].text) { break }
        j += 1
      }
    }
    return nil
  }

  /// Whether a word of `trailingBlockers` is among the three tokens before `i`, with no other number
  /// between: "call me on 0612345678 about order …" and "my zip is 90210, order …" name a phone and a
  /// postcode, though "order" follows them as it follows "4471203 is my order number".
  static func blockedBefore(_ tokens: [Token], _ i: Int) -> Bool {
    for k in stride(from: i - 1, through: max(0, i - 3), by: -1) {
      if tokens[k].hasDigit { return false }
      if trailingBlockers.contains(tokens[k].lower) { return true }
    }
    return false
  }

  /// Words after which a number is not an order number even when "order" follows ("zip 60614 order").
  static let trailingBlockers: Set<String> = ["zip", "postcode", "phone", "tel", "mobile", "call", "text", "+",
                                              "size", "qty", "quantity", "room", "model", "sku", "ticket", "case",
                                              "account", "$", "€", "£", "ssn", "iban", "card", "whatsapp", "cell",
                                              "landline", "postal"]

  /// Short groups that make one identifier together: "12 34 56" (five digits or more in all).
  static func spacedStart(_ tokens: [Token], _ j: Int, type: String) -> Bool {
    guard tokens[j].isWord, !tokens[j].hasLetter, tokens[j].hasDigit else { return false }
    var digits = digitCount(tokens[j].text)
    var k = j + 1
    while k < tokens.count, group(tokens[k], after: tokens[k - 1], type: type) {
      digits += digitCount(tokens[k].text)
      k += 1
    }
    return k > j + 1 && digits >= 5
  }

  /// The cue at `tokens[i]` and whether the next word is part of it ("purchase order", "credit note").
  static func cue(_ tokens: [Token], at i: Int) -> (type: String, skipNext: Bool)? {
    let w = tokens[i].lower
    let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
    if (w == "purchase" || w == "sales") && next == "order" { return ("order_number", true) }
    if w == "credit" && next == "note" { return ("invoice_number", true) }
    if w == "royal" && next == "mail" { return ("tracking_number", true) }
    if w == "note" || w == "mail" { return nil }  // only after "credit" or "royal"
    if w == "order-nr" || w == "order-no" || w == "order-id" { return ("order_number", false) }
    if purchaseOrderAbbreviation(tokens, at: i) || elidedOrderWord(w) { return ("order_number", false) }
    if w == "inv", i + 1 < tokens.count, tokens[i + 1].text == "-" { return nil }
    // "ordeer 559069", "oreder #88120": "order" one typo away.
    if cues[w] == nil && orderTypo(w) { return ("order_number", false) }
    return cues[w].map { ($0, false) }
  }

  /// "order55120" → digits after a full cue word; "order-77812" → after the hyphen; "ordernumber5590132" → after
  /// the number word glued on too.
  static func gluedCue(_ t: Token) -> (type: String, offset: Int, length: Int)? {
    // The number word glued on too ("ordernumber5590132", "orderno5512"): the longer cue first.
    let glued = [("ordernumber", "order_number"), ("ordernr", "order_number"), ("orderno", "order_number"),
                 ("orderid", "order_number"), ("order", "order_number"), ("invoice", "invoice_number"),
                 ("tracking", "tracking_number")]
    let verb = gluedVerb(t.lower)
    for (prefix, type) in glued where t.lower.dropFirst(verb).hasPrefix(prefix) {
      let scalars = Array(t.text.unicodeScalars)
      var start = verb + prefix.unicodeScalars.count
      if start < scalars.count && (scalars[start] == "-" || scalars[start] == "#") { start += 1 }
      guard start < scalars.count, ("0"..."9").contains(scalars[start]) else { return nil }
      var end = start
      while end < scalars.count && (scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end])
                                    || scalars[end] == "-") {
        // Stop where digits give way to a lower-case word: "order55120not" → "55120".
        if scalars[end].properties.isLowercase && end > start && ("0"..."9").contains(scalars[end - 1]) { break }
        end += 1
      }
      return digitCount(String(String.UnicodeScalarView(scalars[start..<end]))) >= 3 ? (type, start, end - start) : nil
    }
    return nil
  }

  /// How many letters of what is done with an order are typed onto the cue after them with the space left out (issue
  /// 12, branch ord39, heldout23's "cancelorder88120"): an order verb ("cancel", "rtrn") or "my", "track", "change"
  /// before "order" and its digits; 0 for any other word ("border12345", "recorder5000" name no order).
  static func gluedVerb(_ lower: String) -> Int {
    guard let cue = lower.range(of: "order") else { return 0 }
    let before = String(lower[..<cue.lowerBound])
    guard !before.isEmpty, orderVerb(before) || ["my", "track", "change"].contains(before) else { return 0 }
    return before.unicodeScalars.count
  }

  /// One identifier token, or two joined by `/` ("88213/88214") split in two.
  static func split(_ t: Token, type: String, scalars: [Unicode.Scalar]) -> [Found] {
    let parts = t.text.split(separator: "/", omittingEmptySubsequences: false)
    // A year and a serial ("Ord. 2024/118822") are one number, not two.
    let yearSerial = parts.count == 2 && yearGroup(String(parts[0])) && parts[1].count >= 5
    if parts.count == 2, !yearSerial, parts.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isNumber) }) {
      let a = parts[0].unicodeScalars.count
      return [Found(type: type, start: t.start, end: t.start + a, value: String(parts[0])),
              Found(type: type, start: t.start + a + 1, end: t.end, value: String(parts[1]))]
    }
    return [Found(type: type, start: t.start, end: t.end, value: t.text)]
  }

  /// The next group of a spaced identifier: one space after the previous, digits (letters too for
  /// tracking numbers), at least two characters. After a long group, only a short one that opens with a zero
  /// (branch ord38b, heldout22's "order 112 4471902 0031"): no count, day or price is written so, where "order
  /// 100019 10 days ago" counts.
  static func group(_ t: Token, after previous: Token, type: String) -> Bool {
    let zeroTail = t.text.hasPrefix("0") && (2...4).contains(t.text.unicodeScalars.count)
    guard t.isWord, t.start == previous.end + 1, t.text.unicodeScalars.count >= 2, t.hasDigit,
          !DateExpressions.numeric(t.text), previous.hasDigit,
          type == "tracking_number" || digitCount(previous.text) < 5 || zeroTail else { return false }
    if type != "tracking_number" && mixedGroups(previous, t) { return true }
    return type == "tracking_number" ? !t.text.contains("-") : !t.hasLetter && !t.text.contains(".")
      && !t.text.contains(",")
  }

  /// A number someone could order that many of, as `EntityExtractor.quantity` reads counts: 1 to 9,999
  /// without a leading zero. A longer one before a word in -s is an identifier and a verb ("purchase 61230
  /// ships", "order 0042 arrives"), not a count.
  static func plausibleCount(_ t: Token) -> Bool {
    guard let n = Int(t.text), !t.text.hasPrefix("0") else { return false }
    return n > 0 && n < 10_000
  }

  /// A word that counts things ("2 pairs", "12 items"): the number before it is a quantity.
  static func countedNoun(_ t: Token) -> Bool {
    guard t.isWord, !t.hasDigit else { return false }
    // "says" too: what a screen or a number reports ("ord 2025 000514 says unpaid", branch ord39), never counted.
    if EntityExtractor.notCounted.contains(t.lower) || ["was", "has", "does", "is", "this", "plus", "its", "yes", "us", "says"]
      .contains(t.lower) { return false }
    // Chat's sign-offs end in -s too and count nothing: "cxl 5520917 pls", "refund 4471203 thanks".
    if ["pls", "thanks", "thks", "tks", "cheers", "always", "anyways", "ps"].contains(t.lower) { return false }
    // A plural in -s, but not a singular that ends so: "order 88321 address", "202411-5567 status".
    let singular = ["ss", "us", "is"].contains { t.lower.hasSuffix($0) }
    return EntityExtractor.units.contains(t.lower) || (t.lower.count >= 3 && t.lower.hasSuffix("s") && !singular)
  }

  /// A type from an identifier's shape alone.
  static func shape(_ text: String) -> String? {
    let upper = text.uppercased()
    let d = digitCount(text)
    let count = text.unicodeScalars.count
    if upper.hasPrefix("ORD") && d >= 4 { return "order_number" }
    if storeOrderCode(upper) { return "order_number" }
    if upper.hasPrefix("INV") && d >= 3 { return "invoice_number" }
    if upper.hasPrefix("PO-") && d >= 4 && count == d + 3 { return "order_number" }
    if upper.hasPrefix("1Z") && count == 18 { return "tracking_number" }
    if upper.hasPrefix("TBA") && d >= 9 { return "tracking_number" }
    if upper.hasPrefix("JD") && d >= 16 && count == d + 2 { return "tracking_number" }
    // UPU S10: two letters, nine digits, two letters (AB123456789GB).
    let s = Array(upper.unicodeScalars)
    if s.count == 13, s[0..<2].allSatisfy({ ("A"..."Z").contains($0) }), s[2..<11].allSatisfy({ ("0"..."9").contains($0) }),
       s[11..<13].allSatisfy({ ("A"..."Z").contains($0) }) {
      return "tracking_number"
    }
    return nil
  }

  /// Four digits of a year of this century or the last: the first group of "ORD 2024 019920".
  static func yearGroup(_ text: String) -> Bool {
    text.unicodeScalars.count == 4 && digitCount(text) == 4 && (text.hasPrefix("19") || text.hasPrefix("20"))
  }

  static func digitCount(_ s: String) -> Int { s.unicodeScalars.filter { ("0"..."9").contains($0) }.count }

  /// An identifier: a word with digits, long enough for its type, not a date or a money amount.
  static func identifier(_ t: Token, type: String) -> Bool {
    guard t.isWord, t.hasDigit, !DateExpressions.numeric(t.text), !t.text.contains("."), !t.text.contains(",")
    else { return false }
    let d = digitCount(t.text)
    let count = t.text.unicodeScalars.count
    if type == "tracking_number" && t.text.uppercased() == "1Z" { return true }
    switch type {
    case "tracking_number": return count >= 8 && d >= 4 || count >= 4 && d >= 4 && !t.hasLetter
    default: return t.hasLetter ? d >= 2 && count >= 4 && !measure(t.text) : d >= 3
    }
  }
}
