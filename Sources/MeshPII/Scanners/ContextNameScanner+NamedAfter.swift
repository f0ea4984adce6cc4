/// A name the writer labels after writing it: "Holmes, that's my surname", "An is my given name", "Nakamura is my
/// last name, Yui the first". The phrase says the word before it is a name whatever word it also is.
extension ContextNameScanner {
  /// The words naming a name in such a phrase ("surname", "name") and the kinds before "name".
  static let labelledNameNouns = WordSet(words: ["name", "surname", "surnames", "forename", "nickname"])
  static let nameKinds = WordSet(words: ["first", "last", "given", "family", "middle", "maiden", "full", "married"])
  /// Words that say "is" in "that's my surname", "it's my name", "is my name".
  static let labelVerbs = WordSet(words: ["that's", "that’s", "thats", "it's", "it’s", "its", "is"])
  static let myHash = Bytes.wordHash("my")
  static let thatHash = Bytes.wordHash("that")

  /// Adds one or two capitalised words right before "(,) that's my surname", "is my given name" and their kin.
  static func namesLabelledAfter(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 4 else { return }
    for k in 0..<(words.count - 3) {
      let w = words[k]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, !greetings.contains(w.hash),
            !contractions.contains(w.hash), labelPhraseFollows(b, words, from: k + 1) else { continue }
      var first = k
      if k > 0, words[k - 1].capitalised, !words[k - 1].allCaps, words[k - 1].digits == 0,
         ByteWords.spaced(b, words[k - 1], w), NameLexicon.firstNames.contains(words[k - 1].hash) {
        first = k - 1
      }
      out.append(Candidate(type: .name, start: words[first].start, end: w.end))
    }
  }

  /// Whether "that's my surname" (or "is my last name", "that is my name") starts at `words[v]`, right after the
  /// word before it or a comma.
  static func labelPhraseFollows(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from v: Int) -> Bool {
    let gap = words[v - 1].end..<words[v].start
    guard gap.count <= 2, gap.allSatisfy({ b[$0] == 0x20 || b[$0] == 0x2C }) else { return false }
    var i = v
    if words[i].hash == thatHash, i + 1 < words.count, words[i + 1].hash == isHash { i += 1 }
    guard i + 2 < words.count, labelVerbs.contains(words[i].hash), words[i + 1].hash == myHash else { return false }
    var n = i + 2
    if nameKinds.contains(words[n].hash), n + 1 < words.count { n += 1 }
    return labelledNameNouns.contains(words[n].hash)
  }
}
