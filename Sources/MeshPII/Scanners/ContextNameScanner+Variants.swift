/// Colours, shades and scents that sellers list by name ("the color options are Rose, Ivy, Violet and Amber", "comes
/// in shades: Hazel, Ginger or Olive"): many are given names too, and the tagger took them as people (dev9). A word of
/// such a list is dropped when a variant noun introduces the list; one capitalised word after it is no list ("the
/// colour was wrong, Rose said so" keeps Rose) unless it is the value of a variant field ("colour: Amber").
extension ContextNameScanner {
  /// Nouns that introduce a list of a product's variants.
  static let variantNouns = WordSet(words: """
    color colors colour colours shade shades finish finishes scent scents flavour flavours flavor flavors variant
    variants tone tones hue hues farbe farben couleur couleurs
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Lower-case words between a variant noun and its list ("options are", "available in", "we have").
  static let variantLinks = WordSet(words: ["options", "option", "choices", "are", "is", "in", "available", "include",
                                            "includes", "come", "comes", "we", "have", "of", "the", "sind", "sont"])
  /// Words that join the members of a list.
  static let listJoins = WordSet(words: ["and", "or", "und", "oder", "et", "ou", "y", "o"])

  /// Whether the capitalised `words[k]` is a member of a list of two or more capitalised words that a variant noun
  /// introduces, with at most three link words between.
  static func variantListed(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    func member(_ i: Int) -> Bool { words[i].capitalised && words[i].digits == 0 }
    // "colour: Amber", "Shade: Hazel": the value of an order screen's variant field, one word is enough.
    if k > 0, variantNouns.contains(words[k - 1].hash),
       Array(UnsafeBufferPointer(rebasing: b[words[k - 1].end..<words[k].start])) == [0x3A, 0x20] {
      return true
    }
    // The list's start: back over members and joins.
    var start = k
    while start > 0, member(start - 1) || listJoins.contains(words[start - 1].hash),
          !lineBreak(b, between: words[start - 1], and: words[start]) { start -= 1 }
    while start < k, !member(start) { start += 1 }
    var end = k
    while end + 1 < words.count, member(end + 1) || listJoins.contains(words[end + 1].hash),
          !lineBreak(b, between: words[end], and: words[end + 1]) { end += 1 }
    guard (start...end).filter(member).count >= 2 else { return false }
    var p = start - 1
    var links = 0
    while p >= 0, links < 3, variantLinks.contains(words[p].hash) { p -= 1; links += 1 }
    return p >= 0 && variantNouns.contains(words[p].hash)
  }
}
