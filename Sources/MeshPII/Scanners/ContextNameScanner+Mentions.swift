/// Names addressed with "@" in a message to a colleague ("@Priya please check the refund") and Latin-letter names
/// glued to another language's honorific or followed by its polite particle ("Hyun-woo님, …", "Somchai ครับ, …")
/// (pii52). Usernames stay: a mention is a name only when it is a capitalised given name the lexicon knows, letters
/// only, closed by a space or punctuation ("@shop_support", "@Priya92", "@BestDeals" are handles).
extension ContextNameScanner {
  /// Honorifics and particles that follow a name directly or after a space: Korean "님", "씨", Japanese "さん", "様",
  /// Thai "ครับ", "ค่ะ" (these two only after a space, at the text's start, as the writer's own name).
  static let gluedHonorifics = ["님", "씨", "さん", "様", "さま", "くん", "ちゃん"].map { Array($0.utf8) }
  static let thaiParticles = ["ครับ", "ค่ะ", "คะ"].map { Array($0.utf8) }

  static func mentionedNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for (k, w) in words.enumerated() {
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2 else { continue }
      // "@Priya please": "@" right before, nothing of a handle after.
      if w.start >= 1, b[w.start - 1] == 0x40, w.start == 1 || !Bytes.isWordByte(b[w.start - 2]),
         w.end == b.count || [0x20, 0x2C, 0x3A, 0x21, 0x3F, 0x0A].contains(b[w.end]),
         // Word given names count here ("@Grace", "@Will"): nobody addresses a virtue or a month with "@".
         NameLexicon.firstNames.contains(w.hash), !NameScanner.stopWords.contains(w.hash) {
        out.append(Candidate(type: .name, start: w.start, end: w.end))
        continue
      }
      // "Hyun-woo님": Latin letters glued to an honorific, which the word splitter keeps in the same word.
      if let h = gluedHonorifics.first(where: { w.end - $0.count > w.start + 1 && follows(b, w.end - $0.count, $0) }) {
        let end = w.end - h.count
        if Bytes.isAlpha(b[end - 1]), (w.start..<end).allSatisfy({ Bytes.isAlpha(b[$0]) || b[$0] == 0x2D || b[$0] == 0x27 }) {
          out.append(Candidate(type: .name, start: w.start, end: end))
        }
        continue
      }
      // "Somchai ครับ": one or two capitalised words opening the text, then a Thai polite particle.
      if k <= 1, w.end < b.count, b[w.end] == 0x20, thaiParticles.contains(where: { follows(b, w.end + 1, $0) }),
         (0..<words[0].start).allSatisfy({ b[$0] == 0x20 }) {
        let start = k == 1 && words[0].capitalised && words[0].digits == 0 && ByteWords.spaced(b, words[0], w) ? words[0].start : w.start
        guard k == 0 || start == words[0].start else { continue }
        out.append(Candidate(type: .name, start: start, end: w.end))
      }
    }
  }

  /// Whether the bytes at `i` are `word`.
  static func follows(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: [UInt8]) -> Bool {
    i >= 0 && i + word.count <= b.count && (0..<word.count).allSatisfy { b[i + $0] == word[$0] }
  }
}
