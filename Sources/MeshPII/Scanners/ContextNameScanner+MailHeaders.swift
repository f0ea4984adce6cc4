/// Names in pasted mail headers: the words right before an address in angle brackets are its owner's name ("On
/// Tue, Hart Young <hyoung@coastmail.example> wrote:", "From: Ana Lima <ana@example.org>"), whatever words they
/// are (dev7, piiname39).
extension ContextNameScanner {
  /// Adds one to three capitalised words before " <…@…>", the first of them a listed given name or the last a
  /// listed surname; a shop's or team's words ("Customer Support <help@…>") are left.
  static func mailHeaderNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for last in words.indices {
      let w = words[last]
      guard w.capitalised, w.end + 2 < b.count, b[w.end] == 0x20, b[w.end + 1] == 0x3C,
            bracketedAddress(b, from: w.end + 2) else { continue }
      var first = last
      while first > 0, last - first < 2, words[first - 1].capitalised, ByteWords.spaced(b, words[first - 1], words[first]),
            !fieldLabel(b, words[first - 1]) { first -= 1 }
      let run = words[first...last]
      guard !run.contains(where: { namedThings.contains($0.hash) || NameScanner.stopWords.contains($0.hash) || $0.digits > 0 }),
            NameLexicon.firstNames.contains(words[first].hash) || NameLexicon.surnames.contains(words[last].hash)
      else { continue }
      out.append(Candidate(type: .name, start: words[first].start, end: w.end))
    }
  }

  /// Whether an e-mail address and ">" follow `start` ("hyoung@coastmail.example>"), with no space inside.
  private static func bracketedAddress(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var at = false
    var k = start
    while k < b.count, k - start < 254, b[k] != 0x20 {
      if b[k] == 0x40 { at = true } else if b[k] == 0x3E { return at && k > start }
      k += 1
    }
    return false
  }
}
