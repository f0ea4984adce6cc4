/// An order number the customer corrects in the same message: "order 10293847, sorry I meant 10293874",
/// "cancel 77120 - no wait, it's 77210", "order 55102 (typo, it's 55120)". The corrected number is the one
/// the customer means, and it has the first one's shape. The number corrected is no order when the correction
/// is a misreading of it (its digits swapped or one changed): the data sets mark only the number the customer
/// means in the end (mesh/data/intents/README.md; issue 12, branch ord45), and the assistant must not look up
/// the mistyped one, which may be a stranger's order.
extension ReferenceNumbers {
  /// Words that say the number before was wrong.
  static let correctionWords: Set<String> = ["meant", "mean", "typo", "correction", "corrected", "wait", "oops",
                                             "sorry", "actually", "rather", "wrong", "mistyped", "misspelled"]

  /// The index of the number that corrects the order number `value` ending at token `k`: within nine
  /// tokens after it, after a correction word, the first number, of the same shape (digits for digits,
  /// letters for letters, the same separators) or as many digits; nil when another number comes first.
  static func correctedNumber(_ tokens: [Token], after k: Int, value: String) -> Int? {
    var corrected = false
    var j = k + 1
    while j < tokens.count, j <= k + 9 {
      let t = tokens[j]
      if t.hasDigit {
        guard corrected, t.isWord, t.text != value, identifier(t, type: "order_number"),
              shapeKey(t.text) == shapeKey(value) || !t.hasLetter && digitCount(t.text) == digitCount(value) && t.text.unicodeScalars.count == digitCount(t.text)
        else { return nil }
        if j + 1 < tokens.count, countedNoun(tokens[j + 1]) || Money.words[tokens[j + 1].lower] != nil { return nil }
        return j
      }
      if correctionWords.contains(t.lower) { corrected = true }
      j += 1
    }
    return nil
  }

  /// A text's shape: each digit as 9, each letter as A, other characters kept ("ORD-1002" → "AAA-9999").
  static func shapeKey(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { c -> Unicode.Scalar in
      if ("0"..."9").contains(c) { return "9" }
      return c.properties.isAlphabetic ? "A" : c
    }))
  }
}

extension EntityExtractor {
  /// Applies the customer's own corrections to the order numbers of `found`: the number a correction gives is
  /// added (`correctedNumber`), and the number it corrects is dropped when the correction misreads it ("order
  /// 55102 (typo, it's 55120)"); "it's order ORD-100019 not ORD-100091": a misreading right after "not" is the
  /// number the customer says it is not. A correction by a number of another make ("0 0 0 1 2 3... sorry the full
  /// one is 000123456") or one that is no misreading keeps both, as two orders may be meant.
  func applyCorrections(_ found: inout [Entity], _ tokens: [Token]) {
    func free(_ t: Token) -> Bool { !found.contains { $0.start < t.end && t.start < $0.end } }
    var wrong: [(start: Int, end: Int)] = []
    for f in found where f.type == "order_number" {
      guard let k = tokens.firstIndex(where: { $0.end == f.end }) else { continue }
      if let c = ReferenceNumbers.correctedNumber(tokens, after: k, value: f.value) {
        if ReferenceNumbers.misreading(tokens[c].text, of: f.value) { wrong.append((f.start, f.end)) }
        if free(tokens[c]) {
          found.append(Entity(type: "order_number", value: tokens[c].text, start: tokens[c].start, end: tokens[c].end))
        }
      } else if let first = tokens.firstIndex(where: { $0.start == f.start }),
                ReferenceNumbers.deniedMisreading(tokens, first, of: found.filter { $0.type == "order_number" && $0.end <= f.start }) {
        wrong.append((f.start, f.end))
      }
      // "should read 77120451, I typed 77120415 before": the number the customer says they mistyped, a misreading of
      // another order number of the message that is not said so itself (branch ord51).
      if let first = tokens.firstIndex(where: { $0.start == f.start }), ReferenceNumbers.saidMistyped(tokens, first),
         found.contains(where: { g in
           g.type == "order_number" && g.start != f.start && ReferenceNumbers.misreading(f.value, of: g.value)
             && !(tokens.firstIndex(where: { $0.start == g.start }).map { ReferenceNumbers.saidMistyped(tokens, $0) } ?? true)
         }) {
        wrong.append((f.start, f.end))
      }
    }
    found.removeAll { e in e.type == "order_number" && wrong.contains { $0.start == e.start && $0.end == e.end } }
  }
}

extension ReferenceNumbers {
  /// Whether one of `mistypingWords` stands among the three tokens before `i`, in its sentence: "I typed 77120415",
  /// "the wrong one 5512" (branch ord51).
  static func saidMistyped(_ tokens: [Token], _ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, k >= i - 3 {
      if sentenceEnds.contains(tokens[k].text) { return false }
      if mistypingWords.contains(tokens[k].lower) { return true }
      k -= 1
    }
    return false
  }

  /// Whether the number starting at token `i` follows "not" right after an order number in `before` that it
  /// misreads ("ORD-100019 not ORD-100091", "6619204 (not 6619240"): only "not", "(" and "," between them.
  static func deniedMisreading(_ tokens: [Token], _ i: Int, of before: [Entity]) -> Bool {
    guard i > 0, tokens[i - 1].lower == "not" else { return false }
    var k = i - 1
    while k > 0, denialLinks.contains(tokens[k - 1].lower) { k -= 1 }
    guard k > 0 else { return false }
    let end = tokens[k - 1].end
    return before.contains { $0.end == end && misreading(tokens[i].text, of: $0.value) }
  }
}

extension ReferenceNumbers {
  /// Words that affirm the number after them against one denied: "its 3319", "the right one is 93318", "i meant …".
  static let affirmingWords: Set<String> = itIsWords.union(["is", "meant"])

  /// The index of the number a customer affirms against its misreading, which they deny with "not" (branch ord45,
  /// dev10's "oops sorry, not 3391, its 3319", dev11's "sorry the right one is 93318, not 93381"): "not A(,) its B" or
  /// "is B(,) not A", both four digits or more, one the other misread (digits swapped or one changed). The misread pair
  /// is the evidence that a reference is meant, so no cue is needed; a message about an address, a postcode or a phone
  /// ("the postcode is 10115, not 10151") corrects that instead.
  static func affirmedNumber(_ tokens: [Token]) -> Int? {
    func plain(_ k: Int) -> Bool {
      k >= 0 && k < tokens.count && tokens[k].isWord && !tokens[k].hasLetter && digitCount(tokens[k].text) >= 4
        && identifier(tokens[k], type: "order_number") && !amount(tokens, k) && !namedBefore(tokens, k)
        && !postcodeOrNamedAfter(tokens, k)
    }
    guard !tokens.contains(where: { numberKinds.contains($0.lower) || addressWords.contains($0.lower) }) else { return nil }
    for n in tokens.indices where tokens[n].lower == "not" && plain(n + 1) {
      let denied = tokens[n + 1].text
      var after = n + 2
      if after < tokens.count, tokens[after].text == "," { after += 1 }
      if after < tokens.count, affirmingWords.contains(tokens[after].lower), plain(after + 1),
         misreading(tokens[after + 1].text, of: denied) { return after + 1 }
      var before = n - 1
      if before >= 0, tokens[before].text == "," { before -= 1 }
      if before >= 1, affirmingWords.contains(tokens[before - 1].lower), plain(before), misreading(denied, of: tokens[before].text) {
        return before
      }
    }
    return nil
  }
}
