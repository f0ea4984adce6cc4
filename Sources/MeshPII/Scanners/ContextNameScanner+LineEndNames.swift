/// Names that close a line after an address, a phone or a bank account ("…, Wellington 6011 - thanks heaps, Mere
/// Tawhiri", "IBAN IE29 …, Ciarán Doyle", "… Dhaka 1212 — Rafiq Ahmed") or open it before one ("Rosa May Ibekwe,
/// 1550 June Drive …") (pii52). The other scanners have already found the address or number; what stands beside it,
/// after a separator, to the line's end, in two to four capitalised words, is who it is for. Places that end an
/// address after the postcode ("…, 90210, Beverly Hills", "…, Cercado de Lima") are told apart by their words.
extension ContextNameScanner {
  /// Words of places and regions, never of a person's name: "San", "Port", "City", "Hills", "Pradesh".
  static let addressPlaceWords = WordSet(words: """
    san santa santo são sao st saint sainte port porto fort mount mt lake new north south east west upper lower great
    little rio los las kuala ho dar tel buenos costa palm grand salt cape glen kota bandar city town beach hills
    heights springs falls park gardens village valley lakes bay island islands creek point harbour harbor junction
    cross crossing bridge market central cbd nagar colony layout puram district province state region county
    republic kingdom united emirates arabia zealand africa lanka pradesh nadu bengal wales territory capital metro
    street road rd avenue ave lane drive way close court place square terrace crescent boulevard blvd highway
    estate estates borough shire upon cercado centro center centre downtown uptown
    airport station mall plaza tower towers building block sector phase extension ext cantonment
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Short thanks between an address and the name under it ("… 6011 - thanks heaps, Mere Tawhiri").
  static let lineEndThanks = WordSet(words: ["thanks", "thank", "you", "heaps", "cheers", "regards", "rgds", "thx", "ta",
                                             "best", "kind", "many", "warm", "br", "tks", "tnx"])

  static func namesBesideAddresses(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    let anchors = out.filter { [.address, .phone, .iban, .card, .email].contains($0.type) }
    guard !anchors.isEmpty, words.count >= 2 else { return }
    for a in anchors {
      // After: separator, maybe thanks and a comma, then the name to the line's end.
      if let k = words.firstIndex(where: { $0.start >= a.end }), separated(b, a.end, words[k].start) {
        var first = k
        while first < words.count, lineEndThanks.contains(words[first].hash), !words[first].capitalised || first == k {
          first += 1
        }
        if first > k {
          // The thanks must end in a comma before the name.
          guard first < words.count, b[words[first - 1].end] == 0x2C else { continue }
        }
        if first < words.count, let name = lineEndRun(b, words, first) { out.append(name) }
      }
      // Before: the name opens the line, then a separator, then the address or number.
      if let k = words.lastIndex(where: { $0.end <= a.start }), separated(b, words[k].end, a.start) || labelBetween(b, words, k, a),
         let name = lineStartRun(b, words, k) {
        out.append(name)
      }
    }
  }

  /// Whether only spaces and one separator (",", "-", "—", "–", "/", "|") lie between two offsets.
  static func separated(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    guard from < to, to - from <= 6 else { return false }
    var marks = 0
    var i = from
    while i < to {
      let c = b[i]
      if c == 0x20 { i += 1; continue }
      if c == 0x2C || c == 0x2D || c == 0x2F || c == 0x7C { marks += 1; i += 1; continue }
      // "—" and "–": E2 80 94 / E2 80 93.
      if c == 0xE2, i + 2 < to, b[i + 1] == 0x80, b[i + 2] == 0x94 || b[i + 2] == 0x93 { marks += 1; i += 3; continue }
      return false
    }
    return marks == 1
  }

  /// "Hamid Rahimi phone +971 …": a phone's label between the name and the number.
  static func labelBetween(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int, _ a: Candidate) -> Bool {
    guard a.type == .phone, k >= 1, ["phone", "tel", "mob", "mobile", "cell", "ph", "whatsapp"].map(Bytes.wordHash).contains(words[k].hash)
    else { return false }
    return ByteWords.spaced(b, words[k - 1], words[k])
      && (words[k].end..<a.start).allSatisfy { b[$0] == 0x20 || b[$0] == 0x3A || b[$0] == 0x2B }
  }

  /// The name in two to four capitalised words from `first` to the line's end (spaces, ".", "!" after it).
  static func lineEndRun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int) -> Candidate? {
    var last = first
    while last + 1 < words.count, last - first < 4, ByteWords.spaced(b, words[last], words[last + 1]) { last += 1 }
    var e = words[last].end
    while e < b.count, b[e] == 0x20 || b[e] == 0x2E || b[e] == 0x21 || b[e] == 0x0D { e += 1 }
    guard e == b.count || b[e] == 0x0A, nameRun(b, words, first, last) else { return nil }
    return Candidate(type: .name, start: words[first].start, end: words[last].end)
  }

  /// The name in two to four capitalised words opening the line and ending at word `k`.
  static func lineStartRun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Candidate? {
    var last = k
    // "Hamid Rahimi phone …": the label is not part of the name.
    if !words[last].capitalised { last -= 1 }
    guard last >= 1 else { return nil }
    var first = last
    while first > 0, last - first < 3, ByteWords.spaced(b, words[first - 1], words[first]) { first -= 1 }
    let lineStart = first == 0 ? (0..<words[0].start).allSatisfy { b[$0] == 0x20 } : b[words[first].start - 1] == 0x0A
    guard lineStart, nameRun(b, words, first, last) else { return nil }
    return Candidate(type: .name, start: words[first].start, end: words[last].end)
  }

  /// Two to four words, capitalised (particles inside), not places or brands, one of them a listed given name or
  /// surname, not all of them English words.
  static func nameRun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    guard last > first, last - first <= 3 else { return false }
    for k in first...last {
      let w = words[k]
      let inner = k > first && k < last
      guard w.digits == 0, w.letters >= 2 || inner && particles.contains(w.hash) else { return false }
      guard w.capitalised && !w.allCaps || inner && particles.contains(w.hash) else { return false }
      guard !addressPlaceWords.contains(w.hash), !placeGivenNames.contains(w.hash),
            !NameScanner.stopWords.contains(w.hash) || inner && middleWordName(w) else {
        return false
      }
      // Word given names ("May", "Grace") inside a name only: the first and last words are not on the not-name list.
      if !inner, notNames.contains(w.hash) { return false }
    }
    let hashes = (first...last).map { words[$0].hash }
    guard !brands.contains(where: { $0 == hashes }) else { return false }
    let listed = NameLexicon.firstNames.contains(words[first].hash) || NameLexicon.surnames.contains(stem(b, words[last]))
      || NameLexicon.surnames.contains(words[last].hash)
    let english = (first...last).allSatisfy { EnglishWords.common.contains(words[$0].hash) }
    // Cyrillic and Greek (lead bytes CE-D3) capitalise proper nouns only, and the lexicon holds their names in Latin
    // letters: two capitalised words of them after an address are a person ("…, 191040 — Светлана Орлова").
    let casedScript = (first...last).allSatisfy { b[words[$0].start] >= 0xCE && b[words[$0].start] <= 0xD3 }
    return (listed || casedScript) && !english
  }
}
