/// Finds people's names after cues: "my name is …", "call me …", "name: …" and their French, Spanish,
/// German, Italian and Dutch equivalents (any case, as people type in chat), and "I'm …", "this is …", "Mr. …" (capitalised words only, to skip "I'm looking").
enum NameScanner {
  /// Cue phrases in lower case, and whether a lower-case name may follow.
  static let cues: [(phrase: [UInt8], loose: Bool)] = [
    // "M." is "Monsieur" after a French word ("c'est M. Dupont qui a commandé"); alone it may be an initial. Before "c'est ",
    // which would take the cue first.
    ("c'est m. ", false), ("c’est m. ", false), ("pour m. ", false), ("chez m. ", false), ("avec m. ", false),
    ("merci m. ", false), ("bonjour m. ", false), ("à m. ", false),
  ].map { (Array($0.0.utf8), $0.1) } + labelCues.map { ($0, false) } + [
    ("my name is ", true), ("my names ", true), ("my name's ", true), ("my name’s ", true), ("name: ", true),
    ("name is ", true), ("name was ", false), ("call me ", true), ("je m'appelle ", true), ("je m’appelle ", true), ("me llamo ", true),
    ("ich heiße ", true), ("ich heisse ", true), ("mi chiamo ", true), ("mijn naam is ", true), ("i am ", false), ("i'm ", false), ("i’m ", false),
    ("this is ", false), ("contact: ", false), ("name's ", true), ("name’s ", true), ("names ", false),
    ("soy ", false), ("sono ", false), ("ich bin ", false), ("c'est ", false), ("c’est ", false), ("hier ist ", false), ("mr. ", false), ("mr ", false), ("mrs. ", false), ("mrs ", false), ("ms. ", false),
    ("ms ", false), ("dr. ", false),
    // Titles of the marketplace's other languages on labels and in notes ("Mme Delacroix a confirmé", "an Frau Öztürk"):
    // any capitalised words after one are a person's, even words that are places ("Mme Paris Delacroix").
    ("mme ", false), ("mme. ", false), ("mlle ", false), ("mlle. ", false), ("frau ", false), ("herr ", false), ("herrn ", false),
    ("sra. ", false), ("srta. ", false), ("mevrouw ", false), ("mevr. ", false),
    // Titles of more of the marketplace's languages (pii48): Polish, Indonesian and Malay, Indian, Spanish and
    // Portuguese, Nordic, clergy and engineers ("u pani Halinka", "bu Sri", "Ustaz Faizal", "Shri Ramesh Iyer").
    ("pani ", false), ("bu ", false), ("ibu ", false), ("bapak ", false), ("pak ", false), ("ustaz ", false),
    ("ustazah ", false), ("shri ", false), ("shrimati ", false), ("smt. ", false), ("señora ", false), ("señor ", false),
    ("sr. ", false), ("doña ", false), ("dona ", false), ("fr. ", false), ("prof. ", false), ("prof ", false),
    ("eng. ", false), ("fru ", false), ("hr. ", false), ("monsieur ", false), ("madame ", false), ("signora ", false),
    ("surname is ", false), ("surname ", false), ("first name is ", false),
    ("first name ", false), ("given name ", false), ("family name is ", false), ("last name is ", false),
    ("last name ", false), ("née ", false), ("maiden name ", false), ("miss ", false), ("signed ", false), ("regards, ", false), ("sincerely, ", false),
  ].map { (Array($0.0.utf8), $0.1) }
  /// Fields of shipping labels and invoices pasted into chat ("Ship to: Bolat Nurlanovich, 12 Abay Ave …"); a place or
  /// a firm stands there too ("Ship to: Home", "Sold to: Amazon EU"), so the first word must not be an everyday word
  /// or a firm the lexicons list.
  static let labelCues: [[UInt8]] = ["ship to: ", "deliver to: ", "consignee: ", "bill to: ", "sold to: ", "addressee: "]
    .map { Array($0.utf8) }
  static let firstBytes = ByteTable(cues.flatMap { [$0.phrase[0], $0.phrase[0] & 0xDF] })

