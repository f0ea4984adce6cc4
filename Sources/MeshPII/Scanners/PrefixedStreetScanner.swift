/// Streets whose type word comes first and whose number comes last, as southern and eastern Europe
/// write them: "Via Verdi 10", "Calle Colón 3", "C/ de Balmes 145", "Avda. de la Constitución 7",
/// "Rua Augusta 100", "ul. Marszałkowska 84", "Rue de la Loi 16".
enum PrefixedStreetScanner {
  /// Street types written before the name (lower case; "c" only as "C/").
  static let prefixes = WordSet(words: ["via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo", "calle",
                                        "c", "avenida", "avda", "av", "paseo", "plaza", "carrer", "rua", "travessa",
                                        "rue", "ul", "ulica", "aleja", "al", "strada", "bulevar", "camino", "ronda",
                                        // Mexican and Indonesian lanes (pii56): "Priv. Los Pinos 23", "Cda. de Tláloc 9",
                                        // "Calz. de Tlalpan 1200", "Gg. Mawar II No. 5".
                                        "priv", "privada", "cda", "cerrada", "calz", "calzada", "prol", "gg", "gang"])
  /// Prefixes that people type in lower case too ("ul.", "c/"); the others must be capitalised, so that
  /// "via DHL 2 days" and "rue 5" stay.
  static let lowerCasePrefixes = WordSet(words: ["ul", "c", "al", "avda"])
  static let slashOnly = Bytes.wordHash("c")
  /// Labels of a house number between a street's name and its number ("Gg. Mawar II No. 5").
  static let numberWords = WordSet(words: ["no", "nr", "nº", "n°", "num"])

  /// Whether `w` is a roman numeral of up to four letters (I, V, X only: "II", "IV", "XII").
  static func romanNumeral(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.letters <= 4, w.end - w.start == w.letters else { return false }
    return (w.start..<w.end).allSatisfy { b[$0] == 0x49 || b[$0] == 0x56 || b[$0] == 0x58 }
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    var i = 0
    while i + 2 < words.count {
      let p = words[i]
      guard p.letters <= 8, p.digits == 0, prefixes.contains(p.hash), p.capitalised || lowerCasePrefixes.contains(p.hash),
            let end = numberAfterName(b, words, from: i) else { i += 1; continue }
      out.append(Candidate(type: .address, start: p.start, end: end))
      i += 2
    }
  }

  /// After the prefix `words[i]` ("." or "/" may follow it): name words (capitalised, or particles such as
  /// "de la"), then a house number ending the run: its end, or nil.
  static func numberAfterName(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], from i: Int) -> Int? {
    let p = words[i]
    let joint = p.end < b.count ? b[p.end] : 0
    if p.hash == slashOnly && joint != 0x2F { return nil }
    var named = false
    var j = i + 1
    while j < words.count, j - i <= 6 {
      let gap = words[j].start - words[j - 1].end
      let spaced = gap == 1 && b[words[j].start - 1] == 0x20
        || gap == 2 && b[words[j].start - 1] == 0x20 && (b[words[j - 1].end] == 0x2E || b[words[j - 1].end] == 0x2F)
      guard spaced else { return nil }
      let w = words[j]
      if named, PostalAddressScanner.isHouseNumber(b, w), w.digits <= 4 {
        guard w.end == b.count || !Bytes.isWordByte(b[w.end]) else { return nil }
        return w.end
      }
      if w.capitalised && !w.allCaps && w.digits == 0 && !PostalAddressScanner.notPlaceWords.contains(w.hash) {
        named = true
      } else if named, w.allCaps, w.digits == 0, romanNumeral(b, w) {
        // "al. Jana Pawła II 43A", "Gg. Mawar II No. 5": a roman numeral closes the street's name.
      } else if named, numberWords.contains(w.hash), j + 1 < words.count, PostalAddressScanner.isHouseNumber(b, words[j + 1]) {
        // "No. 5": the number's label before it.
      } else if !(PostalAddressScanner.particles.contains(w.hash) && !w.capitalised) {
        return nil
      }
      j += 1
    }
    return nil
  }
}
