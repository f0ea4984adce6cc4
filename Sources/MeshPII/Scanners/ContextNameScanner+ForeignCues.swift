/// One-word given names inside the sentences of the marketplace's other languages, after the words that take a person
/// there (pii56): "pode entregar pra Thiago", "kasih ke Budi", "para Xiomara", "voor Sanne", "dla Kasi", "si Joy ito", and
/// "a"/"an" after a verb of handing or telling ("diga a Joana que …", "bitte an Jürgen weiterleiten").
extension ContextNameScanner {
  /// Prepositions and markers of other languages that take a person ("for", "to", "with", Tagalog "si", "kay").
  static let foreignPersonCues = WordSet(words: """
    para pra pro com con per für fur mit voor aan met bij dla od ke untuk dari sama kwa kay kina si ni sina
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Verbs of handing, sending or telling after which "a", "à" or "an" takes a person.
  static let handingVerbs = WordSet(words: """
    diga dile dígale digale díganle diganle decile avisa avise avisale avísale avisen entregar entregue entreguen
    entréguelo entreguelo entrégalo entregalo entregá dáselo daselo dale deja dejalo déjalo dejen pergunte pergunta
    fala falar avisar mande manda mandar envía envie envíe enviar chiedi chiedete chieda dite ditelo dillo date datelo
    consegnate consegnare lasciate lascia lasciatelo dis dites donnez donne remettez remets bitte gib geben schick
    schicken weiterleiten weitergeben liefern
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let toArticles = WordSet(words: ["a", "à", "an", "ao", "à"])

  /// Adds the names of the extension's note: a listed given name, capitalised, that no English list holds as a word.
  static func foreignCuedNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    guard words.count >= 2 else { return }
    for i in 1..<words.count {
      let w = words[i], cue = words[i - 1]
      guard !cue.capitalised, ByteWords.spaced(b, cue, w), isNameWord(w), NameLexicon.firstNames.contains(w.hash),
            !notNames.contains(w.hash), !placeGivenNames.contains(w.hash), !EnglishWords.common.contains(w.hash),
            !brands.contains(where: { $0.count == 1 && $0[0] == w.hash }), !namedThings.contains(w.hash) else { continue }
      let cued = foreignPersonCues.contains(cue.hash)
        || toArticles.contains(cue.hash) && i >= 2 && handingVerbs.contains(words[i - 2].hash) && ByteWords.spaced(b, words[i - 2], cue)
      guard cued else { continue }
      // A capitalised word after it: the run is a longer name or a place, which the run rules decide.
      if i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]), words[i + 1].capitalised { continue }
      out.append(Candidate(type: .name, start: w.start, end: w.end))
    }
  }
}
