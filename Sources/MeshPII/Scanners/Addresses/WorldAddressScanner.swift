/// Whole postal addresses of many countries as people type them into a chat: with or without commas,
/// flats, floors and PO boxes, street words before or after the number, postcodes of each country's shape.
/// A run of address-like words is cut into segments at commas; it becomes an address only if it holds a
/// street (a street word and a house number in the right order), a postcode beside its city, a PO box with
/// its town, or three segments with a unit or number ending in a place. A city, shop or product alone stays.
enum WorldAddressScanner {
  /// Adds the addresses in `b` to `out`, each widened over any address `out` already holds that it overlaps.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    // Every address this scanner accepts holds a digit (house, unit, box number or postcode) or "s/n" for a street
    // without its number ("Calle Sol s/n", sin número), but for those dictated in words, which hold a street word or
    // number words, and a form's fields and lines, which follow their label.
    let form = FormFieldAddress.mayHold(b), lines = AddressLineField.mayHold(b)
    guard b.contains(where: Bytes.isDigit) || StreetWithoutHouse.mayHoldSinNumero(b) else {
      let spoken = SpokenAddress.mayHold(b), directions = LandmarkDirections.mayHold(b)
      guard spoken || form || lines || directions else { return }
      let words = ByteWords.split(b)
      if directions { add(LandmarkDirections.scan(AddressText(b: b, words: words, anyCase: false)), &out) }
      if spoken { add(SpokenAddress.scan(b, words, anyCase: !b.contains(where: Bytes.isUpper)), &out) }
      if form { add(FormFieldAddress.scan(b, words, otherAddress: out.contains { $0.type == .address }), &out) }
      if lines { add(AddressLineField.scan(b, words), &out) }
      return
    }
    let words = ByteWords.split(b)
    if lines { add(AddressLineField.scan(b, words), &out) }
    if b.contains(0x2B) { add(PlusCode.scan(b, words), &out) }
    add(SpokenAddress.scan(b, words, anyCase: !b.contains(where: Bytes.isUpper)), &out)
    defer { if form { add(FormFieldAddress.scan(b, words, otherAddress: out.contains { $0.type == .address }), &out) } }
    // A Japanese address may be the text's one word ("東京都渋谷区渋谷2-21-1").
    guard words.count >= 2 || words.count == 1 && JapaneseAddress.isAddress(b, words[0]) else { return }
    // Text typed without any capital letter: lower-case words may be street and city names.
    let anyCase = !b.contains(where: Bytes.isUpper)
    let text = AddressText(b: b, words: words, anyCase: anyCase)
    out += CyrillicAddress.scan(b, words)
    if b.contains(where: { $0 >= 0xE4 && $0 <= 0xE9 }) { add(SpacedChineseAddress.scan(b, words), &out) }
    add(UnitAddress.scan(b, words), &out)
    add(RomanisedJapaneseAddress.scan(b, words), &out)
    add(MilitaryAddress.scan(b, words), &out)
    add(LandmarkDirections.scan(text), &out)
    if !anyCase { add(LowerCaseAddress.scan(b, words), &out) }
    var i = 0
    while i < words.count {
      if JapaneseAddress.isAddress(b, words[i]) {
        let r = JapaneseAddress.range(b, words, i)
        out.append(Candidate(type: .address, start: r.lowerBound, end: r.upperBound))
        i += 1
        continue
      }
      guard text.isAddressWord(i), !AddressVocabulary.particles.contains(words[i].hash) else { i += 1; continue }
      var j = i
      // A Japanese or Chinese address is read on its own after words without a number ("Chen Wei, 上海市徐汇区漕溪北路88号
      // 1502室"): the run of a name's words must not swallow it; a postcode before it ("〒150-0001 東京都…") joins it.
      while j + 1 < words.count, text.gap(after: j) != .none, text.isAddressWord(j + 1),
            !JapaneseAddress.isAddress(b, words[j + 1]) || words[i...j].contains(where: { $0.digits > 0 }) { j += 1 }
      while j > i, AddressVocabulary.particles.contains(words[j].hash) { j -= 1 }
      if let (s, e) = text.address(from: i, to: j) {
        // "06108 Halle (Saale)", "Montréal (Québec) H2J 2L3".
        let region = PostalAddressScanner.parenthesisedRegion(b, words, endingAt: words[e].end)
        let widened = LandmarkPhrase.widen(b, words, words[s].start, region)
        var start = widened.lowerBound, end = widened.upperBound
        // "〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 12F": the building and floor after a Japanese address's last word.
        // The kana glued after the floor is the sentence's ("ヒカリエ12階です").
        if JapaneseAddress.isAddress(b, words[e]) {
          end = max(end, JapaneseAddress.trimmedEnd(b, after: words[e].start, JapaneseAddress.end(b, words, e)))
        }
        // A state's abbreviation keeps its full stop ("…, 44100 Guadalajara, Jal."), as Mexico writes them.
        let last = words[e]
        if end == last.end, end < b.count, b[end] == 0x2E, last.capitalised, !last.allCaps, last.length >= 3,
           AddressVocabulary.regions.contains(last.hash) { end += 1 }
        // A pickup point's or locker's name before the street ("parcel shop Coop Pronto, Bahnhofstrasse 12, …").
        if let p = PickupPoint.start(b, words, addressStart: s), words[p].start < start { start = words[p].start }
        // "103동 1504호이고": the particle glued to the flat's number is the sentence's.
        if end == words[e].end, let cut = text.koreanUnitEnd(e) { end = cut }
        // The symbols that open an address stay with it: "〒150-0002 …", "#24 Mabini St.".
        if start >= 3, b[start - 3] == 0xE3, b[start - 2] == 0x80, b[start - 1] == 0x92 { start -= 3 }
        if start >= 1, b[start - 1] == 0x23, start == 1 || b[start - 2] == 0x20 { start -= 1 }
        for c in out where c.type == .address && c.start < end && start < c.end {
          start = min(start, c.start)
          end = max(end, c.end)
        }
        out.append(Candidate(type: .address, start: start, end: end))
      }
      i = j + 1
    }
  }

  /// Adds each of `ranges` to `out` as an address.
  static func add(_ ranges: [Range<Int>], _ out: inout [Candidate]) {
    for r in ranges { out.append(Candidate(type: .address, start: r.lowerBound, end: r.upperBound)) }
  }
}
