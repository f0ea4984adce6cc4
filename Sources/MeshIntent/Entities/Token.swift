/// A token of the entity extractor: a word or number (with inner `-`, `/`, `.`, `,`, `'` kept when
/// letters or digits surround them, so "ORD-20931", "1,299.99" and "05/01/2024" stay whole), or one
/// symbol. Offsets are Unicode scalar offsets into the utterance.
struct Token {
  var text: String
  var lower: String
  var start: Int
  var end: Int
  var isWord: Bool
  var hasDigit: Bool
  var hasLetter: Bool

  /// A whole number or decimal ("3", "45.50", "1,299.99"), not an identifier or date.
  // (`"-" as Character`: a string literal would pick Foundation's `contains(_: StringProtocol)`, a CFString search per
  // call; the extractor asks this of every token many times.)
  var isNumber: Bool {
    hasDigit && !hasLetter && !text.contains("-" as Character) && !text.contains("/" as Character) && text.filter { $0 == "." }.count <= 1
  }

  /// The tokens of `scalars`.
  static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    let n = scalars.count
    func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || ("0"..."9").contains(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    while i < n {
      let s = scalars[i]
      if s.properties.isWhitespace { i += 1; continue }
      if isAlnum(s) {
        var e = i + 1
        while e < n {
          if isAlnum(scalars[e]) { e += 1; continue }
          let c = scalars[e]
          if e + 1 < n, isAlnum(scalars[e + 1]) {
            if c == "-" || c == "_" || c == "'" || c == "’" { e += 1; continue }
            if (c == "." || c == "," || c == "/") && isDigit(scalars[e - 1]) && isDigit(scalars[e + 1]) {
              e += 1; continue
            }
          }
          break
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[i..<e])
        let string = String(text)
        tokens.append(Token(text: string, lower: string.lowercased(), start: i, end: e, isWord: true,
                            hasDigit: string.unicodeScalars.contains(where: isDigit),
                            hasLetter: string.unicodeScalars.contains { $0.properties.isAlphabetic }))
        i = e
      } else {
        let string = String(Character(s))
        tokens.append(Token(text: string, lower: string, start: i, end: i + 1, isWord: false, hasDigit: false,
                            hasLetter: false))
        i += 1
      }
    }
    return tokens
  }
}
