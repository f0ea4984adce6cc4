/// A bare hash ("#88213 arrived broken") and a number that an order cue follows ("4471203 is my order number"):
/// the forms with no cue before the number.
extension ReferenceNumbers {
  /// A bare hash, or a number that an order cue follows.
  static func rest(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    let t = tokens[i]
    func one(_ type: String, _ k: Int) -> Found { Found(type: type, start: tokens[k].start, end: tokens[k].end, value: tokens[k].text) }

    // A bare hash: "#88213 arrived broken", "# 4471203", "nº 4471203".
    if hashes.contains(t.lower), !(i > 0 && (hashBlockers.contains(tokens[i - 1].lower) || staffBeforeHash.contains(tokens[i - 1].lower))),
       i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].hasDigit,
       identifier(tokens[i + 1], type: "order_number"), tokens[i + 1].start - t.end <= 1 {
      // "Nº 902 331 7": the number in groups after the sign, read as after a cue (branch ord50).
      if let r = numberAfterCue(tokens, from: i + 1, type: "order_number", cueStart: nil, scalars: scalars),
         r.found.count == 1, r.last > i + 1, r.found[0].start == tokens[i + 1].start { return r }
      return (split(tokens[i + 1], type: "order_number", scalars: scalars), i + 1)
    }

    // A number that an order cue follows: "4471203 is my order number", "112-3456789-0123456 order".
    if t.isWord, t.hasDigit, digitCount(t.text) >= 5, identifier(t, type: "order_number"), !otherPrefixed(t.text),
       !(i > 0 && tokens[i - 1].hasDigit), !blockedBefore(tokens, i), !otherNumberBefore(tokens, i, within: 2),
       // "i paid 12000 for my order": an amount paid, whatever order word follows (branch ord50).
       !(i > 0 && paidWords.contains(tokens[i - 1].lower)),
       !(i + 1 < tokens.count && tokens[i + 1].hasDigit && tokens[i + 1].start == t.end + 1),
       // "to 80331 Munich, order …": a postcode before its town.
       !postcodeOrNamedAfter(tokens, i) {
      var j = i + 1
      var words = 0
      while j < tokens.count && words < 3 {
        // "is the WH-1000XM5 from order 12-09876-54321 …": an order word with a number of its own names that order,
        // and the code before it is something in it (branch ord42, dev9).
        if trailingCues.contains(tokens[j].lower) { return cueWithOwnNumber(tokens, j) ? nil : ([one("order_number", i)], i) }
        if tokens[j].isWord { words += 1 } else if !trailingSymbols.contains(tokens[j].text) { break }
        j += 1
      }
    }
    // "6602174 is the parcel that went missing", "55120 is the one i mean": the words after it name the number.
    if let k = namedAfterAsOrder(tokens, i) { return ([one("order_number", k)], k) }
    return nil
  }

  /// `i` when the number there is named the order, its parcel or "the one" right after it: "is"/"was" and "the"/"my"
  /// then one of `namingNouns` (branch ord51, commerce-replies-dev). Five to nine digits, plain or an order code, no
  /// other kind named before it and no phone or place in the message: a carrier's own number is ten digits or more,
  /// and "the parcel" of a postcode or phone is not the order's.
  static func namedAfterAsOrder(_ tokens: [Token], _ i: Int) -> Int? {
    guard i >= 0, i + 3 < tokens.count else { return nil }
    let t = tokens[i], d = digitCount(t.text)
    guard t.isWord, t.hasDigit, (5...9).contains(d), identifier(t, type: "order_number"), !otherPrefixed(t.text),
          !(i > 0 && tokens[i - 1].hasDigit), ["is", "was", "'s", "’s"].contains(tokens[i + 1].lower),
          ["the", "my"].contains(tokens[i + 2].lower), namingNouns.contains(tokens[i + 3].lower),
          !blockedBefore(tokens, i), !namedBefore(tokens, i), !otherNumberBefore(tokens, i, within: 2),
          !(i > 0 && (paidWords.contains(tokens[i - 1].lower) || Money.symbols[tokens[i - 1].text] != nil)),
          !tokens.contains(where: { phoneWords.contains($0.lower) || placeTopicWords.contains($0.lower) })
    else { return nil }
    return i
  }

  /// Whether the order word at `j` is followed by a number of its own ("order 5520913", "order #5520913").
  static func cueWithOwnNumber(_ tokens: [Token], _ j: Int) -> Bool {
    var k = j + 1
    while k < tokens.count, k <= j + 3, hashes.contains(tokens[k].lower) || filler(tokens[k].lower) { k += 1 }
    return k < tokens.count && tokens[k].isWord && tokens[k].hasDigit
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
  /// Postcodes by `postcodeNames` only: "plz" and "pin" are other words in chat ("order 55120 plz"); currencies by their
  /// signs ("$ 55120 order" is an amount).
  static let trailingBlockers: Set<String> = postcodeNames.union(phoneNames).union([
    "call", "text", "+", "size", "qty", "quantity", "room", "model", "sku", "ticket", "case", "account", "ssn", "iban",
    "card", "whatsapp",
  ]).union(Money.symbols.keys)
}
