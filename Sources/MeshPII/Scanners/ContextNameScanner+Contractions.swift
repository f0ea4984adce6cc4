/// Given names that a contraction of a verb follows, which only people (and "it", "that") take: "Nina's going
/// instead", "Tom's not home", "Kai'll be there at noon", "Ruth'd rather wait". The possessive rules read "'s" as an
/// owner's, and "Nina's going" owns nothing (dev8, heldout12, piiname41).
extension ContextNameScanner {
  /// Words after "<name>'s" that make the "'s" "is" or "has" ("Nina's going", "Tom's not home", "Ali's been told").
  static let afterIs = WordSet(words: ["not", "been", "got", "gone", "gonna", "already", "away", "still", "never",
                                       "always", "also", "just", "off", "out", "back", "home", "busy", "sick",
                                       "here", "there", "coming", "going", "waiting", "working", "expecting"])
  /// The contractions of "will", "would", "had" and "have" that close a person's name ("Kai'll", "Ruth'd").
  static let verbContractions: [[UInt8]] = ["'ll", "'d", "'ve", "’ll", "’d", "’ve"].map { Array($0.utf8) }

  /// Adds listed capitalised given names that a verb's contraction follows (see the extension's note).
  static func contractedNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for (i, w) in words.enumerated() where w.capitalised && !w.allCaps && w.digits == 0 {
      var base = w.end
      if let c = verbContractions.first(where: { w.end - w.start > $0.count + 1 && Bytes.matches(b, at: w.end - $0.count, $0) }) {
        base = w.end - c.count
      } else if stem(b, w) != w.hash, i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]),
                !words[i + 1].capitalised, afterIs.contains(words[i + 1].hash) {
        base = w.end - 2
      } else {
        continue
      }
      let h = Bytes.wordHash(b, w.start, base)
      guard NameLexicon.firstNames.contains(h), !namedThings.contains(h), !notNames.contains(h),
            !NameScanner.stopWords.contains(h), !brands.contains(where: { $0.count == 1 && $0[0] == w.hash }) else { continue }
      out.append(Candidate(type: .name, start: w.start, end: base))
    }
  }
}
