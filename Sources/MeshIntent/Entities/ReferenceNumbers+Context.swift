/// What around a number says whether it is an order's: the words before a bare `#` that make it another
/// thing's number, the symbols a trailing "my order" may follow, a prefix written apart from its digits,
/// a possessive glued to an identifier, and two long numbers side by side.
extension ReferenceNumbers {
  /// Words before a bare `#` that number something else: "ticket #55213", "room #1204", "item #4471".
  static let hashBlockers: Set<String> = [
    "ticket", "case", "item", "items", "product", "sku", "model", "part", "room", "apt", "apartment", "unit",
    "suite", "flight", "listing", "article", "seat", "gate", "store", "shop", "account", "customer", "member",
    "issue", "bug", "page", "line", "step", "house", "building", "lot", "bus", "train", "platform", "table",
    "question", "claim", "complaint", "card", "invoice", "tracking", "receipt", "employee", "patient",
    // A support query numbered as a ticket is (branch ord43, dev10's "re: your query #88120 -- my order is 88210").
    "query", "enquiry", "inquiry",
  ]
  /// People before a bare `#` who are numbered themselves (issue 12, branch ord36, dev6's "agent #2241"): kept out
  /// of `hashBlockers`, which also names other numbers for the weak cues ("the agent gave me ref 4471203").
  static let staffBeforeHash: Set<String> = ["agent", "rep", "representative", "operator", "advisor", "adviser",
                                             "associate", "staff"]

  /// Symbols between a number and a trailing "my order": "100019 - that's my order", "100019 (my order)".
  static let trailingSymbols: Set<String> = [",", "-", "–", "—", "(", ":"]

  /// Whether a prefix cue (`ORD`) and the digits after it are one identifier: upper case and one space apart
  /// ("ORD 100019"), or joined by dashes and spaces only ("ORD- 100019", "ord - 100019"). Lower case "ord"
  /// before a space is the abbreviation of "order", not the shop's prefix.
  static func prefixJoins(_ cue: Token, _ number: Token, upperCase: Bool, scalars: [Unicode.Scalar]) -> Bool {
    let gap = scalars[cue.end..<number.start]
    guard gap.count <= 3 else { return false }
    if upperCase && gap.count == 1 && gap.allSatisfy({ $0.properties.isWhitespace }) { return true }
    // "ORD.448120", "ord/448120": the prefix glued to its digits by a dot or a slash, retyped from a screen.
    if gap.count == 1 && gap.allSatisfy({ $0 == "." || $0 == "/" }) { return true }
    return gap.contains { dashes.contains($0) } && gap.allSatisfy { dashes.contains($0) || $0.properties.isWhitespace }
  }

  static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "‑"]

  /// Two numbers of five digits or more, one after the other: a list ("100019 100020"), where shorter
  /// groups ("123 456 789", "9400 1000 0000") are one number written in parts.
  static func twoNumbers(_ a: Token, _ b: Token) -> Bool {
    a.isWord && b.isWord && !b.hasLetter && digitCount(a.text) >= 5 && digitCount(b.text) >= 5
      && !DateExpressions.numeric(b.text) && !b.text.contains("." as Character) && !b.text.contains("," as Character)
  }

  /// `found` without an English possessive glued to it: "ORD-100019's" is the order "ORD-100019".
  static func withoutPossessive(_ found: Found) -> Found {
    for suffix in ["'s", "’s", "'S", "’S"] where found.value.hasSuffix(suffix) && found.value.count > 2 {
      var f = found
      f.value = String(found.value.dropLast(2))
      f.end -= 2
      return f
    }
    return found
  }

  /// `found` without a lower-case word typed onto its digits with the space left out (issue 12, branch ord39,
  /// heldout23's "has#7715shipped"): three digits or more, then three lower-case letters or more and nothing else.
  /// A shop's code ends in capitals or digits, and a unit ("32gb", "500ml") is shorter.
  static func withoutGluedWord(_ found: Found) -> Found {
    let s = Array(found.value.unicodeScalars)
    let digits = s.prefix { ("0"..."9").contains($0) }.count
    let rest = s.dropFirst(digits)
    guard digits >= 3, rest.count >= 3, rest.allSatisfy({ ("a"..."z").contains($0) }) else { return found }
    var f = found
    f.value = String(String.UnicodeScalarView(s.prefix(digits)))
    f.end = f.start + digits
    return f
  }
}

