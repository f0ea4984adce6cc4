/// A postcode alone that names a building or a few doors rather than an area, as a UK postcode alone already does: an
/// Irish Eircode ("Eircode is D08 VF8H", one address each) or a Canadian postal code ("the postcode H2J 2L3", one side
/// of a street) where the text calls it a postcode, and a Brazilian CEP after its label ("CEP 01426-001"). A code of an
/// area (a US ZIP, an Indian PIN, "postcode 10115") stays, and so do these shapes without a postal word in the text
/// (model and part numbers).
enum FinePostcode {
  /// Words that call a code a postcode, anywhere in the text ("postal code V6B 1A1", "D08 VF8H is the Eircode").
  static let cues = WordSet(words: ["eircode", "postcode", "postal", "zip", "zipcode"])

  /// The fine postcode at `words[i]` in a text that names one, or nil.
  static func match(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int) -> Candidate? {
    // Asked about as a place ("is cep 01310-100 covered?", "do you ship to postal code H2J 2L3?"), it is none: the
    // settled convention for postcodes alone.
    if i > 0, words[i - 1].hash == cep, isCEP(b, words[i]), ByteWords.spaced(b, words[i - 1], words[i]),
       !ShortAnswerAddress.askedAsPlace(b, words, label: i - 1, end: i) {
      return Candidate(type: .address, start: words[i].start, end: words[i].end)
    }
    guard i + 1 < words.count, ByteWords.spaced(b, words[i], words[i + 1]),
          isEircode(b, words[i], words[i + 1]) || isCanadian(b, words[i], words[i + 1]),
          words[i + 1].end == b.count || !Bytes.isWordByte(b[words[i + 1].end]),
          words.contains(where: { cues.contains($0.hash) }),
          i == 0 || !ShortAnswerAddress.askedAsPlace(b, words, label: i - 1, end: i + 1) else { return nil }
    return Candidate(type: .address, start: words[i].start, end: words[i + 1].end)
  }

  /// The CEP's label, right before the code.
  static let cep = Bytes.wordHash("cep")

  /// "01426-001": five digits, a hyphen and three digits.
  static func isCEP(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    w.length == 9 && w.digits == 8 && b[w.start + 5] == 0x2D
  }

  /// "D08 VF8H", "D6W Y2X4": a routing key (a capital and two digits, or Dublin's "6W") and a four-character identifier
  /// of capitals and digits holding both.
  static func isEircode(_ b: UnsafeBufferPointer<UInt8>, _ key: ByteWord, _ id: ByteWord) -> Bool {
    key.length == 3 && id.length == 4 && Bytes.isUpper(b[key.start]) && Bytes.isDigit(b[key.start + 1])
      && (Bytes.isDigit(b[key.start + 2]) || b[key.start + 2] == 0x57) && id.digits >= 1 && id.letters >= 1
      && (id.start..<id.end).allSatisfy { Bytes.isDigit(b[$0]) || Bytes.isUpper(b[$0]) }
  }

  /// "H2J 2L3", "V6B 1A1": capital, digit, capital, then digit, capital, digit.
  static func isCanadian(_ b: UnsafeBufferPointer<UInt8>, _ fsa: ByteWord, _ ldu: ByteWord) -> Bool {
    guard fsa.length == 3, ldu.length == 3 else { return false }
    let f = fsa.start, l = ldu.start
    return Bytes.isUpper(b[f]) && Bytes.isDigit(b[f + 1]) && Bytes.isUpper(b[f + 2])
      && Bytes.isDigit(b[l]) && Bytes.isUpper(b[l + 1]) && Bytes.isDigit(b[l + 2])
  }
}
