/// After a cue word: the fillers, papers and clauses between it and its number ("order *number on the receipt is*
/// 552221"), the number's forms (spelled digits, marketplace groups, prefixes, dotted groups, spaced groups, lists),
/// and number words that an order mentioned just before makes a cue ("my order? the number is 3318872").
extension ReferenceNumbers {
  /// Words before a referring word (`referringWords`, which make an order cue when an order was just mentioned) that
  /// make it someone else's number: "my number", "phone number".
  static let referringBlockers: Set<String> = possessives.union(["contact", "tracking", "track", "parcel", "package",
                                                                 "invoice", "receipt",
                                                                 // "the carrier number is TBA304918273000" (branch ord38, dev8).
                                                                 "carrier", "courier"])

  /// Whether an order cue ("order", "purchase") is among the eight tokens before `i`, and the word just
  /// before `i` does not make the number someone's phone or another reference.
  static func orderMentioned(_ tokens: [Token], before i: Int) -> Bool {
    guard i > 0, !trailingBlockers.contains(tokens[i - 1].lower), !referringBlockers.contains(tokens[i - 1].lower)
    else { return false }
    return tokens[max(0, i - 8)..<i].contains { orderMentions.contains($0.lower) }
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
    // "new number +49 151 2233 4410": digits right after a plus are a phone's country code, whatever cue came before.
    if j < tokens.count, j > start, tokens[j - 1].text == "+", tokens[j - 1].end == tokens[j].start { return nil }
    // "about my order, 0612345678 is my number": a number set off by a comma and named after it is not the cue's.
    if j < tokens.count, tokens[start..<j].contains(where: { $0.text == "," }), postcodeOrNamedAfter(tokens, j) { return nil }
    // Digits spelled one by one or read out to voice typing: "my order number is 9 8 7 6 5", "o r d 2 0 2 5 …", "o r
    // d 2025 0 0 3 7 1 5"; said as words, the number they stand for ("six o nine one eight" → 60918).
    let numberWordBefore = tokens[max(start - 1, 0)..<j].contains { referringWords.contains($0.lower) }
    if j < tokens.count, let end = singleDigitRun(tokens, from: j, afterNumberWord: numberWordBefore) ?? speltOut(tokens, from: j) {
      let a = tokens[j].start, b = tokens[end].end
      return ([Found(type: type, start: a, end: b, value: text(a, b))], end)
    }
    if j < tokens.count, let r = readAloudAfterCue(tokens, from: j, afterNumberWord: numberWordBefore) {
      return ([Found(type: type, start: tokens[j].start, end: tokens[r.end].end, value: r.value)], r.end)
    }
    // "order 74 51 8 status": digits a recogniser split into short groups.
    if j < tokens.count, type == "order_number", let end = recognisedGroups(tokens, from: j) {
      let a = tokens[j].start, b = tokens[end].end
      return ([Found(type: type, start: a, end: b, value: text(a, b))], end)
    }
    // "the order one two three like one two three four four five": a reading broken off and started again.
    if j < tokens.count, let again = restartedReading(tokens, from: j) {
      let r = again.reading
      return ([Found(type: type, start: tokens[again.first].start, end: tokens[r.end].end, value: r.value)], r.end)
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
       let end = gluedPrefix(tokens, from: j) ?? letteredGroups(tokens, from: j) ?? slashSegments(tokens, from: j)
         ?? prefixApart(tokens, from: j) {
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
    // "my order, its SKU-4471-B": a product's code is what was ordered, not the order's number (branch ord40).
    if j < tokens.count, productCode(tokens[j].text) { return nil }
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
    // "order 4471 12 says shipped": one short group after four digits or more is a count or a day, not the number's
    // tail (branch ord41, the last round's open form); three groups or more ("55 12 09") are one number's, and so are
    // the groups after the shop's prefix written apart ("ORD 5520 19").
    if type == "order_number", cueStart == nil, found.count == 1, last == j + 1, digitCount(tokens[j].text) >= 4,
       tokens[last].text.unicodeScalars.count <= 2 {
      found[0].end = tokens[j].end
      found[0].value = text(found[0].start, found[0].end)
      last = j
      k = j + 1
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
    guard last + 2 < tokens.count, orderListLinks.contains(tokens[last + 1].lower) else { return nil }
    let k = last + 2
    if tokens[k].lower == "also" {
      guard let n = bareOrderNumber(tokens, at: k + 1), !tokens[n].hasLetter else { return nil }
      return n
    }
    // "order 66120, 66120 yen charged": an amount after the comma is no second order.
    return identifier(tokens[k], type: type) && digitCount(tokens[k].text) >= 3 && !amount(tokens, k) ? k : nil
  }

  /// Whether the number word at `i` is read from the shop's receipt, confirmation or e-mail ("the number on the receipt
  /// is …", "the number from the confirmation text was …"; branch ord42, dev9), with no word before it making it
  /// someone's phone or another kind ("tracking number from the email").
  static func numberFromShopPaper(_ tokens: [Token], _ i: Int) -> Bool {
    guard i > 0, !trailingBlockers.contains(tokens[i - 1].lower), !referringBlockers.contains(tokens[i - 1].lower),
          let past = sourcePhrase(tokens, at: i + 1) else { return false }
    return tokens[(i + 1)..<past].contains { ["receipt", "confirmation", "email", "e-mail"].contains($0.lower) }
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
    if determiners.contains(tokens[k].lower) { k += 1 }
    guard k < tokens.count, sources.contains(tokens[k].lower) else { return nil }
    // "from the confirmation text", "on the order page": the paper named by two words.
    if k + 1 < tokens.count, ["text", "email", "e-mail", "message", "page", "sms"].contains(tokens[k + 1].lower) { return k + 2 }
    return k + 1
  }

  /// Five or more single digits, one space apart, starting at `j`: the last one's index. Four are enough
  /// after a number word ("order nr 1 0 4 3", "the order number is 1 0 4 3", a shop's four-digit number spelled
  /// out), which no count is written after.
  static func singleDigitRun(_ tokens: [Token], from j: Int, afterNumberWord: Bool) -> Int? {
    func digit(_ t: Token) -> Bool { t.isWord && t.text.unicodeScalars.count == 1 && t.hasDigit }
    guard digit(tokens[j]) else { return nil }
    var k = j
    while k + 1 < tokens.count, digit(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1 { k += 1 }
    return k - j + 1 >= (afterNumberWord ? 4 : 5) ? k : nil
  }
}