extension ReferenceNumbers {
  /// A measure or size, not an identifier: a few digits and a unit ("32GB", "500ml", "10kg", "2XL"), or
  /// dimensions ("120x60"), as in "order 32GB ram".
  static func measure(_ text: String) -> Bool {
    let s = Array(text.lowercased().unicodeScalars)
    func digit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    let lead = s.prefix(while: digit).count
    let rest = s.dropFirst(lead)
    if lead >= 1 && lead <= 4 && !rest.isEmpty && rest.count <= 3 && rest.allSatisfy({ ("a"..."z").contains($0) }) {
      return true
    }
    if lead >= 1, rest.first == "x", rest.count >= 2, rest.dropFirst().allSatisfy(digit) { return true }
    return false
  }
}

extension ReferenceNumbers {
  /// Words that say what is done with an order, so that a long bare number right after them is one:
  /// "cancel 4471203", "refund 100019", "status of 100019", "regarding 100019".
  static let orderVerbs: Set<String> = ["cancel", "refund", "return", "status", "regarding", "re", "concerning",
                                        "update", "check", "where's", "wheres",
                                        // Orders joined into one (issue 12, branch ord37): "combine 4471210 and 4471299".
                                        "merge", "combine",
                                        // The same order again (issue 12, branch ord38b): "reorder 000558712 please".
                                        "reorder", "re-order",
                                        // An order placed by mistake taken back (branch ord43, dev10): "please undo 3301884".
                                        "undo"]
  /// What may stand between such a word and the number: "status of", "update on", "check on", "re:".
  static let orderVerbLinks: Set<String> = ["of", "on", "#", ":", "＃"]
  /// Order verbs that "for" may follow too (issue 12, branch ord36): "refund status for K77120", "refund for
  /// P661029" ask about the order's refund; "cancel for" or "check for" would not introduce an order.
  static let forVerbs: Set<String> = ["status", "refund"]

  /// The index of the order number after an order verb at `i` (or its shorthand, "cncl"): five digits or more,
  /// no letters, not a date or amount, not a count of something ("return 10000 stickers") nor money ("refund
  /// 12000 yen"); or a one-letter code ("R33019").
  static func afterOrderVerb(_ tokens: [Token], at i: Int) -> Int? {
    guard let j = orderVerbObject(tokens, at: i) else { return nil }
    // "refund status R33019", "cancel W55120": a one-letter code is as much a reference as the digits alone.
    return bareOrderNumber(tokens, at: j) ?? oneLetterCode(tokens, at: j) ?? shortPrefixedCode(tokens, at: j)
  }

  /// Where the object of an order verb at `i` (or its shorthand) starts: past its links ("status of", "refund for")
  /// or past a pronoun phrase and a colon ("cancel one of them: …"); nil when `i` is no order verb.
  static func orderVerbObject(_ tokens: [Token], at i: Int) -> Int? {
    guard orderVerb(tokens[i].lower) else { return nil }
    var j = i + 1
    while j < tokens.count, j <= i + 2,
          orderVerbLinks.contains(tokens[j].lower) || tokens[j].lower == "for" && forVerbs.contains(tokens[i].lower) { j += 1 }
    // "check 60614" may be a postcode: "check" and "update" need their "on" ("check on 100019").
    if ["check", "update"].contains(tokens[i].lower) && !(i + 1 < j && tokens[i + 1].lower == "on") { return nil }
    // "cancel both 7712 & 7713": the orders counted before they are listed (branch ord43, dev10).
    if j == i + 1, j + 1 < tokens.count, ["both", "all"].contains(tokens[j].lower), tokens[j + 1].hasDigit { return j + 1 }
    return j == i + 1 ? pronounObject(tokens, after: i) ?? j : j
  }

