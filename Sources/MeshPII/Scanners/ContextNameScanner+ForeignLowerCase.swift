/// Lower-case words the learned tagger takes for names inside other languages' sentences ("paz y amor camiseta",
/// "¿viene con tierra?", "ersel el shanta", "call karna", pii56): the tagger learned lower-case names from English
/// chat, where the words around a name are English. A lower-case tagger finding in a line less than half English,
/// between words of that language and with no person's cue before it, is a word of that language.
extension ContextNameScanner {
  /// Whether the lower-case tagger finding `c` sits among words of another language.
  static func foreignLowerCase(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Bool {
    guard c.start < c.end, c.start < b.count, !Bytes.isUpper(b[c.start]),
          let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
    let last = words.lastIndex(where: { $0.start < c.end }) ?? first
    // Every word lower case ("de Vries" and "Émilie" are not: the first byte of "É" is no ASCII capital).
    guard last >= first, !words[first...last].contains(where: { $0.capitalised }) else { return false }
    // A cue of a person before it keeps it ("my wife anna", "hola soy lupe").
    if first > 0 {
      let p = words[first - 1].hash
      if relationCues.contains(p) || softCues.contains(p) || titles.contains(p)
        || personalTitles.contains(p) { return false }
    }
    // The words right beside it, a single space apart: at least one, and each a lower-case word of letters that
    // English does not hold ("paz y amor", "con tierra"); an address line's names ("emeka okafor, 14 …") have digits or
    // punctuation beside them.
    var beside: [ByteWord] = []
    if first > 0, ByteWords.spaced(b, words[first - 1], words[first]) { beside.append(words[first - 1]) }
    if last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]) { beside.append(words[last + 1]) }
    let foreign = !beside.isEmpty && beside.allSatisfy { w in
      !w.capitalised && w.digits == 0 && w.letters > 0 && !EnglishWords.common.contains(w.hash)
    }
    return foreign && !mostlyEnglish(words)
  }

  /// Whether at least half of the text's words of letters are common English words (an English line keeps its
  /// lower-case names: "pls ring bayo" has "pls" and no English word right beside the name).
  static func mostlyEnglish(_ words: [ByteWord]) -> Bool {
    var total = 0, english = 0
    for w in words where w.letters > 0 && w.digits == 0 {
      total += 1
      if EnglishWords.common.contains(w.hash) { english += 1 }
    }
    return english * 2 >= total
  }
}
