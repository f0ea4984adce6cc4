/// Order references in the printed forms of shops and platforms beyond the marketplace's own (issue 12,
/// branch ordnum32, dev set `order-numbers-dev3.txt`): a letter prefix glued by a dot or slash
/// ("GPA.3312-4567-8901-23456", "BK/2024/33812") or one space before digit groups ("ABC 123 456"), a
/// ticket office's slash suffix ("37-52183/UK"), digit groups joined by dots ("12.345.678"), nine random
/// capitals (PrestaShop's "XKBKNABJK"), store codes with digits in the prefix or a country suffix
/// ("BBY01-806541234567", "SHP-20931-UK", "W-3328811"), and "P.O." as a cue.
extension ReferenceNumbers {
  /// Whether `t` is one to four capital letters (A-Z) and nothing else: a shop's prefix written apart.
  static func capitals(_ t: Token, _ range: ClosedRange<Int>) -> Bool {
    t.isWord && range.contains(t.text.unicodeScalars.count) && t.text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
  }

  /// "P.O." (purchase order) at `i`, read at its "O": the "." after it is skipped as a symbol.
  static func purchaseOrderAbbreviation(_ tokens: [Token], at i: Int) -> Bool {
    guard i >= 2, tokens[i].lower == "o", tokens[i - 1].text == ".", tokens[i - 2].lower == "p" else { return false }
    return tokens[i - 2].end == tokens[i - 1].start && tokens[i - 1].end == tokens[i].start
  }

  /// After a cue, a shop's capital prefix glued by "." or "/" to its digits ("GPA.3312-4567-8901-23456",
  /// "BK/2024/33812"): the index of the digits. The prefix is not another number's (SKU, INV, …).
  static func gluedPrefix(_ tokens: [Token], from j: Int) -> Int? {
    guard j + 2 < tokens.count, capitals(tokens[j], 1...4), !otherPrefixes.contains(tokens[j].text),
          [".", "/"].contains(tokens[j + 1].text), tokens[j + 1].start == tokens[j].end,
          tokens[j + 2].start == tokens[j + 1].end, !tokens[j + 2].hasLetter, digitCount(tokens[j + 2].text) >= 4,
          identifier(tokens[j + 2], type: "order_number") else { return nil }
    return j + 2
  }

  /// After a cue, capitals one space before digit groups ("order number ABC 123 456", "order no A 1120
  /// 3382"), or one capital with the first digits ("apple order W7 7812 3409"): the last group's index. Not a
  /// currency ("EUR 1 299") nor another number's prefix. One lower-case letter too, as chat retypes the capital
  /// ("label please for w 5512 0983", branch ord39, heldout22), but not "a", "i" or "x", which are words or a times sign.
  static func letteredGroups(_ tokens: [Token], from j: Int) -> Int? {
    let s = Array(tokens[j].text.unicodeScalars)
    let capitalAndDigits = tokens[j].isWord && (2...4).contains(s.count) && ("A"..."Z").contains(s[0])
      && s.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    let lowerLetter = s.count == 1 && ("b"..."z").contains(s[0]) && !["i", "x"].contains(s[0])
    guard j + 1 < tokens.count, capitals(tokens[j], 1...4) || capitalAndDigits || lowerLetter, !otherPrefixes.contains(tokens[j].text),
          Money.words[tokens[j].lower] == nil, tokens[j + 1].start == tokens[j].end + 1,
          spacedStart(tokens, j + 1, type: "order_number") else { return nil }
    var k = j + 2
    while k < tokens.count, group(tokens[k], after: tokens[k - 1], type: "order_number") { k += 1 }
    // A count after the groups ("A 12 34 boxes") makes the digits a quantity, not a reference.
    if k < tokens.count, countedNoun(tokens[k]) { return nil }
    // A last group with letters ("RR 1234 5678 5GB") makes it a carrier's UPU number written in groups.
    if k < tokens.count, tokens[k].start == tokens[k - 1].end + 1, tokens[k].hasDigit, tokens[k].hasLetter { return nil }
    return k - 1
  }

