/// Cues for names that no lexicon knows and for names written in capitals: greetings and thanks before
/// one word ("hi Thabo,"), signatures ("-- Rutendo", "Gaby x"), shouted text ("CHIDI OKONKWO ORDER …"),
/// and the holidays named after people that must stay ("Valentine's Day").
extension ContextNameScanner {
  /// Words right before a name that greet or thank its owner.
  static let greetings = WordSet(words: ["hi", "hey", "hello", "dear", "hiya", "heya", "howdy", "yo", "thanks", "thx",
                                         "ty", "tysm", "ta", "cheers", "morning", "evening", "afternoon", "hola",
                                         "ciao", "bonjour", "hallo", "hej", "hoi", "salaam", "salam", "shalom",
                                         "namaste", "merhaba", "olá", "ola", "oi", "bye", "regards", "wishes", "sincerely",
                                         "warmly", "signed"])
  /// Capitalised words people greet or thank that are not names ("Hi Team,", "Thanks Guys!").
  static let notGreeted = WordSet(words: """
    team all everyone everybody guys folks sir madam mam maam ma'am friend friends there mate buddy bro dude man
    love dear sweetie customer seller staff admin bot assistant again so much lots heaps anyway tho though advance
    both you ya y'all yall lads ladies gents people world sirs sis boss chief champ a lot
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Lower-case words of affection and address people greet or thank with, several of them listed given names
  /// ("thanks love", "cheers hun", "thanks bud", "hi nana").
  static let endearments = WordSet(words: """
    love luv darling dear hun hon babe mate sweetie sweetheart honey sugar angel precious bud buddy pal fam boss
    chief bruv bro sis doll nana nan gran granny mum mom dad papa mama auntie
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// "hi grace, thanks for the update", "ok thanks sunny": a greeting or thanks, then one lower-case given name
  /// closing the clause, even one that is also a word (the rules' other lower-case names need a relation or "it's"
  /// before them, and the tagger a lexicon name that is no word; dev7, piiname38).
  static func greetedLowerCaseNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices.dropFirst() {
      let w = words[i]
      guard !w.capitalised, w.digits == 0, w.letters >= 2, greetings.contains(words[i - 1].hash),
            ByteWords.spaced(b, words[i - 1], w), closesClause(b, w), NameLexicon.firstNames.contains(w.hash),
            !NameScanner.stopWords.contains(w.hash), !notGreeted.contains(w.hash), !endearments.contains(w.hash)
      else { continue }
      out.append(Candidate(type: .name, start: w.start, end: w.end))
    }
  }

