/// A bare reference asked about with no order word (issue 12, branch ord36, order-numbers-dev6's "where is
/// 4471203??" and "whats happening with 9981002!!!!"): "where is N", "what's happening with N", "what happened to
/// N", "what's going on with N". A support chat asks where a thing is that the customer is waiting for; a place
/// ("where is 10115 Berlin") or a phone ("where is 0612345678 calling from") is kept out by the number's length,
/// its trunk zero and the word after it.
extension ReferenceNumbers {
  /// The words that ask where something is or what became of it, each with the links it needs before the number.
  static let questionLinks: [String: [[String]]] = [
    "where": [["is"], ["are"]],
    "happening": [["with"], ["to"]],
    "happened": [["to"], ["with"]],
    "going": [["on", "with"]],
  ]

  /// The index of the reference asked about at `i`: the question word, its links, then six digits or more (not a
  /// phone's trunk zero before nine more digits) or a one-letter code ("where is K771203"), ended by a symbol
  /// or a word of `chaseFollowers`, and named as nothing else after it.
  static func afterQuestion(_ tokens: [Token], at i: Int) -> Int? {
    guard let options = questionLinks[tokens[i].lower] else { return nil }
    for links in options {
      let j = i + 1 + links.count
      guard j < tokens.count, zip(tokens[(i + 1)..<j], links).allSatisfy({ $0.0.lower == $0.1 }) else { continue }
      let t = tokens[j]
      let digits = digitCount(t.text)
      guard let found = bareOrderNumber(tokens, at: j).flatMap({ digits >= 6 && !(t.text.hasPrefix("0") && digits >= 10) ? $0 : nil })
              ?? oneLetterCode(tokens, at: j) else { return nil }
      if found + 1 < tokens.count, tokens[found + 1].isWord, !chaseFollowers.contains(tokens[found + 1].lower) { return nil }
      return postcodeOrNamedAfter(tokens, found) ? nil : found
    }
    return nil
  }
}
