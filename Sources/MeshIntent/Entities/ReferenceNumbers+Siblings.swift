/// Orders named beside an order already found (issue 12, branch ord37, from order-numbers-dev6's and dev7's
/// messages about several orders): a number of the same shape set against it ("cancel 5520461 and 5520479 but
/// not 5520480", "order 6619204 (not 6619240, …)"), and the same reference written again later in the message
/// ("it's 55120 not 55210", "4471210 is the bigger one"). A customer who contrasts or repeats a reference
/// means the same kind of thing by it; a word naming another kind before it ("RMA 55120") still wins.
extension ReferenceNumbers {
  /// Words that set a second thing against the first: "… but 7781922 didn't", "(not 6619240 …)".
  static let contrastWords: Set<String> = ["but", "not", "except", "unlike"]

  /// The index of the number that a contrast word sets against the order number `value` ending at token `k`:
  /// within six tokens and the same sentence, after a contrast word, the first number, of `value`'s shape
  /// (`shapeKey`) and four digits or more, neither money nor a count, and not named as another kind.
  static func contrastedNumber(_ tokens: [Token], after k: Int, value: String) -> Int? {
    // "its #1043 not 1034, typo": a number stated as what it is, then "not" another, corrects a misreading; the
    // other number is no order (branch ord42, dev9). "cancel 6630112 but not 6630125" sets two orders apart.
    var stated = k - 1
    if stated >= 0, hashes.contains(tokens[stated].lower) { stated -= 1 }
    if stated >= 0, givingWords.contains(tokens[stated].lower), k + 1 < tokens.count,
       tokens[k + 1].lower == "not" { return nil }
    var contrasted = false
    var j = k + 1
    while j < tokens.count, j <= k + 6 {
      let t = tokens[j]
      if t.hasDigit {
        guard contrasted, t.isWord, t.text != value, shapeKey(t.text) == shapeKey(value), digitCount(t.text) >= 4,
              identifier(t, type: "order_number"), !namedBefore(tokens, j), !postcodeOrNamedAfter(tokens, j)
        else { return nil }
        if j + 1 < tokens.count, countedNoun(tokens[j + 1]) || Money.words[tokens[j + 1].lower] != nil { return nil }
        // "i meant 902174 not 902147", "6610447 (not 6610474, i swapped the digits)": "not" right after the number
        // and the other a misreading of it (its digits swapped or one digit wrong) corrects, not sets an order apart
        // (branch ord43, dev10); "cancel 6630112 but not 6630125" still names two.
        if tokens[(k + 1)..<j].allSatisfy({ denialLinks.contains($0.lower) }), misreading(t.text, of: value) { return nil }
        return j
      }
      if [".", "?", "!", ";"].contains(t.text) { return nil }
      if contrastWords.contains(t.lower) { contrasted = true }
      j += 1
    }
    return nil
  }

  /// Whether `other` is `value` misread or mistyped: as many digits, the same digits in another order or one digit
  /// changed.
  static func misreading(_ other: String, of value: String) -> Bool {
    let a = Array(other.unicodeScalars.filter { ("0"..."9").contains($0) }), b = Array(value.unicodeScalars.filter { ("0"..."9").contains($0) })
    guard a.count == b.count, a != b else { return false }
    return a.sorted() == b.sorted() || zip(a, b).filter { $0 != $1 }.count == 1
  }

  /// Whether the token at `i` writes an order number found elsewhere in the message (`values`) again: the same
  /// text, four digits or more, not money, a count or a number a word names as another kind.
  static func repeatsOrder(_ tokens: [Token], _ i: Int, values: Set<String>) -> Bool {
    let t = tokens[i]
    guard t.isWord, values.contains(t.text), digitCount(t.text) >= 4, !otherNumberBefore(tokens, i),
          !postcodeOrNamedAfter(tokens, i), !(i > 0 && Money.symbols[tokens[i - 1].text] != nil) else { return false }
    if i + 1 < tokens.count {
      let next = tokens[i + 1]
      if countedNoun(next) || Money.words[next.lower] != nil || Money.symbols[next.text] != nil { return false }
    }
    return true
  }

  /// A parenthesis of a few words after a listed number ("30918 (fine), 30921 (late) and 30940"): the index of
  /// its ")", so the list goes on after it; nil when none starts after `last` or it holds a number.
  static func parentheticalEnd(_ tokens: [Token], after last: Int) -> Int? {
    guard last + 1 < tokens.count, tokens[last + 1].text == "(" else { return nil }
    var k = last + 2
    while k < tokens.count, k <= last + 6 {
      if tokens[k].text == ")" { return k > last + 2 ? k : nil }
      if tokens[k].hasDigit { return nil }
      k += 1
    }
    return nil
  }