  /// The order number at `first`, which a verb or a chasing phrase found, and the bare numbers listed after
  /// it ("cancel 7731204 and 7731205", "refund 4471203, 4471204"), each with as many digits give or take one.
  static func bareList(_ tokens: [Token], from first: Int) -> (found: [Found], last: Int) {
    func one(_ k: Int) -> Found { Found(type: "order_number", start: tokens[k].start, end: tokens[k].end, value: tokens[k].text) }
    var found = [one(first)], last = first
    while last + 2 < tokens.count, orderListLinks.contains(tokens[last + 1].lower),
          let next = bareOrderNumber(tokens, at: last + 2),
          abs(digitCount(tokens[next].text) - digitCount(tokens[first].text)) <= 1 {
      found.append(one(next))
      last = next
    }
    return (found, last)
  }

  /// `j` when a long bare number stands there: five digits or more, no letters, not a date, amount, count
  /// of something ("return 10000 stickers") nor money ("refund 12000 yen"), not the first part of a number
  /// written in groups.
  static func bareOrderNumber(_ tokens: [Token], at j: Int) -> Int? {
    guard j < tokens.count, !tokens[j].hasLetter, digitCount(tokens[j].text) >= 5,
          identifier(tokens[j], type: "order_number") else { return nil }
    if j + 1 < tokens.count {
      let next = tokens[j + 1]
      // A number in parts or a list is read by the cue rules, not here.
      if next.hasDigit && next.start == tokens[j].end + 1 { return nil }
      if countedNoun(next) || Money.words[next.lower] != nil || Money.symbols[next.text] != nil { return nil }
    }
    return j
  }
}

extension ReferenceNumbers {
  /// Words that chase something already ordered, with the links they need before its number: "any news on
  /// 4471203", "still waiting for 4471203", "following up on 4471203", "any update for 4471203".
  static let chaseLinks: [String: Set<String>] = [
    "news": ["on", "about", "for", "of", "regarding"], "waiting": ["for", "on"], "wait": ["for", "on"],
    "following": ["up"], "update": ["for", "about", "regarding"], "updates": ["on", "for", "about", "regarding"],
    // What went wrong with an order (branch ord41, heldout25's "a problem with 660192, it's complicated").
    "problem": ["with"], "problems": ["with"], "issue": ["with"], "issues": ["with"],
  ]
  /// Words before "about" that make it a question about an order: "what about 4471203", "writing about
  /// 4471203" (not "costs about 12000").
  static let aboutOpeners: Set<String> = ["what", "writing", "asking", "enquiring", "inquiring", "contacting",
                                          "emailing", "messaging", "question", "questions", "inquiry", "enquiry",
                                          // "it's me again about 5518820": a customer writing back.
                                          "again",
                                          // What the customer did before: "contacted you about", "emailed twice about".
                                          "contacted", "emailed", "messaged", "wrote", "written", "chatted", "asked",
                                          "complained", "complaining"]
  /// Words between an opener and "about": whom the customer wrote to, how often and when ("contacting you
  /// guys about", "emailed you twice already about", "messaged u yesterday about").
  static let aboutObjects: Set<String> = ["you", "u", "ya", "guys", "y'all", "all", "team", "folks", "again", "twice",
                                          "already", "yesterday", "today", "before", "earlier", "back", "to", "last",
                                          "week", "night", "times", "several", "many", "three", "3", "two", "2"]

  /// Whether an opener of `aboutOpeners` stands before the "about" at `i`, at most four of `aboutObjects` between.
  static func aboutOpened(_ tokens: [Token], at i: Int) -> Bool {
    var k = i - 1
    while k >= 0, k >= i - 5 {
      if aboutOpeners.contains(tokens[k].lower) { return true }
      guard aboutObjects.contains(tokens[k].lower) else { return false }
      k -= 1
    }
    return false
  }

