/// Spellings of a lexicon word without its accents, as people type names on keyboards that lack them:
/// "zieliński" is also "zielinski", "sørensen" "sorensen", "müller" "muller" and "mueller",
/// "sigurðardóttir" "sigurdardottir". The lexicon holds both, so the scanners hash the text as written.
extension NameLexicon {
  /// Each accented letter (lower case) and its plain spelling.
  static let plainLetters: [Character: String] = {
    var table: [Character: String] = [:]
    let groups = [
      "a": "àáâãäåāăąạảấầẩẫậắằẳẵặǎ", "c": "çćčĉċ", "d": "ďđð", "e": "èéêëēĕėęěẹẻẽếềểễệ", "g": "ğĝġģ",
      "h": "ĥħ", "i": "ìíîïĩīĭįıỉịǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ",
      "o": "òóôõöøōŏőơọỏốồổỗộớờởỡợǒ", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųưụủứừửữựǔ",
      "w": "ŵ", "y": "ýÿŷỳỵỷỹ", "z": "źżž", "ss": "ß", "ae": "æ", "oe": "œ", "th": "þ",
    ]
    for (plain, letters) in groups {
      for letter in letters { table[letter] = plain }
    }
    return table
  }()

  /// `word` (lower case) and its spellings without accents: one with every letter plain, and for German
  /// umlauts also the "ae/oe/ue" spelling. Short words keep their accents only: plain, they collide with
  /// English words ("vísa", "côme", "río").
  static func spellings(_ word: String) -> [String] {
    guard word.count >= 5, word.contains(where: { plainLetters[$0] != nil }) else { return [word] }
    let plain = String(word.flatMap { plainLetters[$0] ?? String($0) })
    var out = [word, plain]
    if word.contains(where: { "äöü".contains($0) }) {
      out.append(String(word.flatMap { c -> String in
        switch c {
        case "ä": return "ae"
        case "ö": return "oe"
        case "ü": return "ue"
        default: return plainLetters[c] ?? String(c)
        }
      }))
    }
    return out
  }
}
