/// A number read aloud that the customer starts, breaks off and starts again (issue 12, branch ord47,
/// commerce-voice-dev's "the order one two three like one two three four four five"): the data sets mark only the
/// number meant in the end, so the broken-off start is no order number and the whole reading after it is.
extension ReferenceNumbers {
  /// Words and symbols a speaker breaks off with before starting a number again.
  static let restartWords: Set<String> = [
    "like", "uh", "um", "umm", "uhh", "er", "erm", "hmm", "sorry", "no", "wait", "i", "mean", "meant", "actually",
    "hold", "on", "let", "me", "again", "its", "it's", "it’s", "is", "ok", "okay", "so", ",", ".", "-", "…", "...",
  ]

  /// After a cue at `j`: a reading too short to be a number (under five digits), up to four break-off words, then a
  /// reading of four digits or more that starts with the same digits. Its first token and the reading.
  static func restartedReading(_ tokens: [Token], from j: Int) -> (first: Int, reading: ReadAloud)? {
    guard let short = readAloud(tokens, from: j), short.digits < 5, !short.lettered else { return nil }
    var k = short.end + 1, skipped = 0
    while k < tokens.count, skipped < 4, restartWords.contains(tokens[k].lower) {
      k += 1
      skipped += 1
    }
    guard skipped > 0, k < tokens.count, let again = readAloudAfterCue(tokens, from: k, afterNumberWord: true),
          again.digits > short.digits, again.value.hasPrefix(short.value)
    else { return nil }
    return (k, again)
  }
}
