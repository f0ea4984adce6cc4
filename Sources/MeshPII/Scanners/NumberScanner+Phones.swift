/// The edges of a phone number: what may stand before it and the extension that may follow it.
extension NumberScanner {
  /// Whether the token before `position` is a UK postcode's inward part (digit, letter, letter), after
  /// which a digit run is a new value, not the continuation of a letter-digit identifier.
  static func followsPostcodeInward(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    guard position >= 4, b[position - 1] == 0x20 else { return false }
    let s = position - 4
    guard Bytes.isDigit(b[s]), Bytes.isAlpha(b[s + 1]), Bytes.isAlpha(b[s + 2]) else { return false }
    return s == 0 || b[s - 1] == 0x20
  }

  /// Words that introduce a phone extension ("ext 12", "ext. 12", "extension 12", "x12"), and the same in other
  /// languages ("wewn. 31", Polish; "Durchwahl 214", German; "poste 12", French; "ramal 30", Portuguese; "anexo 5",
  /// Spanish). A longer word comes before its prefix: a word that matches but has no digits after it ends the search.
  private static let extensionWords: [[UInt8]] = ["extension", "ext", "wewn", "durchwahl", "poste", "ramal", "anexo",
                                                  "x"].map { Array($0.utf8) }

  /// The end of the phone number that ends at `end`, taking in an extension of 1-6 digits after it.
  static func extensionEnd(_ b: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
    let n = b.count
    var i = end
    while i < n && b[i] == 0x20 { i += 1 }
    guard i > end || (i < n && Bytes.lower(b[i]) == 0x78) else { return end }
    for word in extensionWords where Bytes.matches(b, at: i, word) {
      var j = i + word.count
      if j < n && b[j] == 0x2E { j += 1 }
      if j < n && b[j] == 0x3A { j += 1 }
      while j < n && b[j] == 0x20 { j += 1 }
      let digitsStart = j
      while j < n && Bytes.isDigit(b[j]) { j += 1 }
      let length = j - digitsStart
      guard length >= 1 && length <= 6, j >= n || !Bytes.isWordByte(b[j]) else { return end }
      // "x" alone must touch its digits or be one letter standing apart ("555-0100 x12", "… x 12").
      if word.count == 1, i > 0, Bytes.isWordByte(b[i - 1]) { return end }
      return j
    }
    return end
  }
}

extension NumberScanner {
  /// Whether the words before `position` are a town whose name opens with "Tel" ("Tel Aviv 6346508", "Tel Mond"): an
  /// Israeli address's city before its seven-digit postcode, not a phone's label.
  static func followsTelTown(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    var i = position - 1
    while i >= 0, b[i] == 0x20 || b[i] == 0x2C { i -= 1 }
    let end = i + 1
    // "Aviv-Yafo": the town's name may be hyphenated.
    while i >= 0, Bytes.isAlpha(b[i]) || b[i] == 0x2D && i > 0 && Bytes.isAlpha(b[i - 1]) { i -= 1 }
    // "Aviv": a capitalised word right after "Tel " ("Tel-Aviv" is one word and holds no cue).
    guard end - i > 2, Bytes.isUpper(b[i + 1]), i >= 3, b[i] == 0x20 else { return false }
    return b[i - 3] == 0x54 && b[i - 2] == 0x65 && b[i - 1] == 0x6C && (i == 3 || !Bytes.isAlpha(b[i - 4]))
  }

  /// Cuts a phone number off the end of an address that ran on into it ("… PAISLEY PA2 8BN 07700 900
  /// 733"): an address never ends in a phone, and without the cut the stronger phone would drop the
  /// whole address in the overlap resolution.
  static func cutAddresses(_ b: UnsafeBufferPointer<UInt8>, beforePhonesIn all: inout [Candidate]) {
    for p in all.indices where all[p].type == .phone {
      let phone = all[p]
      for a in all.indices where all[a].type == .address && all[a].start < phone.start
        && phone.start < all[a].end && all[a].end <= phone.end {
        var end = phone.start
        while end > all[a].start, b[end - 1] == 0x20 || b[end - 1] == 0x2C || b[end - 1] == 0x2F
          || b[end - 1] == 0x7C || b[end - 1] == 0x3B { end -= 1 }
        all[a].end = end
      }
    }
    all.removeAll { $0.end <= $0.start }
  }
}

extension NumberScanner {
  /// Whether the word before `position` (after spaces) is a US state: its code in capitals ("MA", "CT") or its name
  /// written out ("Massachusetts", "new jersey").
  static func followsUSState(_ b: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
    var i = position
    while i > 0, b[i - 1] == 0x20 { i -= 1 }
    let end = i
    guard end < position else { return false }
    while i > 0, Bytes.isAlpha(b[i - 1]) { i -= 1 }
    guard end > i, i == 0 || !Bytes.isWordByte(b[i - 1]) else { return false }
    let h = Bytes.wordHash(b, i, end)
    if end - i == 2 { return Bytes.isUpper(b[i]) && Bytes.isUpper(b[i + 1]) && PostalAddressScanner.usStates.contains(h) }
    return SpokenAddress.states.contains(h)
  }
}
