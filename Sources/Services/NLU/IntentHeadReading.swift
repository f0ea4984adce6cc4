public import MeshEncoder
public import MeshIntent

/// What the intent heads read of a message: its markup blanked and closed up (`MarkupBlanking`) and its misspelt need
/// words mended (`SpellingRepair`), while the entities are read from the message as written (markup blanked, offsets
/// kept). The nlu service and `mesh nlu eval --heldout` both read messages through it, so that the eval's service line
/// measures what the service does rather than a copy of it.
public struct IntentHeadReading: Sendable {
  /// The repair applied to the heads' text; nil reads the words as written.
  public let spelling: SpellingRepair?

  /// A reading with `spelling`.
  /// - Parameter spelling: the repair, or nil for none.
  public init(spelling: SpellingRepair?) {
    self.spelling = spelling
  }

  /// The embedding backend's reading: the repair over `training`'s words, with the encoder's vocabulary telling a
  /// rare real word from a misspelt one ("cart" is not "card" misspelt).
  /// - Parameters:
  ///   - tokenizer: the encoder's tokenizer.
  ///   - training: the coarse head's training utterances (the shipped grouped ones by default).
  public static func encoder(_ tokenizer: WordPieceTokenizer,
                             training: [(text: String, label: String)] = CommerceGroupedUtterances.pairs()) -> IntentHeadReading {
    IntentHeadReading(spelling: .counting(training, isWord: { tokenizer.hasWord($0) }))
  }

  /// The n-gram backend's reading: the repair with Debian's English word list as its vocabulary (the n-gram models have
  /// none of their own).
  public static var ngram: IntentHeadReading { IntentHeadReading(spelling: .commerce(isWord: SpellingRepair.englishWord)) }

  /// The text the entities are read from (markup blanked scalar for scalar, so offsets are the message's).
  /// - Parameter text: a message.
  public func entityText(_ text: String) -> String { MarkupBlanking.blanked(text) }

  /// The text the intent heads read.
  /// - Parameters:
  ///   - text: a message.
  ///   - blanked: `entityText(text)`, when already computed.
  public func headText(_ text: String, blanked: String? = nil) -> String {
    let words = MarkupBlanking.classified(text, blanked: blanked ?? entityText(text))
    return spelling?.repaired(words) ?? words
  }
}
