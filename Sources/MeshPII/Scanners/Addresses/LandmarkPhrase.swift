/// Landmarks written beside an address in countries where couriers find houses by them (West Africa, the Gulf,
/// South Asia): before the street ("near Al Rashid clinic, Villa 9, Street 40, …", "opposite the mosque, 12 Nkrumah
/// Rd, Accra", "next to the Total station, Plot 44 …") or after it, with the town after the landmark ("…, Al Barsha
/// 2, near Mall of the Emirates, Dubai"). The phrase joins an address already found; alone ("near the big mall")
/// it is none.
enum LandmarkPhrase {
  typealias V = AddressVocabulary
  static let next = Bytes.wordHash("next"), to = Bytes.wordHash("to"), the = Bytes.wordHash("the"),
    of = Bytes.wordHash("of")

  /// `start..<end` (an address's bytes) widened over a landmark phrase set off by a comma before it, and over one
  /// that opens its last segment or follows it, with up to two place segments after it to the text's end.
  static func widen(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ start: Int, _ end: Int) -> Range<Int> {
    var range = start..<end
    if let a = words.firstIndex(where: { $0.start >= start }), a > 0 {
      if ByteWords.commaGap(b, words[a - 1], words[a]), let opener = openerBefore(b, words, last: a - 1) {
        range = words[opener].start..<range.upperBound
      } else if V.landmarks.contains(words[a - 1].hash), joined(b, words[a - 1], words[a]) {
        // The landmark's name was taken as a place before the street ("behind Shoprite, 7 Adeola Odeku Street").
        range = words[a - 1].start..<range.upperBound
      }
    }
    if let z = trailingOpener(b, words, start, end), let last = phraseEnd(b, words, from: z), words[last].end >= end {
      // The town after the landmark ("…, near Mall of the Emirates, Dubai"), when only places follow to the text's end.
      let e = townsToEnd(b, words, after: last) ?? last
      range = range.lowerBound..<words[e].end
    }
    return range
  }

  /// A landmark word after a comma that opens the address's last segment ("…, Al Barsha 2, near Mall", the rest of
  /// the landmark's name cut off by "of") or the segment right after the address.
  static func trailingOpener(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ start: Int, _ end: Int) -> Int? {
    if let z = words.firstIndex(where: { $0.start >= end }), z > 0, ByteWords.commaGap(b, words[z - 1], words[z]),
       V.landmarks.contains(words[z].hash) {
      return z
    }
    guard let l = words.lastIndex(where: { $0.end <= end }) else { return nil }
    var j = l
    while j > 0, l - j < 6, words[j].start > start, !V.landmarks.contains(words[j].hash), isPhraseWord(words[j]) { j -= 1 }
    guard j > 0, words[j].start > start, V.landmarks.contains(words[j].hash),
          ByteWords.commaGap(b, words[j - 1], words[j]) else { return nil }
    return j
  }

  /// The landmark word that opens a phrase ending at `words[last]`: "near", "opp.", "opposite", "behind", "beside"
  /// or "next to", at most six words back, with only the landmark's own words between.
  static func openerBefore(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], last: Int) -> Int? {
    var j = last
    while j >= 0, last - j < 6 {
      let h = words[j].hash
      if j < last {
        guard joined(b, words[j], words[j + 1]) else { return nil }
        if V.landmarks.contains(h) { return j }
        if h == to, j > 0, words[j - 1].hash == next, ByteWords.spaced(b, words[j - 1], words[j]) { return j - 1 }
      }
      guard isPhraseWord(words[j]) else { return nil }
      j -= 1
    }
    return nil
  }

  /// The last word of a landmark phrase opening at `words[z]`, which ends at the text's end or a comma.
  static func phraseEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from z: Int) -> Int? {
    guard V.landmarks.contains(words[z].hash) else { return nil }
    var j = z + 1
    while j < words.count, j - z <= 6, isPhraseWord(words[j]), joined(b, words[j - 1], words[j]) { j += 1 }
    guard j > z + 1, j == words.count || ByteWords.commaGap(b, words[j - 1], words[j]) else { return nil }
    return j - 1
  }

  /// The end of up to two segments of capitalised place names after `words[e]` that run to the text's end.
  static func townsToEnd(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], after e: Int) -> Int? {
    var j = e + 1, segments = 0
    while j < words.count, segments < 2, ByteWords.commaGap(b, words[j - 1], words[j]) {
      var k = j
      while k < words.count, k - j < 3, isPlaceName(words[k]), k == j || ByteWords.spaced(b, words[k - 1], words[k]) {
        k += 1
      }
      guard k > j else { return nil }
      segments += 1
      j = k
    }
    return j == words.count && segments > 0 ? j - 1 : nil
  }

  /// A word of a landmark's name: capitalised (brands are: "the Total station"), a landmark noun ("mosque",
  /// "market") or "the"/"of" inside it.
  static func isPhraseWord(_ w: ByteWord) -> Bool {
    w.digits == 0 && (w.capitalised && !PostalAddressScanner.notPlaceWords.contains(w.hash) || w.hash == the || w.hash == of
                      || V.landmarkNouns.contains(w.hash))
  }

  static func isPlaceName(_ w: ByteWord) -> Bool {
    w.digits == 0 && w.capitalised && !V.stopWords.contains(w.hash) && !PostalAddressScanner.notPlaceWords.contains(w.hash)
  }

  /// One space, or ". " after an abbreviated landmark word ("opp. SBI ATM").
  static func joined(_ b: UnsafeBufferPointer<UInt8>, _ a: ByteWord, _ c: ByteWord) -> Bool {
    ByteWords.spaced(b, a, c) || c.start == a.end + 2 && b[a.end] == 0x2E && b[a.end + 1] == 0x20
  }
}
