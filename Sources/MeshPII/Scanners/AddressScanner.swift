/// Finds street addresses, best effort: a house number, one to four words and a street type
/// ("221B Baker Street", "1600 Amphitheatre Pkwy, Suite 200"), or the German/Dutch order
/// ("Hauptstraße 5", "Keizersgracht 123").
enum AddressScanner {
  static let streetTypes = WordSet(words: ["street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd",
                                       "lane", "ln", "drive", "dr", "way", "court", "ct", "place", "pl",
                                       "terrace", "parkway", "pkwy", "highway", "hwy", "circle", "cir",
                                       "square", "sq", "crescent", "close", "row", "trail", "plaza"])
  static let unitWords = WordSet(words: ["apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl"])
  /// Endings of street names written before the number.
  static let suffixes: [[UInt8]] = ["strasse", "straße", "str", "weg", "gasse", "platz", "allee", "gracht",
                                    "laan", "straat", "plein", "ring", "damm", "gatan", "vägen", "gata", "gade",
                                    "vej", "veien", "vegen", "katu"].map { Array($0.utf8) }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    var streets: [Candidate] = []
    scanStreets(b, into: &streets)
    PostalAddressScanner.scan(b, streets: streets, into: &out)
    WorldAddressScanner.scan(b, into: &out)
    ShortAnswerAddress.scan(b, into: &out)
    IrishCountyAddress.scan(b, into: &out)
    EastAsianAddressee.scan(b, into: &out)
    EastAsianAddressee.scanKorean(b, into: &out)
    NonLatinAddress.scan(b, into: &out)
    joinOverlapping(&out)
  }

  /// Two addresses found by different rules that share words are one: the house said in words by one rule and the
  /// street, town and postcode by another ("fifty-five Church Road, Bristol, BS5 9JN") add their union. The parts stay
  /// too: when the union loses to a stronger find (a phone run into a house number), a part may still stand.
  static func joinOverlapping(_ out: inout [Candidate]) {
    let addresses = out.filter { $0.type == .address }.sorted { $0.start < $1.start }
    guard addresses.count > 1 else { return }
    var joined: [Candidate] = []
    for c in addresses {
      if let last = joined.last, c.start < last.end {
        joined[joined.count - 1] = Candidate(type: .address, start: last.start, end: max(last.end, c.end))
      } else {
        joined.append(c)
      }
    }
    out += joined.filter { !addresses.contains($0) }
  }

  /// Streets alone: "221B Baker Street", "Hauptstraße 5".
  static func scanStreets(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    while i < n {
      guard Bytes.isDigit(b[i]), i == 0 || !Bytes.isWordByte(b[i - 1]) else { i += 1; continue }
      var e = i
      while e < n && Bytes.isDigit(b[e]) { e += 1 }
      let digits = e - i
      if e < n && Bytes.isAlpha(b[e]) && (e + 1 >= n || !Bytes.isAlpha(b[e + 1])) { e += 1 }  // 221B
      if digits > 5 || e >= n || b[e] != 0x20 || Bytes.cue(b, before: i, count: 2, in: NumberScanner.businessCues) {
        i = e + 1; continue
      }
      if let end = streetAfterNumber(b, from: e) {
        out.append(Candidate(type: .address, start: i, end: end))
        i = end
      } else {
        i = e + 1
      }
    }
    scanNumberAfterStreet(b, into: &out)
  }

  /// After "<number> ": up to four capitalised words, the last a street type, then an optional unit.
  static func streetAfterNumber(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let n = b.count
    var pos = start
    for wordIndex in 0..<5 {
      while pos < n && b[pos] == 0x20 { pos += 1 }
      // A numbered street: "45th St", "5th Ave", "W 78th Street" (digits and an ordinal ending).
      if wordIndex < 3, let end = ordinal(b, at: pos) { pos = end; continue }
      guard pos < n, Bytes.isAlpha(b[pos]) else { return nil }
      let ws = pos
      while pos < n && (Bytes.isAlpha(b[pos]) || b[pos] >= 0x80) { pos += 1 }
      if wordIndex > 0 && streetTypes.contains(Bytes.wordHash(b, ws, pos)) {
        if pos < n && b[pos] == 0x2E { pos += 1 }
        return unit(b, after: pos) ?? pos
      }
      // Name words of a street are capitalised; lower-case ones end the attempt ("2 pairs of shoes").
      guard Bytes.isUpper(b[ws]) || b[ws] >= 0x80 else { return nil }
    }
    return nil
  }

  /// The end of an ordinal at `start` followed by a space ("1st", "45th", "102nd"), or nil.
  static func ordinal(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    let n = b.count
    var pos = start
    while pos < n && Bytes.isDigit(b[pos]) { pos += 1 }
    guard pos > start, pos - start <= 3, pos + 2 < n, b[pos + 2] == 0x20 else { return nil }
    let suffix = (Bytes.lower(b[pos]), Bytes.lower(b[pos + 1]))
    guard [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)].contains(where: { $0 == suffix }) else { return nil }
    return pos + 2
  }

  /// ", Apt 4B" / " Suite 200" / " #5" after a street.
  static func unit(_ b: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
    let n = b.count
    var pos = start
    if pos < n && b[pos] == 0x2C { pos += 1 }
    while pos < n && b[pos] == 0x20 { pos += 1 }
    if pos < n && b[pos] == 0x23 {
      pos += 1
    } else {
      let ws = pos
      while pos < n && Bytes.isAlpha(b[pos]) { pos += 1 }
      guard unitWords.contains(Bytes.wordHash(b, ws, pos)) else { return nil }
      if pos < n && b[pos] == 0x2E { pos += 1 }
      while pos < n && b[pos] == 0x20 { pos += 1 }
    }
    let ds = pos
    while pos < n && Bytes.isAlnum(b[pos]) { pos += 1 }
    return pos > ds ? pos : nil
  }

  /// "Hauptstraße 5", "Keizersgracht 123a": a capitalised word ending in a street suffix, then a number.
  static func scanNumberAfterStreet(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    while i < n {
      guard Bytes.isUpper(b[i]), i == 0 || !Bytes.isWordByte(b[i - 1]) else { i += 1; continue }
      var e = i
      while e < n && (Bytes.isAlpha(b[e]) || b[e] >= 0x80) { e += 1 }
      var wordEnd = e
      if e < n && b[e] == 0x2E { e += 1 }  // "Str."
      let length = wordEnd - i
      let hasSuffix = length > 5 && suffixes.contains { s in
        length > s.count + 2 && (0..<s.count).allSatisfy { Bytes.lower(b[wordEnd - s.count + $0]) == s[$0] }
      }
      if hasSuffix, e + 1 < n, b[e] == 0x20, Bytes.isDigit(b[e + 1]) {
        var d = e + 1
        while d < n && Bytes.isDigit(b[d]) { d += 1 }
        if d - e - 1 <= 4 {
          if d < n && Bytes.isLower(b[d]) && (d + 1 >= n || !Bytes.isAlpha(b[d + 1])) { d += 1 }
          if d >= n || !Bytes.isWordByte(b[d]) {
            out.append(Candidate(type: .address, start: i, end: d))
            wordEnd = d
          }
        }
      }
      i = max(wordEnd, i + 1)
    }
  }
}
