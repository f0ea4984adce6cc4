/// Russian, Ukrainian and Belarusian names with a patronymic, in any case and in a line of any script:
/// "Отправьте, пожалуйста, Семёнову Виктору Павловичу", "получатель Иванова Анна Сергеевна". A capitalised Cyrillic word
/// that ends as a patronymic ends ("-ович", "-евич", "-овна", "-ична" and their case endings) names a person, and
/// the capitalised words right before it (surname, given name) and one after it (a surname written last) are that
/// person's; such endings open no common word written with a capital.
enum CyrillicPatronymics {
  typealias Word = OtherScriptNameScanner.Word

  /// The stems patronymics are built on; a case ending may follow ("Павловичу", "Сергеевной").
  static let stems = ["ович", "евич", "ьич", "овн", "евн", "ичн"]
  /// The endings after a stem: none, or the cases of Russian and Ukrainian names (not the instrumental "-ой", which
  /// also ends adjectives: "Верховной Рады").
  static let endings: Set<String> = ["", "а", "у", "ем", "е", "і", "ю", "ы", "и"]

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [Word], into out: inout [Candidate]) {
    for k in words.indices where words[k].script == .cyrillic && words[k].capitalised && words[k].letters >= 6
      && isPatronymic(OtherScriptNameScanner.text(b, words[k])) {
      var first = k
      while first > 0, k - first < 2, nameWord(words[first - 1]),
            OtherScriptNameScanner.joins(b, words[first - 1].end, words[first].start) {
        first -= 1
      }
      guard first < k else { continue }
      var last = k
      if k + 1 < words.count, nameWord(words[k + 1]), OtherScriptNameScanner.joins(b, words[k].end, words[k + 1].start),
         !isPatronymic(OtherScriptNameScanner.text(b, words[k + 1])) {
        last = k + 1
      }
      out.append(Candidate(type: .name, start: words[first].start, end: words[last].end))
    }
  }

  /// A capitalised Cyrillic word of two letters or more.
  static func nameWord(_ w: Word) -> Bool { w.script == .cyrillic && w.capitalised && w.letters >= 2 }

  /// Whether `text` ends in a patronymic's stem and a case ending.
  static func isPatronymic(_ text: String) -> Bool {
    let lower = text.lowercased()
    for stem in stems {
      guard let r = lower.range(of: stem, options: .backwards), r.lowerBound != lower.startIndex else { continue }
      if endings.contains(String(lower[r.upperBound...])) { return true }
    }
    return false
  }
}
