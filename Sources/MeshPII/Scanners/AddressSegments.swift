/// The pieces of an address around its street that many countries write: units and floors ("Flat 302",
/// "3rd floor", "int. 4", "Bâtiment C", "4ºC"), house numbers with letters ("B-45", "2-11-3") and
/// localities between the street and the city ("Indiranagar", "The Maltings").
extension PostalAddressScanner {
  /// Words that name a unit, a floor or a building part; lower case, as people also type them.
  static let unitWords = WordSet(words: """
    apt apartment appartement appt app suite ste unit flat floor fl level lvl int interno scala piano piso planta
    puerta pta esc escalera étage etage bâtiment batiment bat building bldg block blk tower wing door bus no nr
    house room stair entrance portal
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Lower-case words after a city that close the address's clause ("Via Verdi 10, Bologna until Friday").
  static let clauseWords = WordSet(words: ["until", "till", "from", "please", "pls", "thanks", "thx", "now", "next",
                                           "this", "today", "tomorrow", "tonight", "instead", "asap", "too", "then"])

  /// A house number: digits with at most one letter ("221B", "B-45", "2-11-3"), or digits first with up to
  /// three letters ("4ºC", "12bis").
  static func isHouseNumber(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits > 0, w.digits <= 6 else { return false }
    return w.digits <= 5 && w.letters <= 1 || w.letters <= 3 && Bytes.isDigit(b[w.start])
  }

  /// A segment of one to three capitalised place words ending at `words[p]`, maybe opened by "The":
  /// its first word.
  static func placeSegment(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], endingAt p: Int) -> Int? {
    guard isPlaceWord(words[p]) else { return nil }
    var first = p
    while first > 0, p - first < 2, ByteWords.spaced(b, words[first - 1], words[first]), isPlaceWord(words[first - 1]) {
      first -= 1
    }
    if first > 0, ByteWords.spaced(b, words[first - 1], words[first]), words[first - 1].capitalised,
       streetOpeners.contains(words[first - 1].hash) {
      first -= 1
    }
    // The segment must open its clause: after a comma or at the start, not inside a sentence.
    guard first == 0 || ByteWords.commaGap(b, words[first - 1], words[first]) else { return nil }
    return first
  }

  /// The start of a street grown back over a unit segment before it ("Flat 7, 15 Allen Avenue"), or over
  /// a slash unit ("5/21 Beach Rd").
  static func unitBefore(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ start: Int) -> Int {
    let start = slashUnit(b, before: start)
    guard let k = words.firstIndex(where: { $0.start >= start }), k > 0,
          ByteWords.commaGap(b, words[k - 1], words[k]),
          let segment = numberedSegment(b, words, endingAt: k - 1),
          (segment..<k).contains(where: { unitWords.contains(words[$0].hash) }),
          // A unit with its number or letter, or named in capitals ("Flat 7", "Ground Floor"), not "the side door".
          (segment..<k).contains(where: { words[$0].digits > 0 || words[$0].capitalised }) else { return start }
    return words[segment].start
  }
}
