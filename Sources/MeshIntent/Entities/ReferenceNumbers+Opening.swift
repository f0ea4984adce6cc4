/// A message that opens with a number word and the number (issue 12, branch ord50, commerce-backstory-dev's "nr. 22081943
/// status please"): "nr. 6621093 – any update?", "n° 4481903, changer l'adresse de livraison svp". The customer gives the
/// reference first and then says what is wrong; the phone scanner would read eight digits after "nr" as a number to call.
extension ReferenceNumbers {
  /// Whether `t` is five to nine plain digits with no trunk zero: as short as a local phone number, which the phone
  /// scanner takes after "on", and as long as a shop's order number.
  static func localDigits(_ t: Token) -> Bool {
    let n = t.text.unicodeScalars.count
    return t.isWord && (5...9).contains(n) && digitCount(t.text) == n && !t.text.hasPrefix("0")
  }

  /// Number words that may open such a message: "nr", "no", "num", "number", "nro", "nº", and "n" before "°".
  static let openingNumberWords: Set<String> = ["nr", "no", "num", "number", "nro", "nº"]

  /// The order number after a number word that opens the message at `i`: only symbols before it; "no" only with a dot,
  /// a colon or a sign after it ("no. 318552", not "no 55120 isn't mine"); the value five digits or more in a message
  /// about an order (`weakCueValueFits`), no phone word, and no word that names another kind of number.
  static func afterOpeningNumberWord(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    guard i < tokens.count, tokens[..<i].allSatisfy({ !$0.isWord }), i + 1 < tokens.count else { return nil }
    let w = tokens[i].lower
    let signed = [".", ":", "°", "#"].contains(tokens[i + 1].text)
    guard openingNumberWords.contains(w) && (w != "no" || signed) || w == "n" && tokens[i + 1].text == "°" else { return nil }
    guard !tokens.contains(where: { phoneWords.contains($0.lower) || otherNumberWords.contains($0.lower) }),
          let r = numberAfterCue(tokens, from: i + 1, type: "order_number", cueStart: nil, scalars: scalars),
          r.found.allSatisfy({ f in
            f.type == "order_number" && digitCount(f.value) >= 5 && !yearGroup(f.value) && !namesOtherRecord(f.value)
              && (weakCueValueFits(tokens, f) || tokens.contains { loneTopicWords.contains($0.lower) || changeTopicWords.contains($0.lower) }
                  || namesRareOrderWord(tokens))
          })
    else { return nil }
    return r
  }
}
