/// Names spelled out letter by letter, as people do when a form or an agent gets them wrong:
/// "S-I-O-B-H-A-N", "K O W A L C Z Y K", "L-I-U". A run of three or more single capital letters, all
/// joined by the same separator ("-" or one space), is a name when it spells a word written earlier in
/// the text (that word is then a name too: "the surname is Kowalczyk, K O W A L C Z Y K") or when
/// "spelled", "spelt" or "spelling" comes right before it. Runs of letters without either ("A B C",
/// "U-S-B") stay.
enum SpelledNameScanner {
  /// Words right before a run of letters that say it spells something.
  static let cues = WordSet(words: ["spelled", "spelt", "spelling", "spell", "spells"])

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    var split: [ByteWord]?
    while i + 4 < n {
      // A capital letter standing alone, then "-" or " ", then another capital letter.
      guard Bytes.isUpper(b[i]), i == 0 || !Bytes.isWordByte(b[i - 1]), b[i + 1] == 0x2D || b[i + 1] == 0x20,
            Bytes.isUpper(b[i + 2]) else { i += 1; continue }
      let separator = b[i + 1]
      var letters: [UInt8] = [Bytes.lower(b[i])]
      var k = i
      while k + 2 < n, b[k + 1] == separator, Bytes.isUpper(b[k + 2]), k + 3 == n || !Bytes.isWordByte(b[k + 3]) {
        letters.append(Bytes.lower(b[k + 2]))
        k += 2
      }
      // The first letter must stand alone too ("KO-W" is not a spelling).
      guard letters.count >= 3, !Bytes.isWordByte(b[i + 1]) else { i = k + 1; continue }
      let end = k + 1
      // Split into words only for texts that hold a run of letters (few do).
      let words = split ?? ByteWords.split(b)
      split = words
      let before = words.filter { $0.end <= i }
      let spelledWord = before.last { w in
        w.length == letters.count && (0..<letters.count).allSatisfy { Bytes.lower(b[w.start + $0]) == letters[$0] }
      }
      let cued = before.last.map { cues.contains($0.hash) } == true
      if spelledWord != nil || cued {
        out.append(Candidate(type: .name, start: i, end: end))
        if let w = spelledWord { out.append(Candidate(type: .name, start: w.start, end: w.end)) }
      }
      i = end
    }
  }
}
