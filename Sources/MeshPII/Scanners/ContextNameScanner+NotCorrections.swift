/// A name set against another with "not" ("the label should say rafa not rafael", "its kwame not kwami", "i said quinn
/// not gwen"): chat corrects a name by naming the wrong one beside it, and both are somebody's. Round 47 (pii47).
extension ContextNameScanner {
  private static let notHash = Bytes.wordHash("not")
  /// Words after the second name that still close the correction ("… not kwami sorry", "… not Gwen, with a G").
  private static let afterCorrection = WordSet(words: ["sorry", "please", "pls", "thanks", "thx", "spelled", "spelt",
                                                       "with", "lol", "haha", "ok", "okay", "again"])

  /// Splits `b` into words only when it holds " not " (most chat does not), then adds the names set against others.
  static func addNotCorrections(_ b: UnsafeBufferPointer<UInt8>, _ all: inout [Candidate]) {
    let n = b.count
    guard n >= 9, (1..<(n - 4)).contains(where: { i in
      b[i - 1] == 0x20 && Bytes.lower(b[i]) == 0x6E && Bytes.lower(b[i + 1]) == 0x6F && Bytes.lower(b[i + 2]) == 0x74
        && b[i + 3] == 0x20 }) else { return }
    addNotCorrections(b, ByteWords.split(b), &all)
  }

  /// The word across "not" from a found one-word name, when it is spelled like it (the same first three letters) or
  /// is a listed given name; and both words when neither is found but both are listed given names, no common English
  /// word, after "said", "its", "is" or "it's" ("i said quinn not gwen").
  static func addNotCorrections(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    guard words.count >= 3 else { return }
    var added: [Candidate] = []
    for k in 1..<(words.count - 1) where words[k].hash == notHash {
      let a = words[k - 1], z = words[k + 1]
      guard ByteWords.spaced(b, a, words[k]) || ByteWords.commaGap(b, a, words[k]), ByteWords.spaced(b, words[k], z),
            plainWord(a), plainWord(z), a.capitalised == z.capitalised, closes(b, words, k + 1) else { continue }
      let aFound = all.contains { $0.type == .name && $0.start <= a.start && a.end <= $0.end }
      let zFound = all.contains { $0.type == .name && $0.start <= z.start && z.end <= $0.end }
      if aFound != zFound {
        let other = aFound ? z : a, known = aFound ? a : z
        guard free(other, all), sameStem(b, known, other) || NameLexicon.firstNames.contains(other.hash),
              !EnglishWords.common.contains(other.hash) else { continue }
        added.append(Candidate(type: .name, start: other.start, end: other.end))
      } else if !aFound, k >= 2, correctionCues.contains(words[k - 2].hash), free(a, all), free(z, all),
                NameLexicon.firstNames.contains(a.hash), NameLexicon.firstNames.contains(z.hash),
                !EnglishWords.common.contains(a.hash), !EnglishWords.common.contains(z.hash),
                !notNames.contains(a.hash), !notNames.contains(z.hash) {
        added.append(Candidate(type: .name, start: a.start, end: a.end))
        added.append(Candidate(type: .name, start: z.start, end: z.end))
      }
    }
    all += added
  }

  /// Words before a name set against another: "i said quinn not gwen", "its kwame not kwami".
  private static let correctionCues = WordSet(words: ["said", "its", "it's", "it’s", "is", "say", "says", "meant"])

  /// Letters only, two at least, no stop word.
  private static func plainWord(_ w: ByteWord) -> Bool {
    w.digits == 0 && w.letters >= 2 && !w.allCaps && !NameScanner.stopWords.contains(w.hash)
  }

  /// The second name ends its clause: the text's end, punctuation, or a word that still belongs to the correction.
  private static func closes(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    guard k + 1 < words.count else { return true }
    if !ByteWords.spaced(b, words[k], words[k + 1]) { return true }
    return afterCorrection.contains(words[k + 1].hash)
  }

  /// The same first three letters, ASCII compared without case ("rafa"/"rafael", "kwame"/"kwami").
  private static func sameStem(_ b: UnsafeBufferPointer<UInt8>, _ x: ByteWord, _ y: ByteWord) -> Bool {
    guard x.length >= 3, y.length >= 3 else { return false }
    return (0..<3).allSatisfy { Bytes.lower(b[x.start + $0]) == Bytes.lower(b[y.start + $0]) }
  }
}
