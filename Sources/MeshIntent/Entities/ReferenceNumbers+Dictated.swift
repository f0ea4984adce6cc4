/// Order numbers read out to voice typing, which writes what it hears (issue 12, branch ord41, heldout25's "the order
/// number is four four one seven two" and "order o r d 2025 0 0 3 7 1 5"): the digits as words, and the shop's
/// letter prefix spelled one letter at a time before its digits. Only after a cue: "one two three" alone counts.
extension ReferenceNumbers {
  /// Digits said as words; "oh" is how a zero is read out in a number.
  static let digitWords: Set<String> = ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

  /// Five digit words or more, one space apart, starting at `j` (after a cue): the last one's index. Fewer are a
  /// count or a choice ("order two of them"), and no quantity is said digit by digit.
  static func spelledDigitRun(_ tokens: [Token], from j: Int) -> Int? {
    func word(_ t: Token) -> Bool { t.isWord && digitWords.contains(t.lower) }
    guard j < tokens.count, word(tokens[j]) else { return nil }
    var k = j
    while k + 1 < tokens.count, word(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1 { k += 1 }
    return k - j + 1 >= 5 ? k : nil
  }

  /// Two to four single letters one space apart at `j`, then digit groups one space apart with five digits or more
  /// in all ("o r d 2025 0 0 3 7 1 5", "W E B 4 4 1 2 0"): the last group's index. One letter is an article or a
  /// pronoun ("order a 2 pack", "order i 5"), and letters alone spell no order number.
  static func spelledPrefix(_ tokens: [Token], from j: Int) -> Int? {
    func letter(_ t: Token) -> Bool { t.isWord && t.text.unicodeScalars.count == 1 && t.hasLetter }
    func spaced(_ k: Int) -> Bool { k + 1 < tokens.count && tokens[k + 1].start == tokens[k].end + 1 }
    guard j < tokens.count, letter(tokens[j]) else { return nil }
    var k = j
    while spaced(k), letter(tokens[k + 1]) { k += 1 }
    guard (2...4).contains(k - j + 1) else { return nil }
    var digits = 0
    while spaced(k), tokens[k + 1].isWord, !tokens[k + 1].hasLetter,
          digitCount(tokens[k + 1].text) == tokens[k + 1].text.unicodeScalars.count {
      k += 1
      digits += digitCount(tokens[k].text)
    }
    return digits >= 5 ? k : nil
  }
}
