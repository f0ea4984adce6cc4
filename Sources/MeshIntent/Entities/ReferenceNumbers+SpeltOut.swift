/// Order numbers read out rather than typed (issue 12, branch ord41b, commerce-chat-dev's voice-assistant
/// transcripts): digits a speech recogniser writes as words ("order number five five three one eight") and a
/// shop's code spelt letter by letter before its digits ("order number is o r d 2 0 2 5 0 0 0 3 1 4").
extension ReferenceNumbers {
  /// The words a recogniser writes for one spoken digit.
  static let digitWords: Set<String> = ["zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine"]

  /// After a cue at `j`: four digit words or more one space apart ("five five three one eight"), or two to four
  /// single letters then four single digits or more, all one space apart ("o r d 2 0 2 5 0 0 0 3 1 4"); the last
  /// token's index. Four digit words are no count ("order two more" is one word), and a lone letter before digits
  /// may be an article ("a 1 2 3 4"), so two letters are needed.
  static func speltOut(_ tokens: [Token], from j: Int) -> Int? {
    if let end = run(tokens, from: j, where: { digitWords.contains($0.lower) }), end - j + 1 >= 4 {
      guard end + 1 < tokens.count else { return end }
      // "order number one two three four five hundred": a quantity said in words goes on past the digits; "four four
      // seven one... sorry: 4 4 7 1 0 9": a reading that trails off is unfinished, the number comes after it.
      let next = tokens[end + 1].text
      let trailsOff = next.hasPrefix("…") || next.hasPrefix("..")
        || next == "." && end + 2 < tokens.count && tokens[end + 2].text.hasPrefix(".")
      return ["hundred", "thousand", "million"].contains(tokens[end + 1].lower) || trailsOff ? nil : end
    }
    func letter(_ t: Token) -> Bool { t.isWord && t.hasLetter && t.text.unicodeScalars.count == 1 }
    guard let lastLetter = run(tokens, from: j, where: letter), (2...4).contains(lastLetter - j + 1),
          lastLetter + 1 < tokens.count, tokens[lastLetter + 1].start == tokens[lastLetter].end + 1,
          let end = run(tokens, from: lastLetter + 1, where: { $0.isWord && !$0.hasLetter && $0.text.unicodeScalars.count == 1 }),
          end - lastLetter >= 4
    else { return nil }
    return end
  }

  /// The last index of tokens from `j` on that satisfy `fits`, each one space after the one before; nil when
  /// `tokens[j]` does not.
  private static func run(_ tokens: [Token], from j: Int, where fits: (Token) -> Bool) -> Int? {
    guard j < tokens.count, fits(tokens[j]) else { return nil }
    var k = j
    while k + 1 < tokens.count, fits(tokens[k + 1]), tokens[k + 1].start == tokens[k].end + 1 { k += 1 }
    return k
  }
}