  /// Words that are never names, even capitalised: they end or reject a name.
  static let stopWords = WordSet(words: [
    "a", "an", "the", "and", "or", "but", "i", "im", "my", "me", "we", "you", "your", "from", "here", "there",
    "please", "pls", "thanks", "thank", "hi", "hello", "hey", "with", "on", "in", "at", "to", "for", "of", "is",
    "was", "not", "no", "yes", "just", "so", "also", "again", "too", "need", "want", "wanted", "would", "could",
    "can", "have", "has", "had", "am", "are", "be", "looking", "trying", "calling", "writing", "having", "going",
    "order", "ordered", "bought", "help", "about", "regarding", "sorry", "still", "waiting", "interested",
    "new", "glad", "happy", "very", "really", "back", "done", "good", "fine", "okay", "ok", "unable", "currently",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "it", "that",
    "what", "why", "how", "when", "where", "who", "which", "if", "because", "as", "by", "able", "sure", "afraid",
    "selling", "buying", "returning", "getting", "asking", "contacting", "reaching", "following", "confused",
    "frustrated", "annoyed", "disappointed", "upset", "ready", "out", "over", "done", "finally", "now", "today",
    "tomorrow", "yesterday", "urgent", "customer", "seller", "buyer", "user", "member", "mesh", "support",
    "your", "their", "our", "his", "her", "its", "one", "some", "all", "any", "every", "each", "more", "most",
    "cancelling", "canceling", "wondering", "hoping", "planning", "moving", "travelling", "traveling",
    // Other languages' greetings and thanks open a line as a name would ("Grüße 👋🏽", "Danke Uschi", "Oye Chuy"):
    // the tagger took them at threshold 1.
    "hallo", "hola", "oye", "ciao", "salut", "bonjour", "servus", "moin", "gracias", "danke", "merci", "grazie",
    "obrigado", "obrigada", "grüße", "gruß", "saludos",
    // German sign-offs and thanks before a signature ("Mit freundlichen Grüßen Jürgen Hoffmann", "danke schön").
    "grüßen", "grüssen", "grüsse", "gruss", "schön", "schoen",
  ])

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    let firstBytes = Self.firstBytes  // hoisted: one lazy-global check per text, not per byte
    var i = 0
    while i < n {
      guard firstBytes[b[i]], i == 0 || !Bytes.isWordByte(b[i - 1]) else { i += 1; continue }
      let c = Bytes.lower(b[i])
      var matched: (phrase: [UInt8], loose: Bool)?
      for cue in cues where cue.phrase[0] == c && Bytes.matches(b, at: i, cue.phrase) {
        matched = cue
        break
      }
      guard let cue = matched else { i += 1; continue }
      var pos = i + cue.phrase.count
      while pos < n && b[pos] == 0x20 { pos += 1 }
      var start = -1
      var end = -1
      var firstCapitalised = false
      for index in 0..<3 {
        let ws = pos
        // A dash or quote of several bytes ("Kenji Watanabe — no sorry") opens no word.
        guard pos < n, Bytes.isAlpha(b[pos]) || b[pos] >= 0xC0 && !ByteWords.isPunctuationStart(b, pos) else { break }
        while pos < n, Bytes.isAlpha(b[pos]) || b[pos] >= 0x80
          || ((b[pos] == 0x27 || b[pos] == 0x2D) && pos + 1 < n && Bytes.isAlpha(b[pos + 1])) { pos += 1 }
        let word = Bytes.wordHash(b, ws, pos)
        let capitalised = ByteWords.startsCapitalised(b, ws)
        if stopWords.contains(word) || pos - ws < 2 { break }
        // "this is Mr. Smith again": a title after the cue is a cue itself; its own cue takes the name after it.
        if index == 0 && ContextNameScanner.titles.contains(word) { break }
        // "First name: Sunny Last name: Akhtar": the next field's label ends the name.
        if index > 0 && ContextNameScanner.fieldLabel(b, hash: word, end: pos) { break }
        if index == 0 {
          guard capitalised || cue.loose else { break }
          if labelCues.contains(cue.phrase) {
            guard !ContextNameScanner.namedThings.contains(word), !EnglishWords.common.contains(word)
                    || NameLexicon.firstNames.contains(word) || NameLexicon.surnames.contains(word) else { break }
          }
          firstCapitalised = capitalised
          start = ws
        } else if firstCapitalised && !capitalised {
          break
        }
        end = pos
        // Names are separated by single spaces; anything else ends the name.
        guard pos + 1 < n, b[pos] == 0x20 else { break }
        pos += 1
      }
      if start >= 0 {
        out.append(Candidate(type: .name, start: start, end: end))
        i = end
      } else {
        i += cue.phrase.count
      }
    }
  }
}