  /// Kisses and marks after a signature ("Gaby x").
  static let kisses = WordSet(words: ["x", "xx", "xxx", "xo", "xoxo"])
  /// Capitalised words after a name that make it a holiday or an occasion.
  static let holidayWords = WordSet(words: ["day", "eve", "night", "weekend", "feast", "festival"])
  /// Titles before a name: a cue, outside the name's span.
  static let titles = WordSet(words: ["mr", "mrs", "ms", "mx", "dr", "prof", "miss", "mister", "missus", "sir", "mme", "mlle", "herr", "herrn", "frau",
                                      "sr", "sra", "srta", "sig", "sgra", "señora", "senora", "señor", "senor",
                                      "signora", "signor", "madame", "monsieur", "mevrouw", "meneer",
                                      // Portuguese forms of address before a given name ("Seu Zé", "Dona Lurdes").
                                      "seu", "dona", "doña",
                                      // Polish and Indonesian forms of address before a name ("u pani Halinka", "ke bu
                                      // Sri", "pak Budi"), pii47; "pan" is left out, an English word.
                                      "pani", "bu", "ibu", "bapak", "pak", "mbak"])
  /// Suffixes that belong to the name before them ("Sean O'Malley jr").
  static let suffixes = WordSet(words: ["jr", "jnr", "snr"])
  /// Capitalised contractions that open a sentence, never a name ("It's Lakshmi").
  static let contractions = WordSet(words: ["it's", "it’s", "its", "that's", "that’s", "there's", "here's",
                                            "what's", "let's", "he's", "she's"])
  /// Countries, regions and states that end a capitalised run and make it a place ("Savannah Georgia",
  /// "Northern Ireland"), several of them also given names.
  static let placeNames = WordSet(words: """
    ireland scotland wales england britain france germany spain italy portugal canada mexico brazil argentina
    chile peru colombia kenya nigeria ghana japan korea vietnam egypt morocco turkey greece poland norway sweden
    denmark finland russia ukraine australia zealand india china georgia virginia carolina florida dakota montana
    nevada kansas alabama tennessee indiana texas california oregon washington arizona utah idaho ohio michigan
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Whether the lower-case `words[i]` sits between a greeting and "again", "here" ("hey, marta again").
  static func greetingAgain(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    i + 1 < words.count && greetings.contains(words[i - 1].hash) && trailingCues.contains(words[i + 1].hash)
      && ByteWords.spaced(b, words[i], words[i + 1])
  }
  static let youHash = Bytes.wordHash("you")
  static let thankHash = Bytes.wordHash("thank")

  /// Whether the line before `start` holds only "--", "—" or "~" (and spaces): a signature.
  static func signatureDash(_ b: UnsafeBufferPointer<UInt8>, before start: Int, after previous: ByteWord?) -> Bool {
    var k = start
    while k > 0, k > (previous?.end ?? 0), b[k - 1] != 0x0A { k -= 1 }
    // Only the bytes from the line's start (or the previous word) to the name.
    guard k == 0 || b[k - 1] == 0x0A else { return false }
    let mark = Array((k..<start).map { b[$0] }.filter { $0 != 0x20 })
    return mark == [0x2D, 0x2D] || mark == [0xE2, 0x80, 0x94] || mark == [0x7E]
  }

  /// Whether the text, a line, a clause or a sentence ends right after `w` (",", "!", ".", not "?": "price
  /// match with Best Buy?" asks about a shop).
  static func closesClause(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    var k = w.end
    while k < b.count && b[k] == 0x20 { k += 1 }
    return k == b.count || b[k] == 0x2C || b[k] == 0x21 || b[k] == 0x2E || b[k] == 0x0A
  }

  /// A lower-case word that `set` knows and that chat does not use as an ordinary word.
  static func lowerCaseName(_ w: ByteWord, _ set: WordSet) -> Bool {
    !w.capitalised && w.digits == 0 && w.letters >= 2 && set.contains(w.hash) && !notNames.contains(w.hash)
      && !NameScanner.stopWords.contains(w.hash) && !commonLowerWords.contains(w.hash)
  }

  /// Names in capitals ("CHIDI OKONKWO ORDER 55192034 NOT RECEIVED", "from ANNA SCHULZ"): two or three
  /// words in capitals, each a name the lexicon knows (not a stop word), the first a given name and the
  /// last a surname.
  static func capitalLetterNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    func nameWord(_ w: ByteWord, _ set: WordSet) -> Bool {
      w.allCaps && set.contains(w.hash) && !notNames.contains(w.hash) && !NameScanner.stopWords.contains(w.hash)
        && !commonLowerWords.contains(w.hash) && !productWords.contains(w.hash)
    }
    var i = 0
    while i + 1 < words.count {
      guard nameWord(words[i], NameLexicon.firstNames) else { i += 1; continue }
      var last = -1
      var j = i + 1
      // Up to four words: "NGUYEN THI MAI ANH" (Vietnamese: family, middle and given names, the given name last).
      while j < words.count, j - i <= 3, ByteWords.spaced(b, words[j - 1], words[j]),
            nameWord(words[j], NameLexicon.surnames) || nameWord(words[j], NameLexicon.firstNames) {
        if nameWord(words[j], NameLexicon.surnames) || j - i >= 2 && last == j - 1 { last = j }
        j += 1
      }
      let brand = brands.contains { brand in
        brand.count >= 2 && i + brand.count <= words.count && (0..<brand.count).allSatisfy { words[i + $0].hash == brand[$0] }
      }
      let product = last >= 0 && last + 1 < words.count && productWords.contains(words[last + 1].hash)
      if last > i, !brand, !product {
        out.append(Candidate(type: .name, start: words[i].start, end: words[last].end))
        i = last + 1
      } else {
        i += 1
      }
    }
  }

  /// Words before "is" that make it introduce a person ("this is jonas", "name is maria"), unlike
  /// "what is latin" or "when is visa due".
  static let identityOpeners = WordSet(words: ["this", "it", "name", "here", "hi", "hello", "hey"])
  static let isHash = Bytes.wordHash("is")

  /// Whether the identity cue `words[c]` introduces a person: any cue but "is", and "is" after an opener
  /// or with "name" shortly before ("the name i go by is sandy").
  static func identityHolds(_ words: [ByteWord], _ c: Int) -> Bool {
    words[c].hash != isHash || c > 0 && identityOpeners.contains(words[c - 1].hash)
      || (max(0, c - 6)..<c).contains { words[$0].hash == nameHash }
  }
}
