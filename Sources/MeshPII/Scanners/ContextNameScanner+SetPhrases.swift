/// Capitalised words that chat uses as no one's name although a lexicon lists them or the tagger scores them like
/// one: set phrases of greeting, thanks and wishes ("Guten Tag, hier ist …", "Many thanks,", "Eid Mubarak", "Bom
/// dia"), pronouns opening a sentence ("Who is Sunil?? He called me") and the letters of a postscript ("P.S. my
/// daughter …"). Marketplace chat in several languages opens lines with them all the time (heldout15, piiname43).
extension ContextNameScanner {
  /// Greetings, thanks and wishes of the marketplace's languages whose words are listed given names or surnames
  /// ("Tag", "Many", "Mubarak", "Dia", "Noel").
  static let setPhrases: [[UInt64]] = phraseHashes("""
    guten tag|guten morgen|guten abend|many thanks|eid mubarak|ramadan kareem|ramadan mubarak|diwali mubarak|
    buenos días|buenos dias|buenas tardes|buenas noches|bom dia|boa tarde|boa noite|feliz navidad|feliz natal|
    joyeux noël|joyeux noel|frohe weihnachten|buon natale|happy holidays|kind regards|best wishes|warm regards|
    mazel tov|god bless|shana tova|selamat pagi|selamat siang|selamat malam|assalamu alaikum|salam alaikum|
    kia ora|ngā mihi|nga mihi|habari yako
    """)
  /// Personal pronouns, which open sentences capitalised.
  static let pronouns = WordSet(words: ["he", "she", "they", "we", "you", "him", "her", "them", "us", "me", "i"])

  /// A capitalised pronoun (`pronouns`).
  static func pronoun(_ w: ByteWord) -> Bool { w.capitalised && pronouns.contains(w.hash) }

  /// "P.S.", "P.S", "P.P.S.", "N.B.": the first letter of a postscript or a note, not an initial ("P.Sharma").
  static func postscript(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.letters == 1 && postscriptMarks.contains { mark in
      Bytes.matches(b, at: w.start, mark) && (w.start + mark.count == b.count || !Bytes.isWordByte(b[w.start + mark.count]))
    }
  }
  static let postscriptMarks: [[UInt8]] = ["p.s", "p.p.s", "n.b"].map { Array($0.utf8) }
}
