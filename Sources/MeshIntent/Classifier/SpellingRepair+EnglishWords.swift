import MeshShopWords

extension SpellingRepair {
  /// Whether a lower-cased word is a correct English word (Debian's word list, `EnglishWordList`): the vocabulary of the
  /// n-gram fallback's repair, which has no encoder vocabulary (the encoder's weights folder, which holds that, is what
  /// is missing then), so that a correct word is not mended to a common training word one edit away ("form" is no "from").
  public static let englishWord: @Sendable (String) -> Bool = { EnglishWordList.installed.contains($0) }
}
