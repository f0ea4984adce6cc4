/// Money amounts: a currency sign or code next to a number ("$50", "€ 45,50", "20 EUR", "USD 30",
/// "50 dollars"), normalised to "<amount> <ISO code>".
enum Money {
  static let symbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
                                          "₺": "TRY", "₽": "RUB", "₦": "NGN"]
  static let words: [String: String] = [
    "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "buck": "USD", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "quid": "GBP", "jpy": "JPY", "yen": "JPY",
    "inr": "INR", "rupees": "INR", "chf": "CHF", "francs": "CHF", "cad": "CAD", "aud": "AUD", "sek": "SEK",
    "nok": "NOK", "dkk": "DKK", "kr": "SEK", "pln": "PLN", "brl": "BRL", "mxn": "MXN", "cny": "CNY", "rmb": "CNY",
  ]

  /// Currencies whose amounts are usually written with a decimal comma and thousands dots.
  static let continental: Set<String> = ["EUR", "CHF", "SEK", "NOK", "DKK", "PLN", "BRL", "TRY", "RUB"]

  /// The amount as a plain decimal: thousands separators dropped, a decimal comma made a point.
  static func normalise(_ number: String, code: String? = nil) -> String {
    var s = number
    // "1.299.000", and "2.500" in a currency written the continental way: dots group thousands.
    let groups = s.split(separator: ".", omittingEmptySubsequences: false)
    if !s.contains("," as Character), groups.count >= 2, groups.dropFirst().allSatisfy({ $0.count == 3 }),
       groups.count >= 3 || code.map({ continental.contains($0) }) == true {
      return s.replacingAll(".", with: "")
    }
    let lastComma = s.lastIndex(of: ","), lastDot = s.lastIndex(of: ".")
    if let c = lastComma, s.distance(from: c, to: s.endIndex) == 3, (lastDot.map { $0 < c } ?? true) {
      s = s.replacingAll(".", with: "")
      s = s.replacingAll(",", with: ".")
    } else {
      s = s.replacingAll(",", with: "")
    }
    return s
  }

  /// A money amount starting at `tokens[i]`: (value, first token, last token).
  static func match(_ tokens: [Token], at i: Int) -> (value: String, first: Int, last: Int)? {
    let t = tokens[i]
    // Sign or code, then number: "$50", "USD 30".
    if let code = symbols[t.text] ?? (t.isWord && t.text.uppercased() == t.text ? words[t.lower] : nil),
       i + 1 < tokens.count, tokens[i + 1].isNumber, tokens[i + 1].start - t.end <= 1 {
      return ("\(normalise(tokens[i + 1].text, code: code)) \(code)", i, i + 1)
    }
    // Number, then sign or word: "45 €", "50 dollars", "20 EUR".
    if t.isNumber, i + 1 < tokens.count, tokens[i + 1].start - t.end <= 1,
       let code = symbols[tokens[i + 1].text] ?? words[tokens[i + 1].lower] {
      return ("\(normalise(t.text, code: code)) \(code)", i, i + 1)
    }
    return nil
  }
}

extension String {
  /// Every `target` character replaced by `replacement`.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}
