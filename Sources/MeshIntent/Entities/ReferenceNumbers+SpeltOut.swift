/// Order numbers read out rather than typed (issue 12: heldout25's "order o r d 2025 0 0 3 7 1 5", branch ord41;
/// commerce-chat-dev's voice-assistant transcripts, branch ord41b): a shop's code spelt letter by letter before its
/// typed digits. Only after a cue. Digits said as words ("four four one seven two") are `readAloud`'s (branch ord42).
extension ReferenceNumbers {
  /// After a cue at `j`: two to four single letters then digits one space apart, four single ones or five in all
  /// ("o r d 2 0 2 5 0 0 0 3 1 4", "o r d 2025 0 0 3 7 1 5"); the last token's index. A lone letter before digits may
  /// be an article or a pronoun ("order a 2 pack", "a 1 2 3 4"), so two letters are needed. Digits said as words are
  /// `readAloud`'s.
  static func speltOut(_ tokens: [Token], from j: Int) -> Int? {
    func letter(_ t: Token) -> Bool { t.isWord && t.hasLetter && t.text.unicodeScalars.count == 1 }
    func digits(_ t: Token) -> Bool { t.isWord && !t.hasLetter && digitCount(t.text) == t.text.unicodeScalars.count }
    guard let lastLetter = run(tokens, from: j, where: letter), (2...4).contains(lastLetter - j + 1),
          lastLetter + 1 < tokens.count, tokens[lastLetter + 1].start == tokens[lastLetter].end + 1,
          let end = run(tokens, from: lastLetter + 1, where: digits)
    else { return nil }
    let groups = tokens[(lastLetter + 1)...end]
    let digitTotal = groups.reduce(0) { $0 + digitCount($1.text) }
    return digitTotal >= 5 || groups.count >= 4 && digitTotal == groups.count ? end : nil
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
