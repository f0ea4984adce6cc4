import Foundation
import MeshShopWords

/// Reading a search's filters from a follow-up's own words ("in size 42", "under 76.98"): the NLU gives sizes and price
/// bounds only when it reads the message as a search, and a short follow-up to results is often read as something else
/// (feedback, an order question). These readings are for short messages after a search, not for any text.
extension TurnReading {
  /// The words that introduce a size ("size 39", "sz M", "in size xl").
  static let sizeCues: Set<String> = ["size", "sz", "sizes"]
  /// Sizes as the extractor reads them (`ShopWords`): letter sizes, the ones that need no "size" before them, systems.
  static let letterSizes = ShopWords.letterSizes
  static let standaloneSizes = ShopWords.standaloneSizes
  static let sizeSystems = ShopWords.sizeSystems

  /// The size a message asks for ("in size 42", "size: M", "sz eu 39", "xl"), upper-cased; nil when it names none.
  static func size(in text: String) -> String? {
    let words = words(text)
    for (at, word) in words.enumerated() {
      if standaloneSizes.contains(word) { return word.uppercased() }
      guard sizeCues.contains(word), at + 1 < words.count else { continue }
      var value = words[at + 1]
      if sizeSystems.contains(value), at + 2 < words.count { value += " " + words[at + 2] }
      if let sized = searchSize(value) { return sized }
    }
    // "Do you have it in M?": a letter size written in capitals after "in" (a lower-case "in s" is too often a typo).
    let written = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    for (word, next) in zip(written, written.dropFirst()) where word.lowercased() == "in" && next == next.uppercased()
      && letterSizes.contains(next.lowercased()) && next.count <= 4 {
      return next
    }
    return nil
  }

  /// Colours a follow-up names ("what about in black", "the same in navy"): the extractor's colour words (`ShopWords`);
  /// nil when the message names none or more than one.
  static func colour(in text: String) -> String? {
    let named = Set(words(text).compactMap { ShopWords.colours[$0] })
    return named.count == 1 ? named.first : nil
  }

  /// A size as the catalogue labels it: a number of at most three digits with an optional half ("42", "9.5"), a letter
  /// size, or a system and a number ("EU 42"); the catalogue lists shoe sizes as EU numbers, so "EU 42" is sent as "42".
  static func searchSize(_ value: String) -> String? {
    let parts = value.lowercased().split(separator: " ").map(String.init)
    guard let last = parts.last, parts.count <= 2 else { return nil }
    if parts.count == 2 {
      guard sizeSystems.contains(parts[0]), isSizeNumber(last) else { return nil }
      return parts[0] == "eu" ? last : value.uppercased()
    }
    if isSizeNumber(last) { return last }
    return letterSizes.contains(last) ? last.uppercased() : nil
  }

  static func isSizeNumber(_ text: String) -> Bool {
    let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
    return (1...2).contains(pieces.count) && pieces.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  /// The longest follow-up read for a price bound: in a longer message a number after "under" may be anything.
  static let maxBoundWords = 10

  /// The highest price a short follow-up asks for ("under 76.98", "below $40", "max 30 eur"); nil when it names none.
  static func priceCeiling(in text: String) -> Double? { priceBound(in: text, cues: ShopWords.highestPriceCues) }

  /// "Price under 30", "under 50 euros", "at least 20": a follow-up of at most five words that is a price bound and names
  /// no order (the classifier may read it as a payment).
  static func isShortPriceBound(_ text: String) -> Bool {
    let words = words(text)
    return words.count <= 5 && !words.contains(where: { ["order", "orders", "refund", "paid", "charged"].contains($0) })
      && (priceCeiling(in: text) != nil || priceFloor(in: text) != nil)
  }

  /// The lowest price a short follow-up asks for ("over 50", "at least €20").
  static func priceFloor(in text: String) -> Double? { priceBound(in: text, cues: ShopWords.lowestPriceCues) }

  /// The amount after one of `cues`, with or without a currency ("76.98", "$76.98", "76.98 eur", "€ 40"), in a
  /// message of at most `maxBoundWords` words; a number followed by a unit that is not money ("under 3 days",
  /// "over 2 kg") is not a price.
  static func priceBound(in text: String, cues: [[String]]) -> Double? {
    let tokens = text.lowercased().split { $0.isWhitespace }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",!?;")) }
      .filter { !$0.isEmpty }
    guard tokens.count <= maxBoundWords else { return nil }
    let currencies = currencyWords
    // "Not more than 30": the cue after "not" is none (the negated cue is a highest price's of its own).
    for start in tokens.indices where start == 0 || !ShopWords.negations.contains(tokens[start - 1]) {
      for cue in cues where start + cue.count < tokens.count && Array(tokens[start..<start + cue.count]) == cue {
        var at = start + cue.count
        if currencies.contains(tokens[at]), at + 1 < tokens.count { at += 1 }
        let number = tokens[at].trimmingCharacters(in: CharacterSet(charactersIn: "$€£"))
        guard let value = moneyNumber(number) else { continue }
        if at + 1 < tokens.count, !currencies.contains(tokens[at + 1]), TurnReading.nonMoneyUnits.contains(tokens[at + 1]) { continue }
        return value
      }
    }
    return nil
  }

  /// Units that make a number after "under" or "over" something else than a price.
  static let nonMoneyUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                                           "kg", "g", "lb", "lbs", "oz", "km", "miles", "cm", "mm", "inch", "inches", "items", "orders",
                                           "minutes", "percent", "%", "stars", "reviews"]

  /// "76.98", "76,98", "1,200", "50" (with a trailing currency code allowed: "40eur") as a number; nil otherwise.
  static func moneyNumber(_ token: String) -> Double? {
    var digits = token
    for code in ["eur", "usd", "gbp"] where digits.hasSuffix(code) { digits.removeLast(code.count) }
    guard !digits.isEmpty, digits.count <= 12, digits.first?.isNumber == true,
          digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
    // "76,98": a decimal comma (two digits after it); "1,200": a thousands separator.
    let parts = digits.split(separator: ",", omittingEmptySubsequences: false)
    let normalised = parts.count == 2 && parts[1].count == 2 && !digits.contains(".") ? parts.joined(separator: ".") : digits.filter { $0 != "," }
    return Double(normalised).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
  }
}