  /// Whether the "about" at `i` follows "it's" opening a clause: "agent pls, its about 88141" says what the chat is
  /// about (branch ord43); "the price is about 20000" has no "it's" at a clause's start.
  static func aboutAnswered(_ tokens: [Token], at i: Int) -> Bool {
    guard i >= 1, itIsWords.contains(tokens[i - 1].lower) else { return false }
    return i == 1 || !tokens[i - 2].isWord
  }

  /// The index of the order number that a chasing phrase at `i` is about: a long bare number after the
  /// phrase and its link ("for", "on", "up on"); nil for any other word or link.
  static func afterChase(_ tokens: [Token], at i: Int) -> Int? {
    let w = tokens[i].lower
    var j = i + 1
    if w == "about" {
      guard aboutOpened(tokens, at: i) || aboutAnswered(tokens, at: i) else { return nil }
    } else if ["news", "update", "updates"].contains(w), i + 1 < tokens.count, ["?", ":", "-"].contains(tokens[i + 1].text) {
      // "any news? 4471920", "update: 4471920": the question, then the number it is about.
      j = i + 2
      while j < tokens.count, tokens[j].text == "?" || tokens[j].text == "!" { j += 1 }
    } else {
      guard let links = chaseLinks[w], i + 1 < tokens.count, links.contains(tokens[i + 1].lower) else { return nil }
      j = i + 2
      // "following up on": the second link word.
      if j < tokens.count, tokens[i + 1].lower == "up", tokens[j].lower == "on" || tokens[j].lower == "with" { j += 1 }
    }
    guard let found = bareOrderNumber(tokens, at: j) ?? oneLetterCode(tokens, at: j) else { return nil }
    // The number ends the phrase ("waiting for 4471203, it's late"); a word after it that is not a link
    // names what the number counts or where it is ("waiting for 30000 people", "waiting for 10115 Berlin").
    if found + 1 < tokens.count, tokens[found + 1].isWord, !chaseFollowers.contains(tokens[found + 1].lower) { return nil }
    // "any news? 4471203 is my customer number": named as another kind after all.
    return postcodeOrNamedAfter(tokens, found) ? nil : found
  }

  /// Words that may follow the chased number: "waiting for 4471203 since monday", "news on 4471203 please".
  static let chaseFollowers: Set<String> = pleaseWords.union(itIsWords).union(["since", "yet", "still", "anymore", "and", "but",
                                            "it", "which", "that", "has", "hasn't", "is", "isn't", "was",
                                            "thanks", "thx", "thank", "from", "placed", "ordered", "for", "to",
                                            // When and how often: "emailed you twice about 44718203 already".
                                            "already", "again", "last", "yesterday", "today", "because", "no", "nothing"])
}

extension ReferenceNumbers {
  /// The index of a long bare number after the symbol at `i` (",", ":", "-", "(") when an order was
  /// mentioned just before and nothing between is a number or names a phone, postcode or address: "my order,
  /// 4471203".
  static func afterOrderMention(_ tokens: [Token], at i: Int) -> Int? {
    guard !tokens[i].isWord, trailingSymbols.contains(tokens[i].text), i + 1 < tokens.count,
          orderMentioned(tokens, before: i) else { return nil }
    // Between the order word and here: no other number ("order 100019 to 5 Rue X, 75001") and no word
    // that names someone's phone, postcode or address.
    guard let mention = tokens[max(0, i - 8)..<i].lastIndex(where: { orderMentions.contains($0.lower) }),
          // "the zip on my order, 90210 should be 90211": another kind named before the order.
          !kindBeforeOrder(tokens, mention: mention) else { return nil }
    guard !tokens[mention..<i].contains(where: {
      $0.hasDigit || trailingBlockers.contains($0.lower) || referringBlockers.contains($0.lower) || $0.lower == "address"
    }) else { return nil }
    // "the status of my latest order please, it's N-7712-A": the number given as "it's".
    var j = i + 1
    while j + 1 < tokens.count, j <= i + 2, givingWords.contains(tokens[j].lower) { j += 1 }
    guard !tokens[j].hasLetter && digitCount(tokens[j].text) >= 5 || dashedCode(tokens[j]),
          identifier(tokens[j], type: "order_number") else { return nil }
    if j + 1 < tokens.count {
      let next = tokens[j + 1]
      if next.hasDigit && next.start == tokens[j].end + 1 { return nil }
      if countedNoun(next) || Money.words[next.lower] != nil { return nil }
    }
    // "my order is late, 4471203 is my customer number": named as another kind after it.
    return postcodeOrNamedAfter(tokens, j) ? nil : j
  }
}

