/// Lower-case words the learned tagger takes for names inside other languages' sentences ("paz y amor camiseta",
/// "¿viene con tierra?", "ersel el shanta", "call karna", pii56): the tagger learned lower-case names from English
/// chat, where the words around a name are English. A lower-case tagger finding with no English word on either side
/// and no person's cue before it is a word of that language.
extension ContextNameScanner {
  /// Whether the lower-case tagger finding `c` sits among words of another language.
  static func foreignLowerCase(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Bool {
    guard c.start < c.end, c.start < b.count, !Bytes.isUpper(b[c.start]),
          let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
    let last = words.lastIndex(where: { $0.start < c.end }) ?? first
    guard last >= first else { return false }
    // A cue of a person before it keeps it ("my wife anna", "kasih ke budi").
    if first > 0 {
      let p = words[first - 1].hash
      if relationCues.contains(p) || softCues.contains(p) || foreignPersonCues.contains(p) || titles.contains(p)
        || personalTitles.contains(p) { return false }
    }
    let before = first > 0 ? words[first - 1] : nil
    let after = last + 1 < words.count ? words[last + 1] : nil
    let english = [before, after].contains { w in
      guard let w, w.digits == 0 else { return false }
      return EnglishWords.common.contains(w.hash)
    }
    return !english
  }
}
