/// A shop's one- or two-letter prefix written one space apart from its digits, as chat retypes it (issue 12, branch
/// ord45, heldout28's "change order w 55190 from standard", "order mx 40091"): after an order cue only, and only a
/// single digit run, so a prefix before groups stays `letteredGroups`' and a unit, an amount or a word does not count.
extension ReferenceNumbers {
  /// Two-letter words and abbreviations that stand between a cue and a number without being its prefix, units, times
  /// and currencies among them ("order of rs 55190", "order 2 kg 55120"). One-letter units ("g", "m") are left out: a
  /// shop's one-letter prefix ("order m 55190") is likelier there.
  static let twoLetterWords: Set<String> = measureUnits.union(clockWords).union(unlistedCurrencies).filter { $0.count == 2 }
    .union(["an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my", "no", "of", "oh",
            "ok", "on", "or", "so", "to", "up", "us", "we", "nr", "id", "eu", "uk"])

  /// After an order cue, one or two letters (not "a", "i" or "x", nor a word, a unit or money's) one space before a
  /// run of five to ten digits that ends the number: the digits' index.
  static func prefixApart(_ tokens: [Token], from j: Int) -> Int? {
    guard j + 1 < tokens.count else { return nil }
    let letters = tokens[j].text.unicodeScalars
    guard tokens[j].isWord, (1...2).contains(letters.count),
          letters.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }),
          !["a", "i", "x"].contains(tokens[j].lower), !twoLetterWords.contains(tokens[j].lower),
          !otherPrefixes.contains(tokens[j].text.uppercased()), Money.words[tokens[j].lower] == nil else { return nil }
    let digits = tokens[j + 1]
    guard digits.isWord, !digits.hasLetter, digits.start == tokens[j].end + 1,
          digits.text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), (5...10).contains(digits.text.unicodeScalars.count)
    else { return nil }
    // More digits after ("w 5512 0983") are `letteredGroups`' form; a count or money after makes the run no number;
    // capitals after ("E 55120 UK") may be a suffix of the code, which this form does not read.
    if j + 2 < tokens.count {
      let next = tokens[j + 2]
      if next.hasDigit && next.start == digits.end + 1 || countedNoun(next) || Money.words[next.lower] != nil
        || capitals(next, 2...3) && next.start == digits.end + 1 { return nil }
    }
    return j + 1
  }
}
