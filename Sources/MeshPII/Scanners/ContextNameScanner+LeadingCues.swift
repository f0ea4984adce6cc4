/// A cue word that a run of capitalised words took into a name ("Kontoinhaber Florian Mair", "Recipient Ana Lima"):
/// German capitalises its nouns, and forms capitalise their labels, so the cue stands first in the run; it is no
/// part of the person's name (pii47).
extension ContextNameScanner {
  /// Moves the start of each name of two words or more past a first word that is a cue of six letters or more.
  static func trimLeadingCues(_ b: UnsafeBufferPointer<UInt8>, _ all: inout [Candidate]) {
    for k in all.indices where all[k].type == .name {
      let s = all[k].start, e = all[k].end
      var w = s
      while w < e, Bytes.isAlpha(b[w]) || b[w] >= 0x80 { w += 1 }
      // Letters of the first word, then one space, then the rest of the name.
      guard w - s >= 6, w + 1 < e, b[w] == 0x20, Bytes.isUpper(b[s]) else { continue }
      let h = Bytes.wordHash(b, s, w)
      guard softCues.contains(h) || relationCues.contains(h) else { continue }
      all[k].start = w + 1
    }
  }
}