  /// Two groups of a code that mixes letters and digits, written apart (issue 12, branch ord36, dev6's "order
  /// number A1B2 C3D4"): each four or five letters and digits of the same length, both kinds in each. A UK or
  /// Canadian postcode ("SW1A 1AA", "K1A 0B1") has a three-character group, so it is not one.
  static func mixedGroups(_ a: Token, _ b: Token) -> Bool {
    func mixed(_ t: Token) -> Bool {
      t.hasLetter && t.hasDigit && (4...5).contains(t.text.unicodeScalars.count)
        && t.text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
    return mixed(a) && mixed(b) && a.text.unicodeScalars.count == b.text.unicodeScalars.count
  }

  /// Digit groups joined by dots, as some shops print their numbers ("Bestellnummer 12.345.678"): three
  /// groups or more ("1.220.334"), six digits or more, not a date ("03.12.2024") nor a version ("2.14.3",
  /// too short).
  static func dottedGroups(_ t: Token) -> Bool {
    guard t.isWord, !t.hasLetter, !DateExpressions.numeric(t.text) else { return false }
    let parts = t.text.split(separator: ".", omittingEmptySubsequences: false)
    func digits(_ p: Substring) -> Bool { p.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    return parts.count >= 3 && (1...5).contains(parts[0].count) && parts.dropFirst().allSatisfy { (2...5).contains($0.count) }
      && parts.allSatisfy(digits) && digitCount(t.text) >= 6
  }

  /// Whether money's unit follows the number at `j`: a currency word or sign, or an ISO code in capitals
  /// ("1.299.000 VND"), which `Money` may not list.
  static func moneyAfter(_ tokens: [Token], _ j: Int) -> Bool {
    guard j + 1 < tokens.count else { return false }
    let next = tokens[j + 1]
    return Money.words[next.lower] != nil || Money.symbols[next.text] != nil || capitals(next, 3...3)
  }

  /// PrestaShop's order reference: nine random capitals ("XKBKNABJK"). An English word in capitals of that
  /// length ("CANCELLED", "DELIVERED") has three vowels or more; a random one seldom does.
  static func letterReference(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    guard s.count == 9, s.allSatisfy({ ("A"..."Z").contains($0) }) else { return false }
    return s.filter { "AEIOU".unicodeScalars.contains($0) }.count <= 2
  }

  /// Store codes the two-to-four-letter prefix rule does not cover, written alone: one capital, a hyphen
  /// and six digits or more ("W-3328811"; a German postcode "D-80331" has five); a prefix with a store
  /// number before a long serial ("BBY01-806541234567", eight digits or more); a prefix, digits and a
  /// country suffix ("SHP-20931-UK"). Never another number's prefix; model codes mix letters into digits.
  static func compoundCode(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    func upper(_ p: [Unicode.Scalar]) -> Bool { p.allSatisfy { ("A"..."Z").contains($0) } }
    func digits(_ p: [Unicode.Scalar]) -> Bool { p.allSatisfy { ("0"..."9").contains($0) } }
    guard (2...3).contains(parts.count), digits(parts[1]) else { return false }
    // The prefix in capitals, or all in lower case as a customer retypes it ("bby01-806221594").
    var letters = Array(parts[0].prefix { ("A"..."Z").contains($0) })
    if letters.isEmpty { letters = Array(parts[0].prefix { ("a"..."z").contains($0) }) }
    let store = parts[0].dropFirst(letters.count)
    let prefix = String(String.UnicodeScalarView(letters)).uppercased()
    guard !letters.isEmpty, digits(Array(store)), !otherPrefixes.contains(prefix) else { return false }
    if parts.count == 3 {
      guard (2...4).contains(letters.count), store.isEmpty else { return false }
      // A prefix and two digit groups, seven digits or more: "MKT-2291-4471", "US-2026-448120".
      if digits(parts[2]) {
        // A subscription's or a repeat order's delivery after the order's digits: "SUB-7712-01", "RO-4410-12" (branch
        // ord44, dev11); four digits that are a year before a month's two ("SUB-2025-11") name a month, not a delivery.
        let group = String(String.UnicodeScalarView(parts[1])), last = Int(String(String.UnicodeScalarView(parts[2]))) ?? 0
        if parts[1].count >= 4 && parts[2].count == 2 { return !(yearGroup(group) && (1...12).contains(last)) }
        return parts[1].count >= 2 && parts[2].count >= 3 && parts[1].count + parts[2].count >= 7
      }
      return parts[1].count >= 5 && (2...3).contains(parts[2].count) && upper(parts[2])
    }
    if letters.count == 1 && store.isEmpty { return (6...12).contains(parts[1].count) }
    // One letter and one digit before five digits or more ("A7-66301", branch ord45, heldout28): a shop's series
    // letter and store digit; a camera's or a chip's model ("A7-III", "E5-2680") has letters or four digits.
    if letters.count == 1 && store.count == 1 { return (5...8).contains(parts[1].count) }
    return (2...4).contains(letters.count) && (1...3).contains(store.count) && parts[1].count >= 8
  }

  /// An order number `found`, ending at a token before `last + 1`, with a ticket office's area suffix
  /// glued by a slash ("37-52183/UK", "41-88230/LON"): the longer find and its last token.
  static func withSlashSuffix(_ found: Found, _ tokens: [Token], last: Int) -> (found: Found, last: Int)? {
    guard found.type == "order_number", digitCount(found.value) >= 4,
          let k = tokens.firstIndex(where: { $0.end == found.end }), k + 2 < tokens.count,
          tokens[k + 1].text == "/", tokens[k + 1].start == found.end, tokens[k + 2].start == tokens[k + 1].end,
          capitals(tokens[k + 2], 2...4) else { return nil }
    // More letters or digits glued after ("37-52183/UK/2") are not this form.
    if k + 3 < tokens.count, tokens[k + 3].start == tokens[k + 2].end, tokens[k + 3].text == "/" { return nil }
    var f = found
    f.end = tokens[k + 2].end
    f.value += "/" + tokens[k + 2].text
    return (f, max(last, k + 2))
  }

  /// Digit groups joined by two hyphens or more, eight digits or more, not a date: a shop's structured
  /// number ("2024-11-8812"), as much a code after "ref" as letters and digits are.
  static func dashedGroups(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count >= 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
      && digitCount(value) >= 8 && !DateExpressions.numeric(value)
  }

  /// Whether the number at `j` counts things after a verb cue, one word before the plural: "to order 500
  /// business cards", "I'd like to buy 20 paper bags".
  static func countedAfterVerb(_ tokens: [Token], _ j: Int, cue: Int) -> Bool {
    guard cue >= 1, cue < tokens.count, buyingVerbs.contains(tokens[cue].lower),
          verbOpeners.contains(tokens[cue - 1].lower), j + 2 < tokens.count, tokens[j + 1].isWord,
          !tokens[j + 1].hasDigit else { return false }
    return countedNoun(tokens[j + 2])
  }
}

extension ReferenceNumbers {
  /// After an order cue, a reference in segments glued by "/" with a country or shop code between ("order no.
  /// 2026/AU/00417", "7781/PL/2026", "26/FR/55102"): three segments or more of digits or one to four capitals,
  /// one of them capitals, five digits or more in all; the last segment's index. The tokenizer keeps a "/"
  /// only between digits, so the capitals and their slashes come as tokens of their own.
  static func slashSegments(_ tokens: [Token], from j: Int) -> Int? {
    func segment(_ t: Token) -> Bool { t.isWord && (capitals(t, 1...4) || !t.hasLetter && t.hasDigit && !t.text.contains("." as Character)) }
    guard j < tokens.count, segment(tokens[j]) else { return nil }
    var k = j, segments = tokens[j].text.split(separator: "/").count
    while k + 2 < tokens.count, tokens[k + 1].text == "/", tokens[k + 1].start == tokens[k].end,
          tokens[k + 2].start == tokens[k + 1].end, segment(tokens[k + 2]) {
      k += 2
      segments += tokens[k].text.split(separator: "/").count
    }
    let run = tokens[j...k]
    guard k > j, segments >= 3, run.contains(where: { capitals($0, 1...4) }), !run.contains(where: { otherPrefixes.contains($0.text) }),
          run.reduce(0, { $0 + digitCount($1.text) }) >= 5 else { return nil }
    // Glued on to more ("2026/AU/00417/x") is some other path.
    if k + 1 < tokens.count, tokens[k + 1].start == tokens[k].end, tokens[k + 1].text == "/" { return nil }
    return k
  }
}

extension ReferenceNumbers {
  /// A store's or region's letters before the shop's ORD and its digits (issue 12, branch ord36, dev6's
  /// "RT-ORD-44719"): "EU-ORD-330192", "SHOP-ORD-2291". `upper` is the token in capitals. Not after another
  /// number's prefix: "RMA-ORD-44719" is a return's authorisation for an order.
  static func storeOrderCode(_ upper: String) -> Bool {
    let parts = upper.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1] == "ORD", (1...4).contains(parts[0].count),
          parts[0].allSatisfy({ ("A"..."Z").contains($0) }), !otherPrefixes.contains(String(parts[0])),
          parts[2].count >= 4, parts[2].allSatisfy({ ("0"..."9").contains($0) }) else { return false }
    return true
  }
}