extension ReferenceNumbers {
  /// Words a customer writes between asking about an order and giving its number: "where is my order?
  /// it's 4471203", "my order?? number 4471203".
  static let answerWords: Set<String> = givingWords.union(referringWords).union(["the", "here"])
  /// What a question asks about before the number that answers it: the order, or the parcel it comes in ("where is my
  /// parcel? 4471203").
  static let questionedWords: Set<String> = orderNouns.union(["parcel", "package"])

  /// The index of the number that answers a question about an order at `i` (the first `?` or `!` after
  /// the order word, at most two words before): "where is my order? 4471203", "my order!! it's 4471203".
  /// Five digits or more, or letters and digits, and neither a count nor money.
  static func afterOrderQuestion(_ tokens: [Token], at i: Int) -> Int? {
    guard tokens[i].text == "?" || tokens[i].text == "!", i > 0, !(tokens[i - 1].text == "?" || tokens[i - 1].text == "!")
    else { return nil }
    guard tokens[max(0, i - 2)..<i].contains(where: { questionedWords.contains($0.lower) }),
          !tokens[max(0, i - 2)..<i].contains(where: \.hasDigit) else { return nil }
    var j = i + 1
    while j < tokens.count, tokens[j].text == "?" || tokens[j].text == "!" || tokens[j].text == ":" { j += 1 }
    var words = 0
    while j < tokens.count, words < 3, answerWords.contains(tokens[j].lower) { j += 1; words += 1 }
    guard j < tokens.count, identifier(tokens[j], type: "order_number"),
          digitCount(tokens[j].text) >= 5 || tokens[j].hasLetter && digitCount(tokens[j].text) >= 3 else { return nil }
    if j + 1 < tokens.count {
      let next = tokens[j + 1]
      if next.hasDigit && next.start == tokens[j].end + 1 { return nil }
      if countedNoun(next) || Money.words[next.lower] != nil { return nil }
    }
    // "my order? 90210 is my zip": a word just after names the number as something else.
    if tokens[(j + 1)..<min(tokens.count, j + 4)].contains(where: { otherNumberWords.contains($0.lower) }) { return nil }
    return j
  }
}

extension ReferenceNumbers {
  /// Pronouns that open a clause about who gave or got a number.
  static let clauseSubjects: Set<String> = ["i", "you", "they", "we", "u", "it"]

  /// After a number word ("order number", "order no"), a clause of at most four words saying who gave or
  /// got it, ended by "is", "was" or ":" ("I got is", "you sent me:"): the index past its end; nil when
  /// none starts at `j`.
  static func givenClause(_ tokens: [Token], at j: Int) -> Int? {
    guard j > 0, j < tokens.count, clauseSubjects.contains(tokens[j].lower),
          referringWords.contains(tokens[j - 1].lower) || otherLanguageNumberWords.contains(tokens[j - 1].lower)
    else { return nil }
    var k = j + 1
    while k < tokens.count, k <= j + 4 {
      let t = tokens[k]
      if t.lower == "is" || t.lower == "was" || t.text == ":" { return k + 1 }
      guard t.isWord, !t.hasDigit else { return nil }
      k += 1
    }
    return nil
  }
}