  /// After an order cue, a last group of one digit after groups of two to four ("my order number is 551 209 3",
  /// Walmart's 13 digits in fours, "2000 1183 7264 9"):
  /// whether the token at `k` is one, with six digits in all, and the message goes on with no count or unit.
  static func singleDigitTail(_ tokens: [Token], _ k: Int, digitsBefore: Int) -> Bool {
    guard k > 0, k < tokens.count, tokens[k].isWord, !tokens[k].hasLetter, tokens[k].text.unicodeScalars.count == 1,
          tokens[k].start == tokens[k - 1].end + 1, (2...4).contains(tokens[k - 1].text.unicodeScalars.count),
          digitsBefore >= 5 else { return false }
    guard k + 1 < tokens.count else { return true }
    let next = tokens[k + 1]
    // "can order 2000 1183 7264 9 be changed": the verb of a question about the order follows it too.
    return next.isWord ? chaseFollowers.contains(next.lower) || next.lower == "be" : !next.hasDigit
  }
}

extension ReferenceNumbers {
  /// Whether a value a weak cue or a number word introduces has a prefix naming another record ("Reference PAY-77120",
  /// "ref RMA-2201"; branch ord42, dev9): that record's. A reference's own generic prefix ("Ref REF-009912") is not.
  static func namesOtherRecord(_ text: String) -> Bool {
    let letters = text.unicodeScalars.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    return otherPrefixed(text) && !["REF", "RF", "ID", "NR", "NO"].contains(String(String.UnicodeScalarView(letters)).uppercased())
      || upsLike(text)
  }

  /// Whether `text` opens with letters that `otherPrefixes` names ("RMA-2026-1187", "RMA-55120"): a return's,
  /// ticket's or invoice's code, not an order's, whatever cue stands near it.
  static func otherPrefixed(_ text: String) -> Bool {
    let letters = text.unicodeScalars.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
    guard !letters.isEmpty, letters.count < text.unicodeScalars.count else { return false }
    return otherPrefixes.contains(String(String.UnicodeScalarView(letters)).uppercased())
  }

  /// A long number printed in groups of five and a shorter rest, as shops print 14 digits ("10101 23456 7890"):
  /// three groups or more one space apart, digits only, the first of five and the last shorter than it; ten digits
  /// or more in all, and no count after. A list of orders ("orders 10019 10020 10021") repeats one length, and
  /// groups of four or fewer are read one by one (`group`). The last group's index.
  static func printedGroups(_ tokens: [Token], from j: Int) -> Int? {
    func plain(_ t: Token) -> Bool { t.isWord && t.hasDigit && digitCount(t.text) == t.text.unicodeScalars.count }
    guard plain(tokens[j]), digitCount(tokens[j].text) == 5 else { return nil }
    var k = j, digits = 5
    while k + 1 < tokens.count, plain(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1,
          (3...5).contains(digitCount(tokens[k + 1].text)), digitCount(tokens[k].text) == 5 {
      k += 1
      digits += digitCount(tokens[k].text)
    }
    guard k - j >= 2, digitCount(tokens[k].text) < 5, digits >= 10, !countedAfter(tokens, k) else { return nil }
    return k
  }

  /// After an order verb at `i`, a number in three digit groups or more written right after it ("cancel 551 209 3
  /// please", "refund 44 71 203"), or a shop's capitals one space before two digit groups (branch ord38b,
  /// heldout22's "cancel SO 55 1203"), read as after a cue; nil for anything else.
  static func spacedAfterVerb(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    if i + 3 < tokens.count, let end = letteredGroups(tokens, from: i + 1), end >= i + 3 {
      let a = tokens[i + 1].start, b = tokens[end].end
      return ([Found(type: "order_number", start: a, end: b, value: String(String.UnicodeScalarView(scalars[a..<b])))], end)
    }
    guard i + 3 < tokens.count, tokens[i + 1].isWord, !tokens[i + 1].hasLetter, spacedStart(tokens, i + 1, type: "order_number"),
          let r = numberAfterCue(tokens, from: i + 1, type: "order_number", cueStart: nil, scalars: scalars),
          r.found.count == 1, r.found[0].start == tokens[i + 1].start, r.last >= i + 3 else { return nil }
    return r
  }
}

extension ReferenceNumbers {
  /// A shop's code that opens the message on its own (issue 12, branch ord37, dev6's "A7F3K9Q2 - nothing yet" and
  /// dev7's "QX93KD7L"): six to twelve capitals and digits, two of each at least, changing between letters and
  /// digits three times or more (random codes do; a carrier's "RR123456785GB" or a model's "XPS9320" fewer), not a
  /// carrier's shape, and then nothing but symbols up to the end or a dash, colon or question mark.
  static func loneCode(_ tokens: [Token], at i: Int) -> Bool {
    guard i == 0, tokens[i].isWord, shape(tokens[i].text) == nil, !otherPrefixed(tokens[i].text) else { return false }
    let s = Array(tokens[i].text.unicodeScalars)
    func digit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    guard (6...12).contains(s.count), s.allSatisfy({ ("A"..."Z").contains($0) || digit($0) }),
          s.filter(digit).count >= 2, s.filter({ !digit($0) }).count >= 2 else { return false }
    let changes = zip(s, s.dropFirst()).filter { digit($0.0) != digit($0.1) }.count
    guard changes >= 3 else { return false }
    return tokens.count == 1 || ["-", "–", "—", ":", "?", "!"].contains(tokens[1].text)
  }
}
