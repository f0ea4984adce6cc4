/// "Herr Dieter Schwarzkopf hat das Paket nicht bekommen": the German "hat" (has) is spelled as the English product
/// word "hat", and after a name it dropped the name as a product's ("Stetson hat"). Before a German article, pronoun or
/// negation it is the verb (dev12, pii48).
extension ContextNameScanner {
  static let hatHash = Bytes.wordHash("hat")
  /// German words that follow the verb "hat" and never a hat: articles, pronouns, negations and time words.
  static let germanAfterHat = WordSet(words: """
    das die der den dem des ein eine einen einem mir mich uns euch ihm ihr ihn es sie sich nicht kein keine keinen
    schon noch gestern heute bereits leider jetzt auch nie nur angerufen gesagt bestellt geschrieben
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Whether `words[k]` is a product word, the German verb "hat" before a German word left out.
  static func productWordAt(_ words: [ByteWord], _ k: Int) -> Bool {
    guard k >= 0, k < words.count, productWords.contains(words[k].hash) else { return false }
    if words[k].hash == hatHash, k + 1 < words.count, germanAfterHat.contains(words[k + 1].hash) { return false }
    return true
  }
}
