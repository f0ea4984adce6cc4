/// A German street named by a preposition and a noun, given alone with its number as an answer or a correction ("Am
/// Weinberg 3", "An der Mühle 12a", "Zum Hafen 7"): no street word and no postcode, but "Am"/"Im"/"Zum"/"Zur" and "An
/// der" open street names, and the number closes the clause. "Am Freitag 3 Pakete" (on Friday) is a time, not a street.
extension ShortAnswerAddress {
  /// Prepositions that open German street names, capitalised.
  static let openers = WordSet(words: ["am", "im", "zum", "zur", "auf", "hinter", "unter", "vor"])
  /// "An der Mühle", "Auf dem Berg": an article between the preposition and the name.
  static let articles = WordSet(words: ["der", "dem", "den"])
  static let an = Bytes.wordHash("an")
  /// Nouns after "Am"/"Im" that name a time, a part of a text or an amount, not a street.
  static let timeNouns = WordSet(words: """
    montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende januar februar märz april mai juni juli
    august september oktober november dezember tag jahr ende anfang morgen abend mittag nachmittag vormittag kapitel
    seite punkt moment stück artikel prinzip grunde ganzen allgemeinen voraus schluss zeitpunkt monat woche
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// "Am Weinberg 3" at `i`: the preposition (or "An" with an article), one or two capitalised name words, and a house
  /// number of one to three digits (perhaps a letter) that ends the clause.
  static func openerStreet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> ClosedRange<Int>? {
    let w = words[i]
    guard w.capitalised, !w.allCaps, i + 2 < words.count else { return nil }
    var k = i + 1
    if w.hash == an || openers.contains(w.hash) && words[k].hash != an {
      if articles.contains(words[k].hash), !words[k].capitalised, ByteWords.spaced(b, w, words[k]) { k += 1 }
      else if w.hash == an { return nil }
    } else {
      return nil
    }
    guard k < words.count, ByteWords.spaced(b, words[k - 1], words[k]) else { return nil }
    var e = k
    while e < words.count, e - k < 2, words[e].capitalised, !words[e].allCaps, words[e].digits == 0, words[e].letters >= 3,
          !timeNouns.contains(words[e].hash), !PostalAddressScanner.notPlaceWords.contains(words[e].hash),
          e == k || ByteWords.spaced(b, words[e - 1], words[e]) { e += 1 }
    guard e > k, e < words.count, ByteWords.spaced(b, words[e - 1], words[e]) else { return nil }
    let n = words[e]
    guard n.digits >= 1, n.digits <= 3, n.letters <= 1, n.length == n.digits + n.letters, Bytes.isDigit(b[n.start]) else {
      return nil
    }
    // The number closes the clause: the text's end, or punctuation after it ("Am Weinberg 3, bitte").
    guard n.end == b.count || [0x2C, 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D].contains(b[n.end]) else { return nil }
    return i...e
  }
}
