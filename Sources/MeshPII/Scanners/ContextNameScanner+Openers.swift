/// Given names that are also words opening a line or a clause as the subject of something people do: "Rose said the
/// courier left it with a neighbour", "Hope you can help, Joy said to message here", "Ruby can't log in", "Chase
/// said he'd call", "Jordan Frost ordered it". Alone, such a word opens a line as a word just as often ("Rose gold please", "Mark it as urgent", "Chase it with the
/// courier"), so the not-name and brand lists keep it out of the other rules; a verb of speaking, sending, paying
/// or signing right after it leaves only a person (dev7, piiname38).
extension ContextNameScanner {
  /// Verbs in the past or third person that, right after a line's first word or two, make them a person.
  static let personVerbs = WordSet(words: """
    said says asked asks rang rings phoned called calls messaged emailed texted told tells replied wrote writes
    mentioned explained promised confirmed placed paid pays ordered bought signed collected checked needs wants
    reckons thinks cried counted complained booked returned approved forgot got took picked sent broke received
    dropped gave brought grabbed tried can't can’t cant cannot won't won’t didn't didn’t didnt couldn't couldn’t
    opened noticed works worked lives lived moved shipped
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// The verbs of `personVerbs` that are never an adjective before a product word: "Tamsin bought boots" names a
  /// buyer, "Serena Williams signed racket" a product.
  static let buyingVerbs = WordSet(words: ["bought", "ordered", "wants", "needs", "paid", "pays"])
  /// Given names in the lexicons that open a line as a firm, a shop or a role, never as a person, before those
  /// verbs ("Amazon said it was delivered", "Support told me to wait").
  static let namedThings = WordSet(words: """
    amazon apple google nike sony samsung adidas prime royal customer support service team store shop delivery
    courier driver agent manager office post express standard premium alexa siri cortana
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Words after a name opening a line that make it the writer's own, as dictated messages and call notes give it
  /// without punctuation ("Ebony Washington I'm calling about the refund", "Bradley ok so I waited").
  static let selfIntroductions = WordSet(words: ["i", "i'm", "i’m", "ok", "okay", "calling", "speaking"])
  /// Modal verbs that, before one of `personActs`, make a line's first word the one who acts ("August will sign",
  /// "Rain can collect it"): weather, months and seasons "will" do other things ("June will be busy").
  static let modals = WordSet(words: ["will", "can", "could", "should", "must", "may", "might", "shall", "would"])
  /// What people do to a parcel or an order, not what months or weather do.
  static let personActs = WordSet(words: """
    sign collect pick call ring phone email text message pay reply confirm send bring drop meet accept receive fetch
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Adds a listed given name (and a listed surname after it) that opens a line, sentence or clause right before one
  /// of `personVerbs` or a modal and one of `personActs`, even when it is also a word, a brand or a place ("Georgia
  /// rang about the refund", "August will sign"), or that opens a line before one of `selfIntroductions` when it is
  /// no word on the not-name list.
  static func lineOpeners(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices {
      let w = words[i]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, NameLexicon.firstNames.contains(w.hash),
            !namedThings.contains(w.hash),
            i == 0 || lineBreak(b, between: words[i - 1], and: w) || ByteWords.commaGap(b, words[i - 1], w) else { continue }
      var last = i
      if i + 1 < words.count, words[i + 1].capitalised, !words[i + 1].allCaps, ByteWords.spaced(b, w, words[i + 1]),
         NameLexicon.surnames.contains(words[i + 1].hash), !NameScanner.stopWords.contains(words[i + 1].hash) {
        last = i + 1
      }
      guard last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]) else { continue }
      let next = words[last + 1]
      let introduced = selfIntroductions.contains(next.hash) && !notNames.contains(w.hash)
        && (i == 0 || lineBreak(b, between: words[i - 1], and: w))
      let acts = !next.capitalised && modals.contains(next.hash) && last + 2 < words.count
        && ByteWords.spaced(b, next, words[last + 2]) && personActs.contains(words[last + 2].hash)
      guard introduced || acts || !next.capitalised && personVerbs.contains(next.hash)
              && (buyingVerbs.contains(next.hash) || last + 2 >= words.count || !productWords.contains(words[last + 2].hash))
      else { continue }
      out.append(Candidate(type: .name, start: w.start, end: words[last].end))
    }
  }
}

extension ContextNameScanner {
  /// Teams and desks of a shop or a building that staff are "from" ("Sue from billing", "June from the front desk");
  /// not "shop" or "store", which a month comes from as often ("June from the shop was cheaper").
  static let departments = WordSet(words: """
    billing support dispatch accounts sales returns warehouse reception front customer security hr finance
    logistics shipping payments team chat desk helpdesk
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Adds a listed given name opening a line or clause before "from" and a team or desk ("June from the front desk
  /// will collect", "Sue from billing said …"), even a name that is also a word or a month: only a person comes from
  /// billing.
  static func staffOpeners(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices where i + 2 < words.count && words[i + 1].hash == fromHash {
      let w = words[i]
      guard w.capitalised, !w.allCaps, w.digits == 0, w.letters >= 2, NameLexicon.firstNames.contains(w.hash),
            !namedThings.contains(w.hash), ByteWords.spaced(b, w, words[i + 1]),
            i == 0 || lineBreak(b, between: words[i - 1], and: w) || ByteWords.commaGap(b, words[i - 1], w) else { continue }
      let k = words[i + 2].hash == theHash && i + 3 < words.count ? i + 3 : i + 2
      guard !words[k].capitalised, departments.contains(words[k].hash) else { continue }
      out.append(Candidate(type: .name, start: w.start, end: w.end))
    }
  }
}
