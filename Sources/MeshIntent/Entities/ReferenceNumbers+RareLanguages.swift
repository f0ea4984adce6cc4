/// An order named in the languages shop data rarely holds, with their case endings (issue 12, branch ord50, from
/// commerce-backstory-dev's misses and the kinds the newest independent set's misses stood for): "tilauksen 6612045",
/// "a 7741092 számú rendelésem", "zamówieniem nr 3318204", "Eskaera 2207650-ren", "주문번호 7702418", "注文番号は
/// 55120931", "คำสั่งซื้อหมายเลข 6619204", "سفارش 5509817". The word for an order is a cue as "order" is, and a message
/// that names one is about an order for the rules that read a number standing alone (`loneOrderNumbers`,
/// `unlabelledOrderNumbers`).
extension ReferenceNumbers {
  /// Whether the lower-case word `w` names an order in one of those languages: one of `rareOrderWordForms`, opening
  /// with one of `rareOrderWordStems` (the case endings vary: "tilaus", "tilauksen", "tilaukseni"), or holding one of
  /// `scriptOrderWords` (an order word with its particles written on: "בהזמנה", "주문번호", "سفارشم").
  static func rareOrderWord(_ w: String) -> Bool {
    if rareOrderWordForms.contains(w) { return true }
    if rareOrderWordStems.contains(where: { w.hasPrefix($0) }) { return true }
    // Every script word has letters outside ASCII, so an ASCII word (most of every message) holds none: the search
    // below ran for each word of each message and was the extractor's largest single cost (release profile, stop 48).
    guard !w.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
    let scalars = Array(w.unicodeScalars)
    return scriptOrderWordScalars.contains { holds(scalars, $0) }
  }

  /// `scriptOrderWords` as scalars, made once rather than for every word searched.
  static let scriptOrderWordScalars: [[Unicode.Scalar]] = scriptOrderWords.map { Array($0.unicodeScalars) }

  /// Whether the message names an order in a script the tokenizer splits at its marks (Thai tone marks, the Indic
  /// viramas cut "অর্ডার" and "ऑर्डर" into pieces): the tokens' text run together holds one of `scriptOrderWords`.
  static func namesOrderInScript(_ tokens: [Token]) -> Bool {
    var joined: [Unicode.Scalar] = []
    for t in tokens { joined += t.lower.unicodeScalars }
    guard joined.contains(where: { !$0.isASCII }) else { return false }
    return scriptOrderWordScalars.contains { holds(joined, $0) }
  }

  /// Whether the message names an order in one of those languages, by a word or in a script.
  static func namesRareOrderWord(_ tokens: [Token]) -> Bool {
    if tokens.contains(where: { $0.isWord && rareOrderWord($0.lower) }) || namesOrderInScript(tokens) { return true }
    return tokens.indices.contains { k in
      k + 1 < tokens.count && rareOrderWordPairs.contains { $0.0 == tokens[k].lower && $0.1 == tokens[k + 1].lower }
    }
  }

  /// Whether `needle` occurs in `hay`, scalar by scalar (a word's particles may fall anywhere around it, and
  /// grapheme clusters must not decide: the marks of these scripts join letters into clusters).
  static func holds(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard !needle.isEmpty, needle.count <= hay.count else { return false }
    for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
      if hay[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// An order word of those scripts with the number typed straight after it, as Japanese and Chinese write it with
  /// no space ("注文番号は55120931", "注文6618302をキャンセルしたいです"): the offset and length of the token's one digit
  /// run, five to twelve digits, after letters that hold an order word and before letters of no Latin script.
  static func scriptGlued(_ t: Token) -> (offset: Int, length: Int)? {
    guard t.isWord, t.hasDigit, t.hasLetter else { return nil }
    let s = Array(t.lower.unicodeScalars)
    guard let d = s.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
    let digits = s[d...].prefix { ("0"..."9").contains($0) }.count
    let head = Array(s[..<d]), tail = s[(d + digits)...]
    // Latin letters are a code of the shop's ("ORD55120"), which other rules read.
    guard (5...12).contains(digits), !head.contains(where: { $0.isASCII }),
          !tail.contains(where: { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }),
          scriptOrderWordScalars.contains(where: { holds(head, $0) }) else { return nil }
    return (d, digits)
  }

  /// A number with a case ending written on after a hyphen or an apostrophe ("2207650-ren", "5510233-hoz",
  /// "4471203'ün"), or with the sentence going on in a script of no spaces ("5503914の商品"): the digits alone, five or
  /// more, when one to four lower-case letters or only such a script's letters follow. A shop's suffix is in capitals or
  /// digits ("4471-A"), and English writes no such endings on a number.
  static func withoutCaseEnding(_ found: Found) -> Found {
    let s = Array(found.value.unicodeScalars)
    let digits = s.prefix { ("0"..."9").contains($0) }.count
    guard digits >= 5, digits < s.count else { return found }
    // "5503914の商品を返品したいです": the sentence goes on in a script with no spaces and no case.
    let uncased = s[digits...].allSatisfy { !$0.isASCII && $0.properties.isAlphabetic && !$0.properties.isLowercase
                                             && !$0.properties.isUppercase }
    if !uncased {
      guard digits + 2 <= s.count, ["-", "'", "’", ":"].contains(s[digits]) else { return found }
      let ending = s[(digits + 1)...]
      guard (1...4).contains(ending.count), ending.allSatisfy({ $0.properties.isLowercase }) else { return found }
    }
    var f = found
    f.value = String(String.UnicodeScalarView(s.prefix(digits)))
    f.end = f.start + digits
    return f
  }
}
