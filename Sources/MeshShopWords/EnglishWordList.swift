import Foundation

/// The English words of Debian's `wamerican` word list (`/usr/share/dict/american-english`, public domain; installed by
/// mesh/scripts/install-deps.sh), lower-cased: the vocabulary that tells a correct word a shop's catalogue lacks ("rain")
/// from a misspelt one ("snekers"), so that a spelling correction toward the catalogue's or the training's words leaves
/// it as written ("rain jacket" is no "train jacket"). For English words of shoppers' messages, not names or codes;
/// entries with an apostrophe (possessives, "can't") are left out, as the readers split words at apostrophes.
public struct EnglishWordList: Sendable {
  /// The lower-cased words.
  public let words: Set<String>

  /// Reads one word a line from `text` (any case; lines holding an apostrophe skipped).
  /// - Parameter text: a word list's contents.
  public init(text: String) {
    var words = Set<String>()
    for line in text.split(whereSeparator: \.isNewline) where !line.contains("'") {
      let word = line.trimmingCharacters(in: .whitespaces).lowercased()
      if !word.isEmpty { words.insert(word) }
    }
    self.words = words
  }

  /// Where Debian puts the English lists (American first; `/usr/share/dict/words` may point at another language's).
  public static let paths = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]

  /// The first list of `paths` that is installed, read once; empty when none is (every word then reads as unknown, and
  /// corrections behave as they did without a vocabulary).
  public static let installed: EnglishWordList = {
    for path in paths {
      if let text = try? String(contentsOfFile: path, encoding: .utf8) { return EnglishWordList(text: text) }
    }
    return EnglishWordList(text: "")
  }()

  /// Whether `word` (any case) is a listed English word.
  /// - Parameter word: one word.
  public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }
}
