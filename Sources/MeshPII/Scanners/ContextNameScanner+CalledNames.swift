/// Names that the text itself calls names: "King is my surname, not a title", "Christmas is actually my colleague's
/// surname", "Sterling is the buyer", "the buyer is Kaur", "Brown, first name Eliza", and lists of surnames in a text
/// that speaks of surnames ("team order: Baker, Young, King, Church (surnames only on the labels)"). Such surnames
/// are words as often as names (king, young, church, bird), so no other rule takes them alone; the sentence saying
/// so is the cue. And the other way round: words the text calls a brand, a song or a shop are no name ("Morgan is
/// the car brand") (dev6, dev7, dev8, piiname39).
extension ContextNameScanner {
  /// Words that name a name, or the person an order is for or from ("Sterling is the buyer").
  static let nameNouns = WordSet(words: ["name", "surname", "surnames", "lastname", "nickname", "names", "recipient",
                                         "buyer", "payer", "cardholder", "addressee", "sender", "receptionist",
                                         "secretary", "accountant"])
  /// Words for things that people's names also name, which make a finding one: "Morgan is the car brand", "Carmen is
  /// the opera on the DVD", "the brand is Stone Island", 'the song "Roxanne"'.
  static let thingNouns = WordSet(words: """
    brand shop store song book novel film movie opera album track band city town village country place street
    road colour color shade model company restaurant hotel game show series title titled dog cat pet puppy kitten
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Words between "is" and the name noun: "is actually my colleague's surname", "is the family name".
  static let nameNounFillers = WordSet(words: """
    actually really also just my the his her our their your a last first given family maiden middle real full
    legal married
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Adverbs between a name noun and "is" ("my surname really is Park").
  static let verbAdverbs = WordSet(words: ["really", "actually", "also", "still", "truly", "definitely"])
  static let ofHash = Bytes.wordHash("of")
  static let wasHash = Bytes.wordHash("was")

  /// Adds the names that the text calls names: one or two listed words opening a line or sentence before "is …
  /// name/surname" (not "… name of", which names a thing), and comma or "and" lists of listed single words in a
  /// text that speaks of surnames or last names.
  static func calledNames(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    for i in words.indices where i == 0 || lineBreak(b, between: words[i - 1], and: words[i]) {
      // "D'Arcy Thompson is the recipient": one listed word, or two capitalised words one of them listed.
      var last = i
      if i + 1 < words.count, ByteWords.spaced(b, words[i], words[i + 1]), nameLike(b, words[i]),
         nameLike(b, words[i + 1]), listedName(b, words[i]) || listedName(b, words[i + 1]) {
        last = i + 1
      } else if !listedName(b, words[i]) {
        continue
      }
      // "Brown, first name Eliza": a surname given first, then the given name's field.
      if last == i, i + 3 < words.count, ByteWords.commaGap(b, words[i], words[i + 1]),
         words[i + 1].hash == firstHash || words[i + 1].hash == givenHash, words[i + 2].hash == nameHash {
        out.append(Candidate(type: .name, start: words[i].start, end: words[i].end))
        continue
      }
      if last == i, let pair = pairCalledPeople(b, words, i) {
        out += pair
        continue
      }
      guard last + 1 < words.count, words[last + 1].hash == isHash || words[last + 1].hash == wasHash,
            ByteWords.spaced(b, words[last], words[last + 1]) else { continue }
      guard let k = noun(b, words, after: last + 1), personNoun(words[k]),
            k + 1 == words.count || words[k + 1].hash != ofHash else { continue }
      out.append(Candidate(type: .name, start: words[i].start, end: words[last].end))
    }
    // "the buyer is Kaur", "my husband is Olusegun Adebayo", "my surname really is Park": the noun first, then
    // listed names.
    for noun in words.indices.dropFirst() where personNoun(words[noun]) {
      // An adverb between the noun and "is" ("really", "actually") counts as if the noun stood right before it.
      let k = noun + 2 < words.count && verbAdverbs.contains(words[noun + 1].hash)
        && ByteWords.spaced(b, words[noun], words[noun + 1]) ? noun + 1 : noun
      guard nameNounFillers.contains(words[noun - 1].hash), k + 2 < words.count, isOrWas(words[k + 1]),
            ByteWords.spaced(b, words[k], words[k + 1]), ByteWords.spaced(b, words[k + 1], words[k + 2]),
            listedName(b, words[k + 2]) else { continue }
      var last = k + 2
      if last + 1 < words.count, ByteWords.spaced(b, words[last], words[last + 1]), listedName(b, words[last + 1]) {
        last += 1
      }
      out.append(Candidate(type: .name, start: words[k + 2].start, end: words[last].end))
    }
    surnameLists(b, words, into: &out)
  }

  static func isOrWas(_ w: ByteWord) -> Bool { w.hash == isHash || w.hash == wasHash }

  /// People in the plural that two names opening a line can be called ("… are the kids", "… were my neighbours").
  static let pluralPersonNouns = WordSet(words: """
    kids children daughters sons twins parents grandparents grandkids grandchildren nieces nephews cousins sisters
    brothers boys girls neighbours neighbors colleagues recipients buyers names
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// The verbs that call two names people ("… are the kids").
  static let pluralVerbs = WordSet(words: ["are", "were"])

  /// "Hazel and Basil are the kids, the names go on the mugs": two listed words opening a line, joined by "and",
  /// before "are (my/the …) kids/daughters/neighbours". Both are words as often as names (hazel, basil); the
  /// sentence calling them people is the cue.
  static func pairCalledPeople(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> [Candidate]? {
    guard i + 4 < words.count, words[i + 1].hash == andHash, nameLike(b, words[i + 2]), listedName(b, words[i + 2]),
          pluralVerbs.contains(words[i + 3].hash), (i..<i + 3).allSatisfy({ ByteWords.spaced(b, words[$0], words[$0 + 1]) })
    else { return nil }
    var k = i + 4
    while k < words.count, k - i < 7, nameNounFillers.contains(stem(b, words[k])) || stem(b, words[k]) != words[k].hash {
      k += 1
    }
    guard k < words.count, pluralPersonNouns.contains(words[k].hash) else { return nil }
    return [Candidate(type: .name, start: words[i].start, end: words[i].end),
            Candidate(type: .name, start: words[i + 2].start, end: words[i + 2].end)]
  }

  /// A noun for a name, a role or a relation ("surname", "buyer", "husband").
  static func personNoun(_ w: ByteWord) -> Bool { nameNouns.contains(w.hash) || relationCues.contains(w.hash) }

  /// The index of the noun that "is …" at `words[verb]` leads to across fillers and possessives ("is actually my
  /// colleague's surname"), or nil.
  static func noun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after verb: Int) -> Int? {
    guard verb > 0, verb < words.count, isOrWas(words[verb]), ByteWords.spaced(b, words[verb - 1], words[verb]) else {
      return nil
    }
    var k = verb + 1
    while k < words.count, k - verb <= 4, nameNounFillers.contains(words[k].hash) || stem(b, words[k]) != words[k].hash
      || k - verb <= 3 && k + 1 < words.count && thingNouns.contains(words[k + 1].hash) {
      k += 1
    }
    return k < words.count && k - verb <= 4 ? k : nil
  }

  /// Drops name findings that the text calls a thing: a finding opening a line before "is (the) … brand/song/opera",
  /// a finding after "the brand/song is", and a finding in quotes after a work's noun ('the song "Roxanne"').
  static func dropCalledThings(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    all.removeAll { c in
      guard c.type == .name, let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
      let last = words.lastIndex(where: { $0.start < c.end }) ?? first
      if first == 0 || lineBreak(b, between: words[first - 1], and: words[first]),
         let k = noun(b, words, after: last + 1), thingNouns.contains(words[k].hash) {
        return true
      }
      if first >= 2, isOrWas(words[first - 1]), thingNouns.contains(stem(b, words[first - 2])) { return true }
      // "my dog Max", "the song Jolene", "the cat (Luna)": the name of a thing the words before call by its noun.
      if first >= 2, !words[first - 1].capitalised, thingNouns.contains(words[first - 1].hash),
         determiners.contains(words[first - 2].hash), ByteWords.spaced(b, words[first - 2], words[first - 1]),
         c.start - words[first - 1].end <= 3,
         (words[first - 1].end..<c.start).allSatisfy({ b[$0] == 0x20 || b[$0] == 0x28 || b[$0] == 0x2C || b[$0] == 0x22 }) {
        return true
      }
      // 'the song "Roxanne"', 'the shade "Ruby Woo"': a quote opening right before the finding, a work's noun just
      // before it.
      let open = c.start - 1
      if open > 0, b[open] == 0x22 || b[open] == 0x9C && open >= 2 && b[open - 1] == 0x80 && b[open - 2] == 0xE2,
         first >= 1, thingNouns.contains(words[first - 1].hash)
           || first >= 2 && thingNouns.contains(words[first - 2].hash) {
        return true
      }
      return false
    }
  }

  /// A capitalised word of two letters or more, no stop word, firm's or role's word.
  private static func nameLike(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let h = stem(b, w)
    return w.capitalised && w.digits == 0 && w.letters >= 2 && !namedThings.contains(h)
      && !NameScanner.stopWords.contains(h)
  }

  /// A `nameLike` word that a name lexicon lists.
  private static func listedName(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let h = stem(b, w)
    return nameLike(b, w) && (NameLexicon.surnames.contains(h) || NameLexicon.firstNames.contains(h))
  }

  /// "Baker, Young, King, Church (surnames only)": in a text with "surname(s)" or "last names", each single listed
  /// word of a comma or "and" list of two or more.
  private static func surnameLists(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    let speaksOfSurnames = words.indices.contains { k in
      let h = words[k].hash
      return h == surnameHash || h == surnamesHash
        || k > 0 && (h == namesHash || h == nameHash)
          && (words[k - 1].hash == lastHash || words[k - 1].hash == familyHash)
    }
    guard speaksOfSurnames else { return }
    func single(_ k: Int) -> Bool {
      // One word alone: "Baker", not "Rose Baker" (the run rules weigh names of two words).
      listedName(b, words[k])
        && !(k + 1 < words.count && words[k + 1].capitalised && ByteWords.spaced(b, words[k], words[k + 1]))
        && !(k > 0 && words[k - 1].capitalised && ByteWords.spaced(b, words[k - 1], words[k]))
    }
    var k = 0
    while k < words.count {
      guard single(k) else { k += 1; continue }
      var chain = [k]
      var j = k
      while j + 1 < words.count {
        if ByteWords.commaGap(b, words[j], words[j + 1]), single(j + 1) {
          j += 1
        } else if j + 2 < words.count, words[j + 1].hash == andHash, ByteWords.spaced(b, words[j], words[j + 1]),
                  ByteWords.spaced(b, words[j + 1], words[j + 2]) || ByteWords.commaGap(b, words[j + 1], words[j + 2]),
                  single(j + 2) {
          j += 2
        } else {
          break
        }
        chain.append(j)
      }
      if chain.count >= 2 {
        out += chain.map { Candidate(type: .name, start: words[$0].start, end: words[$0].end) }
      }
      k = j + 1
    }
  }

  static let surnameHash = Bytes.wordHash("surname")
  static let surnamesHash = Bytes.wordHash("surnames")
  static let namesHash = Bytes.wordHash("names")
  static let lastHash = Bytes.wordHash("last")
  static let firstHash = Bytes.wordHash("first")
  static let givenHash = Bytes.wordHash("given")
  static let familyHash = Bytes.wordHash("family")
}
