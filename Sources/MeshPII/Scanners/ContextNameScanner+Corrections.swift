/// A name typed again after the writer takes back a found one ("my name is john smith no sorry jon smyth"): chat
/// corrects typos in the next words instead of editing, and the corrected name is as personal as the first.
extension ContextNameScanner {
  /// Words that take back what was just typed: "john smith no sorry jon smyth", "Anna, I mean Hanna".
  private static let correctionWords = WordSet(words: ["no", "sorry", "i", "mean", "meant", "wait", "correction", "oops",
                                                       "typo", "actually", "sry", "soz", "rather"])
  private static let sorryHashes = ["sorry", "mean", "meant", "correction", "typo", "sry", "soz"].map { Bytes.wordHash($0) }

  /// The name typed again after a correction of a found name ("my name is john smith no sorry jon smyth"): a listed
  /// name, in the same case as the first, and one more word of that case that is no English word. The correction
  /// words must hold "sorry", "mean" or the like ("john smith no problem" is no correction).
  static func addCorrections(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var added: [Candidate] = []
    for c in all where c.type == .name {
      guard let last = words.lastIndex(where: { $0.end == c.end }) else { continue }
      var k = last + 1
      while k < words.count, k - last <= 3, correctionWords.contains(words[k].hash) { k += 1 }
      guard k > last + 1, k < words.count, (last + 1..<k).contains(where: { sorryHashes.contains(words[$0].hash) }),
            words[k].capitalised == words[last].capitalised, free(words[k], all),
            words[k].digits == 0, words[k].letters >= 2, !NameScanner.stopWords.contains(words[k].hash),
            NameLexicon.firstNames.contains(words[k].hash) || NameLexicon.surnames.contains(words[k].hash)
      else { continue }
      var end = k
      if k + 1 < words.count, ByteWords.spaced(b, words[k], words[k + 1]), words[k + 1].capitalised == words[k].capitalised,
         words[k + 1].digits == 0, words[k + 1].letters >= 2, !NameScanner.stopWords.contains(words[k + 1].hash),
         !EnglishWords.common.contains(words[k + 1].hash) {
        end = k + 1
      }
      added.append(Candidate(type: .name, start: words[k].start, end: words[end].end))
    }
    all += added
  }
}
