/// Given names that are also words, typed in lower case where only a person fits (pii55), and names a household or
/// a hyphenated surname vouches for:
/// - staff opening a line: "jack from your team promised …", "bill from the support desk said …";
/// - a name before "my <relation>" and what that person did: "mark my husband ordered it", "june my colleague said";
/// - a relation and then the name and what the person does: "my dad frank will pick it up", "my wife grace, …";
/// - a person at a desk or a door after a word that takes a person: "to frank at the front desk", "deliver to Grace at
///   31 Page Street";
/// - a word given name before a hyphenated surname whose parts the lexicons list: "Frank Osei-Bonsu paid";
/// - a household: "familie Bakker", "the Okafor family here", "klingel Schulze-Brandt", "bei Petersen klingeln".
/// Alone each of these words is a verb, month or virtue as often ("mark it urgent", "hope my mum likes it"), so every
/// rule asks for a slot that only a person fills.
extension ContextNameScanner {
  /// Words after "<name> my <relation>" that say the person did something ("mark my husband ordered it").
  static let relationActs = WordSet(words: """
    said says asked rang phoned called messaged emailed texted told wrote ordered bought paid placed sent signed
    collected picked got took booked returned is was has had will can wants needs
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words after a relation's named person that say a person is meant ("my dad frank will …", "my wife grace said").
  static let actsAfterName = WordSet(words: """
    will can is was has had said says asked rang called ordered bought paid sent signed collected picked got took
    wants needs lives works does did and
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Places at a building where a person waits for a parcel ("at the front desk", "at the gate").
  static let deskWords = WordSet(words: """
    desk front reception door gate counter lobby office concierge security entrance house flat shop store
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words that name a household before its surname ("familie Bakker", "famille Dubois", "the family Okafor").
  static let householdWords = WordSet(words: ["familie", "famille", "familia", "família", "famiglia", "family", "fam"])
  /// Words that take a person and can stand before a person at a desk ("to frank at the front desk").
  static let deskPrepositions = WordSet(words: ["to", "for", "with", "ask", "tell", "attn"])
  static let hopeHash = Bytes.wordHash("hope")
  static let klingelnHash = Bytes.wordHash("klingeln")
  static let beiHash = Bytes.wordHash("bei")
  static let hereHash = Bytes.wordHash("here")
  static let againHash = Bytes.wordHash("again")
  static let houseHash = Bytes.wordHash("house")
  static let klingelHash = Bytes.wordHash("klingel")
  /// Possessives before a staff member's team ("from your team", "from ur support").
  static let teamPossessives = WordSet(words: ["your", "ur", "the", "you"])

  /// Adds the names of the extension's note.
  static func lowerWordNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices {
      let w = words[i]
      guard w.digits == 0, w.letters >= 2, !w.allCaps else { continue }
      let opens = i == 0 || lineBreak(b, between: words[i - 1], and: w) || ByteWords.commaGap(b, words[i - 1], w)
      let given = NameLexicon.firstNames.contains(w.hash) && !namedThings.contains(w.hash) && !askedThings.contains(w.hash)
        && !holidayWords.contains(w.hash) && !placeNames.contains(w.hash)
      if !w.capitalised, given, opens && (lowerStaff(b, words, i) || lowerApposition(b, words, i) || lowerOpener(b, words, i))
          || namedRelation(b, words, i) || answeredName(b, words, i) {
        out.append(Candidate(type: .name, start: w.start, end: w.end))
        continue
      }
      if given, personAtDesk(b, words, i) {
        out.append(Candidate(type: .name, start: w.start, end: w.end))
        continue
      }
      // "Frank Osei-Bonsu paid", "my name is June Whitfield-Osei": a hyphenated surname of listed parts.
      if w.capitalised, NameLexicon.firstNames.contains(w.hash), i + 1 < words.count, ByteWords.spaced(b, w, words[i + 1]),
         words[i + 1].capitalised, !words[i + 1].allCaps, hyphenatedSurname(b, words[i + 1]) {
        out.append(Candidate(type: .name, start: w.start, end: words[i + 1].end))
        continue
      }
      if let name = household(b, words, i) { out.append(name) }
    }
  }

  /// "jack from your team promised …": a lower-case given name, "from", a possessive and a team or desk.
  static func lowerStaff(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i + 3 < words.count, words[i + 1].hash == fromHash, ByteWords.spaced(b, words[i], words[i + 1]),
          teamPossessives.contains(words[i + 2].hash) else { return false }
    // Not "shop" or "store", which a month comes from as often ("may from the shop was cheaper").
    return departments.contains(words[i + 3].hash)
  }

  /// A capitalised given name that is also a stop word ("May", "Will", "June"), taken only between two name words.
  static func middleWordName(_ w: ByteWord) -> Bool {
    w.capitalised && !w.allCaps && w.digits == 0 && w.letters >= 3 && NameLexicon.firstNames.contains(w.hash)
      && NameScanner.stopWords.contains(w.hash)
  }

  /// Verbs of speaking and calling that, after a lower-case given name opening a line, leave only a person ("sunny said
  /// it was fine", "chase here, still waiting").
  static let spokeVerbs = WordSet(words: """
    said says told rang called phoned messaged emailed texted replied promised asked here
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words of a question that asks for a person ("who is the recipient? penny").
  static let personQuestions = WordSet(words: ["who", "whom", "recipient", "receiver", "name", "addressee", "consignee"])

  /// "sunny said it was fine", "chase here, still waiting": a lower-case given name opening its line before a verb of
  /// speaking or "here" (then a comma, the line's end or "again"). Not "hope" or a modal ("will said"?).
  static func lowerOpener(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i + 1 < words.count, words[i].hash != hopeHash, !modals.contains(words[i].hash),
          !NameScanner.stopWords.contains(words[i].hash), ByteWords.spaced(b, words[i], words[i + 1]),
          i == 0 || lineBreak(b, between: words[i - 1], and: words[i]),
          spokeVerbs.contains(words[i + 1].hash) else { return false }
    guard words[i + 1].hash == hereHash else { return true }
    return closesClause(b, words[i + 1]) || i + 2 < words.count && words[i + 2].hash == againHash
  }

  /// "who is the recipient? penny": a lower-case given name alone (a kiss or full stop after it) answering a question
  /// that asks for a person, right after its "?".
  static func answeredName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i >= 1, i + 1 == words.count, !modals.contains(words[i].hash), words[i].hash != hopeHash else { return false }
    let gap = (words[i - 1].end..<words[i].start).filter { b[$0] != 0x20 }
    guard gap.count == 1, b[gap[0]] == 0x3F else { return false }
    return words[max(0, i - 8)..<i].contains { personQuestions.contains($0.hash) }
  }

  /// "mark my husband ordered it": a lower-case given name opening the line, "my", a relation and an act. Not "hope"
  /// ("hope my mum likes it") or a modal ("will my son get it").
  static func lowerApposition(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i + 3 < words.count, words[i].hash != hopeHash, !modals.contains(words[i].hash),
          asidePossessives.contains(words[i + 1].hash), relationCues.contains(words[i + 2].hash),
          ByteWords.spaced(b, words[i], words[i + 1]), ByteWords.spaced(b, words[i + 2], words[i + 3]) else { return false }
    return relationActs.contains(words[i + 3].hash) || ByteWords.commaGap(b, words[i + 2], words[i + 3])
  }

  /// "my dad frank will pick it up", "my wife grace, she …": a relation, a lower-case word given name (the other rules
  /// take names that are no words) and an act or the clause's end. Not a modal or a month as the name ("my sister may
  /// come", "my son june 3").
  static func namedRelation(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i >= 1, !modals.contains(words[i].hash), !months.contains(words[i].hash), words[i].hash != hopeHash,
          relationCues.contains(words[i - 1].hash) || kinTitles.contains(words[i - 1].hash),
          ByteWords.spaced(b, words[i - 1], words[i]),
          notNames.contains(words[i].hash) || commonLowerWords.contains(words[i].hash) || EnglishWords.common.contains(words[i].hash)
    else { return false }
    // "my brother in law": the relation's own words are not a name.
    if i >= 2, !asidePossessives.contains(words[i - 2].hash) && !determiners.contains(words[i - 2].hash) { return false }
    if closesClause(b, words[i]) { return true }
    guard i + 1 < words.count, ByteWords.spaced(b, words[i], words[i + 1]) else { return false }
    return actsAfterName.contains(words[i + 1].hash)
  }

  /// "to frank at the front desk", "deliver to Grace at 31 Page Street": a word that takes a person, a given name,
  /// "at", then a desk or door of a building or a house number.
  static func personAtDesk(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Bool {
    guard i >= 1, i + 2 < words.count, deskPrepositions.contains(words[i - 1].hash), ByteWords.spaced(b, words[i - 1], words[i]),
          words[i + 1].hash == atHash, ByteWords.spaced(b, words[i], words[i + 1]),
          !placeGivenNames.contains(words[i].hash) else { return false }
    let n = words[i + 2]
    if n.digits > 0 && PostalAddressScanner.isHouseNumber(b, n) { return true }
    // "leave it with grace at reception".
    if deskWords.contains(n.hash) && n.hash != houseHash || departments.contains(n.hash) { return true }
    guard teamPossessives.contains(n.hash), i + 3 < words.count else { return false }
    let upper = min(words.count - 1, i + 4)
    return (i + 3...upper).contains { deskWords.contains(words[$0].hash) || departments.contains(words[$0].hash) }
  }

  /// A surname of two listed parts joined by a hyphen, neither an everyday English word ("Osei-Bonsu", "Whitfield-Osei").
  static func hyphenatedSurname(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits == 0, w.letters >= 5, w.end - w.start < 64 else { return false }
    var start = w.start
    var parts = 0
    var k = w.start
    while k <= w.end {
      if k == w.end || b[k] == 0x2D {
        guard k - start >= 2 else { return false }
        let h = Bytes.wordHash(b, start, k)
        guard NameLexicon.surnames.contains(h) || NameLexicon.firstNames.contains(h), !EnglishWords.common.contains(h),
              !notNames.contains(h) else { return false }
        parts += 1
        start = k + 1
      }
      k += 1
    }
    return parts == 2
  }

  /// A household's surname: "familie Bakker", "the Okafor family here", "klingel Schulze-Brandt", "bei Petersen klingeln".
  static func household(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    let w = words[i]
    func surnameLike(_ s: ByteWord) -> Bool {
      s.capitalised && !s.allCaps && s.digits == 0 && s.letters >= 2 && !notNames.contains(s.hash)
        && !NameScanner.stopWords.contains(s.hash) && !placeNames.contains(s.hash)
        && (NameLexicon.surnames.contains(s.hash) || hyphenatedSurname(b, s))
    }
    // "familie Bakker", "klingel Schulze-Brandt": the household or bell word, then the surname.
    if householdWords.contains(w.hash) && w.hash != familyHash || w.hash == klingelHash,
       i + 1 < words.count, onLine(b, w, words[i + 1]), surnameLike(words[i + 1]) {
      return Candidate(type: .name, start: words[i + 1].start, end: words[i + 1].end)
    }
    // "the Okafor family here", "al-Hakim family here": the surname, "family" and a trailing cue.
    if w.hash == familyHash, i >= 1, i + 1 < words.count, ByteWords.spaced(b, words[i - 1], w),
       trailingCues.contains(words[i + 1].hash) {
      let s = words[i - 1]
      if s.digits == 0, s.letters >= 2, !notNames.contains(s.hash), !EnglishWords.common.contains(s.hash),
         listedName(s) || hyphenatedSurname(b, s) || b[s.start] == 0x61 && s.end - s.start > 3 && b[s.start + 1] == 0x6C
          && b[s.start + 2] == 0x2D {
        return Candidate(type: .name, start: s.start, end: s.end)
      }
    }
    // "bei Petersen klingeln": the bell's verb after the name.
    if w.hash == beiHash, i + 2 < words.count, words[i + 2].hash == klingelnHash, ByteWords.spaced(b, w, words[i + 1]),
       ByteWords.spaced(b, words[i + 1], words[i + 2]), surnameLike(words[i + 1]) {
      return Candidate(type: .name, start: words[i + 1].start, end: words[i + 1].end)
    }
    return nil
  }
}
