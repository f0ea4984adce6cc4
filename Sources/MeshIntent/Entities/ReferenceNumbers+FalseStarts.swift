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

/// Digits a recogniser split into short groups as they were said ("order 74 51 8 status", "cancel 40 2 77 please";
/// issue 12, branch ord47, commerce-voice-dev): after a cue or an order verb only.
extension ReferenceNumbers {
  /// From `j`: three groups or more of one to three digits, one space apart, five to eight digits in all, one group of
  /// two digits at least; no digits just before or after, and no unit, money or time word after (a count, a price
  /// or a time said in groups is none). The last group's index.
  static func recognisedGroups(_ tokens: [Token], from j: Int) -> Int? {
    func group(_ k: Int) -> Bool {
      k < tokens.count && tokens[k].isWord && !tokens[k].hasLetter && (1...3).contains(tokens[k].text.unicodeScalars.count)
        && digitCount(tokens[k].text) == tokens[k].text.unicodeScalars.count
    }
    guard group(j), !(j > 0 && (tokens[j - 1].hasDigit || Money.symbols[tokens[j - 1].text] != nil)) else { return nil }
    var k = j, total = digitCount(tokens[j].text), longest = total
    while group(k + 1), tokens[k + 1].start == tokens[k].end + 1 {
      k += 1
      let n = digitCount(tokens[k].text)
      total += n
      longest = max(longest, n)
    }
    guard k - j + 1 >= 3, (5...8).contains(total), longest >= 2 else { return nil }
    if k + 1 < tokens.count {
      let next = tokens[k + 1]
      if next.hasDigit || countedNoun(next) || Money.words[next.lower] != nil || Money.symbols[next.text] != nil
        || readingNotANumber.contains(next.lower) || [":", ".", "/", "x"].contains(next.lower) && next.start == tokens[k].end {
        return nil
      }
    }
    return k
  }
}
