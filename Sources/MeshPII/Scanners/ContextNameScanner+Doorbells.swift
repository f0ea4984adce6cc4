/// Names on a doorbell, buzzer or letterbox that delivery notes tell the courier to look for: "the bell says Ortega",
/// "buzzer: Tanaka", "intercom reads Kowalski", "bel bij Bakker", "klingeln bei Schmidt", "sonnez chez Dupont". The
/// name on a bell is the household's surname, often one no rule else would take without a given name before it.
extension ContextNameScanner {
  /// Bells, buzzers and letterboxes, and the verbs of ringing them, in the marketplace's languages.
  static let doorbellWords = WordSet(words: """
    bell doorbell buzzer intercom nameplate letterbox mailbox klingel klingeln klingelt bel bellen aanbellen sonnette
    sonner sonnez timbre tocar toque campanello citofono suonare campainha interfone
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words between a bell and the name on it ("says", "reads", "bij", "bei", "chez", "for").
  static let doorbellLinks = WordSet(words: ["says", "say", "reads", "read", "shows", "for", "bij", "bei", "chez",
                                             "at", "under", "name", "is", "marked", "labelled", "labeled", "en", "no",
                                             "na", "al"])

  /// Adds a listed surname or given name, and a listed surname after it, after a bell and up to two link words.
  static func doorbellNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices where doorbellWords.contains(words[i].hash) && !words[i].capitalised {
      var k = i + 1
      while k < words.count, k - i <= 2, !words[k].capitalised, doorbellLinks.contains(words[k].hash) { k += 1 }
      // A link word or a colon ("buzzer: Tanaka") between the bell and the name.
      guard k < words.count, k > i + 1 || words[i].end < b.count && b[words[i].end] == 0x3A,
            onLine(b, words[k - 1], words[k]),
            doorbellName(words[k]) else { continue }
      var last = k
      if k + 1 < words.count, ByteWords.spaced(b, words[k], words[k + 1]), doorbellName(words[k + 1]),
         NameLexicon.surnames.contains(words[k + 1].hash) {
        last = k + 1
      }
      out.append(Candidate(type: .name, start: words[k].start, end: words[last].end))
    }
  }

  /// A capitalised word a name lexicon lists that is no word of the not-name list ("Ortega", not "Main").
  static func doorbellName(_ w: ByteWord) -> Bool {
    w.capitalised && !w.allCaps && w.digits == 0 && !notNames.contains(w.hash) && !NameScanner.stopWords.contains(w.hash)
      && listedName(w)
  }

  /// Whether `a` and `b` stand on one line with only spaces, ":" or "," between them.
  static func onLine(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ w: ByteWord) -> Bool {
    (a.end..<w.start).allSatisfy { b[$0] == 0x20 || b[$0] == 0x3A || b[$0] == 0x2C }
  }
}
