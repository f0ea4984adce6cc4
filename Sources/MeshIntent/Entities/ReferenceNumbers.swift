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
    "orderno": "order_number", "orderid": "order_number", "po": "order_number", "order's": "order_number", "order’s": "order_number",
    "order-number": "order_number", "order_number": "order_number", "order_id": "order_number",
    "order_no": "order_number", "order-num": "order_number", "order-ref": "order_number", "odrer": "order_number",
    "ordre": "order_number", "confirmation": "order_number", "conf": "order_number", "booking": "order_number",
    "reservation": "order_number", "purchase": "order_number", "purchases": "order_number",
    "tracking": "tracking_number", "track": "tracking_number", "trackin": "tracking_number",
    "traking": "tracking_number", "shipment": "tracking_number", "parcel": "tracking_number",
    "package": "tracking_number", "waybill": "tracking_number", "awb": "tracking_number",
    "consignment": "tracking_number", "sendungsnummer": "tracking_number", "sendung": "tracking_number",
    "suivi": "tracking_number", "colis": "tracking_number", "seguimiento": "tracking_number", "rastreo": "tracking_number", "envío": "tracking_number", "ups": "tracking_number",
    "usps": "tracking_number", "dhl": "tracking_number", "fedex": "tracking_number", "dpd": "tracking_number",
    "gls": "tracking_number", "hermes": "tracking_number", "evri": "tracking_number", "mail": "tracking_number",
    "invoice": "invoice_number", "inv": "invoice_number", "bill": "invoice_number", "receipt": "invoice_number",
    "note": "invoice_number", "rechnung": "invoice_number", "rechnungsnummer": "invoice_number",
    "facture": "invoice_number", "fatura": "invoice_number", "factura": "invoice_number",
  ].merging(otherLanguageOrderWords.map { ($0, "order_number") }) { first, _ in first }
  /// Words between a cue and its number: "order *number is* 123", "order *with id* 123".
  /// The number words and "code" (`kindNamingWords`) and "it's" (`itIsWords`) are among them.
  static let fillers: Set<String> = kindNamingWords.union(itIsWords).union([
    "n", "nº", "is", "was", "with", "of", "mine", "my", "the", "de", "n°",
    // Abbreviations and typos customers write beyond `numberWords`' short forms: "order nummber 100019".
    "nro", "nummber", "nuber", "nubmer", "numbet", "numbers", "nos", "nrs", "ids",
    // A contraction onto the number word: "my order number's 552028".
    "number's", "number’s",
    // "the order numbered 4471224".
    "numbered",
    // A customer unsure of it: "order number might be 77190", "it could be 4471203" (branch ord45, heldout28).
    "might", "could", "may", "be", "maybe", "probably",
    // Tagalog "my" after the cue: "yung order ko 70915" (branch ord47, commerce-voice-dev).
    "ko",
  ]).union(otherLanguageNumberWords).union(otherLanguageIs).union(rareNumberWords)
  /// Symbols that hash like `#`: a number right after one is an order number even without a cue.
  static let hashes: Set<String> = ["#", "＃", "№", "nº"]
  /// Words that, after a bare number, make it an order number ("4471203 is my order number").
  static let trailingCues: Set<String> = ["order", "orders", "order's"]

  /// The reference numbers whose cue, hash or shape starts at `tokens[i]`, and the last token used; a
  /// possessive written onto a number ("ORD-100019's status") is not part of it.
  static func match(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    guard let r = forms(tokens, at: i, scalars: scalars) else { return nil }
    var last = r.last
    // "order B2B-2025-0091, PO number PO-44710 on our side": the buyer's own record of an order already given.
    let found = r.found.filter { !($0.type == "order_number" && buyersPurchaseOrder(tokens, $0)) }.map { f -> Found in
      let plain = withoutCaseEnding(withoutGluedWord(withoutPossessive(f)))
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

    // An order word of a script written with no space before its number: "注文番号は55120931" (branch ord50).
    if let glued = scriptGlued(t) {
      let a = t.start + glued.offset, b = a + glued.length
      return ([Found(type: "order_number", start: a, end: b, value: text(a, b))], i)
    }

    // A marketplace layout run into words: "trackingfor114-0021355-6673021please".
    if let glued = gluedOrderShape(t) {
      let a = t.start + glued.offset, b = a + glued.length
      return ([Found(type: "order_number", start: a, end: b, value: text(a, b))], i)
    }

    // "the one ending in 4471": the order named by its last digits; "hash 2 2 9 8": the sign read out; "cancel 2 0 4
    // 5 7 1": digits dictated one by one.
    if let end = endingDigits(tokens, at: i) { return ([one("order_number", end)], end) }
    if let end = afterHashWord(tokens, at: i) ?? dictatedOrderShape(tokens, at: i) ?? dictatedDigits(tokens, at: i) {
      let a = tokens[hashWords.contains(t.lower) ? i + 1 : i].start
      return ([Found(type: "order_number", start: a, end: tokens[end].end, value: text(a, tokens[end].end))], end)
    }

    // Read aloud with no cue word: after the hash said ("hash one o four three"), as the whole answer ("its w nine o
    // two …"), or in an order number's own shape ("one one four dash three nine four …").
    if t.isWord, let r = readAloudAfterHash(tokens, at: i) ?? readAloudAnswer(tokens, at: i) ?? readAloudShape(tokens, at: i) {
      let a = tokens[hashWords.contains(t.lower) ? i + 1 : i].start
      return ([Found(type: "order_number", start: a, end: tokens[r.end].end, value: r.value)], r.end)
    }

    // "all of them, 88140 88141 88142": a short reply listing sibling numbers.
    if let r = siblingReply(tokens, at: i) { return r }
    // "…/account/orders/1043": the number in a link's path after the orders' segment.
    if let k = linkPathNumber(tokens, at: i) { return ([one("order_number", k)], k) }

    // "ORD-55 01 92": the shop's prefix and its digits regrouped.
    if let end = prefixWithGroups(tokens, at: i) {
      return ([Found(type: "order_number", start: t.start, end: tokens[end].end, value: text(t.start, tokens[end].end))], end)
    }
    // A random code that opens the message alone: "A7F3K9Q2 - nothing yet", "QX93KD7L".
    if loneCode(tokens, at: i) { return ([one("order_number", i)], i) }
    // A shape of its own: ORD-…, INV-…, PO-…, 1Z…, UPU S10 (AB123456789GB), DHL JD…, Amazon TBA….
    // "payout no. PO-55102": a seller's payout named before the code makes it the seller's record (branch ord51).
    if t.isWord && t.hasDigit && t.hasLetter, let type = shape(t.text) {
      if type == "order_number" && sellersRecordBefore(tokens, i) { return nil }
      return ([one(type, i)], i)
    }
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
    // "my sale SR-88213 is linked to buyer order …": a seller's sale or payout named right before its code (branch ord42;
    // "the sale ended, ref N" further back leaves a reference the order's).
    let sellersRecord = sellersRecordBefore(tokens, i)
    // "I booked a hotel through another website, confirmation HT-55019": the code a trip's booking cue gives, which that
    // cue's own rule left (`tripBooking`), is the trip's too (branch ord48, commerce-service-dev).
    let tripCode = i > 0 && tripBooking(tokens, cue: i - 1)
    if t.isWord && (prefixedCode(t.text) || compoundCode(t.text)) && !otherNumberBefore(tokens, returnVerb ? i - 1 : i) && !sellersRecord && !tripCode
      && !partOfAddress(tokens, i) && !modelCode(tokens, i) && !otherProviderMessage(tokens) {
      return ([one("order_number", i)], i)
    }

    // "I placed an order last week (number 4471203)", "my order? the number is 3318872": a number word
    // that an order cue shortly before makes an order number's cue.
    // "VAT number is GB123456789" after an order was mentioned names the VAT number, not the order's. "the number on
    // the receipt is W557100342": the shop's paper says whose number it is.
    let fromShopPaper = numberFromShopPaper(tokens, i)
    if t.isWord, cue(tokens, at: i) == nil, referringWords.contains(t.lower), orderMentioned(tokens, before: i) || fromShopPaper,
       !otherNumberBefore(tokens, i, within: 1), !ownedReference(tokens, i) {
      // From the number word itself (a filler) when the paper follows it, so the paper's phrase is skipped.
      guard let r = numberAfterCue(tokens, from: fromShopPaper ? i : i + 1, type: "order_number", cueStart: nil, scalars: scalars),
            !r.found.contains(where: { namesOtherRecord($0.value) }) else { return nil }
      return r
    }

    // "nr. 22081943 status please": a number word opening the message (branch ord50).
    if let r = afterOpeningNumberWord(tokens, at: i, scalars: scalars) { return r }
    // "ref ZX-448120", "ID: 55012": a weak cue, when no word before it names another kind of number.
    if let r = afterWeakCue(tokens, at: i, scalars: scalars) { return r }

    // "cancel 4471203", "status of 100019": a long bare number right after what one does with an order;
    // "cancel 7731204 and 7731205": the numbers listed after it too.
    if t.isWord, let found = afterOrderVerb(tokens, at: i) { return bareList(tokens, from: found) }
    // "refund for 3390 and 3391": shorter numbers after the verb when they are listed.
    if t.isWord, let j = orderVerbObject(tokens, at: i), let r = shortNumberList(tokens, from: j) { return r }
    // "cancel 551 209 3 please": the number in three groups or more after the verb.
    if t.isWord, orderVerb(t.lower), let r = spacedAfterVerb(tokens, at: i, scalars: scalars) { return r }
    // "cancel 40 2 77 please": digits a recogniser split into short groups, after the verb (branch ord47).
    if t.isWord, orderVerb(t.lower), i + 1 < tokens.count, let end = recognisedGroups(tokens, from: i + 1) {
      let a = tokens[i + 1].start, b = tokens[end].end
      return ([Found(type: "order_number", start: a, end: b, value: text(a, b))], end)
    }
    // "any news on 4471203", "still waiting for 4471203", "what about 4471203": chasing a number already given.
    if t.isWord, let found = afterChase(tokens, at: i) { return bareList(tokens, from: found) }
    // "where is 4471203??", "what's happening with 9981002": a bare reference asked about.
    if t.isWord, let found = afterQuestion(tokens, at: i) { return bareList(tokens, from: found) }
    // "the lamp from 88120, the shade is broken", "the box for 88219 came", "is 34412 out for delivery?": a thing of the
    // order or its state asked about.
    if t.isWord, let found = orderOfThing(tokens, at: i) ?? stateAsked(tokens, at: i) { return ([one("order_number", found)], found) }
    // "the buyer of 2291007 wants to return it": a seller names the buyer's order (branch ord51).
    if let found = buyersOrder(tokens, at: i) { return ([one("order_number", found)], found) }
    // "a problem with my order, 4471203": a long number set off right after an order was mentioned.
    if let found = afterOrderMention(tokens, at: i) { return ([one("order_number", found)], found) }
    // "add gift wrap to 30127": the order something is added to.
    if let found = addedTo(tokens, at: i) { return ([one("order_number", found)], found) }
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
    // "reorder the same as 2210": the earlier order repeated; "the blue jacket, 2048817": a reply's number set off at its end.
    if let found = sameAsBefore(tokens, at: i) ?? setOffAtEnd(tokens, at: i) { return ([one("order_number", found)], found) }
    // "cancel both, 3318 and 3319": two orders of one sequence listed with no cue (branch ord51).
    if let r = siblingPair(tokens, at: i) { return r }
    // "tracking TBA304918827000 for 71120, 71124 and 71125": the orders in one parcel.
    if let r = ordersOfParcel(tokens, at: i) { return r }
    // "this one too 2025-77183", "mark 60127 as shipped": a reference a chat phrase introduces.
    return chatReference(tokens, at: i) ?? rest(tokens, at: i, scalars: scalars)
  }
}
