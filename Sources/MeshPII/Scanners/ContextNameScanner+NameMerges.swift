/// Names that rules found in pieces (pii50): a nickname in quotes between a found given name and a found surname
/// ('Maria Lourdes "Malou" Santos' found as three names), and a lower-case given name that is also a word before a
/// found lower-case surname ("parcel for frank lindahl": "frank" stays a word to the rules, "lindahl" a name to the
/// tagger). The pieces are one person's name, so the span takes them all.
extension ContextNameScanner {
  /// Words before a lower-case name that take a person ("for", "to", "from", "with", "attn").
  static let lowerNameLeads = WordSet(words: ["for", "to", "from", "with", "attn", "ask", "tell", "recipient", "name",
                                              "is", "its", "it's", "it’s", "im", "i'm", "i’m"])

  /// Joins name findings split by a quoted nickname and widens lower-case surnames over their given name.
  static func mergeNamePieces(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    mergeAcrossQuotes(b, &all)
    for i in all.indices where all[i].type == .name {
      guard let k = words.firstIndex(where: { $0.start == all[i].start }), k >= 1 else { continue }
      let w = words[k], given = words[k - 1]
      guard !w.capitalised, w.digits == 0, !given.capitalised, given.digits == 0, given.letters >= 2,
            ByteWords.spaced(b, given, w), NameLexicon.firstNames.contains(given.hash),
            !NameScanner.stopWords.contains(given.hash), !modals.contains(given.hash), free(given, all),
            k == 1 || lowerNameLeads.contains(words[k - 2].hash) && ByteWords.spaced(b, words[k - 2], given)
              || lineBreak(b, between: words[k - 2], and: given) else { continue }
      all[i].start = given.start
    }
  }

  /// 'Maria Lourdes "Malou" Santos': three name findings, the middle one quoted, become one.
  private static func mergeAcrossQuotes(_ b: UnsafeBufferPointer<UInt8>, _ all: inout [Candidate]) {
    var names = all.filter { $0.type == .name }.sorted { $0.start < $1.start }
    guard names.count >= 3 else { return }
    var merged = false
    var k = 0
    while k + 2 < names.count {
      let a = names[k], n = names[k + 1], z = names[k + 2]
      if a.end < n.start, n.end < z.start, quoteGap(b, a.end, n.start, open: true), quoteGap(b, n.end, z.start, open: false) {
        names[k].end = z.end
        names.removeSubrange((k + 1)...(k + 2))
        merged = true
      } else {
        k += 1
      }
    }
    guard merged else { return }
    all.removeAll { $0.type == .name }
    all += names
  }
}
