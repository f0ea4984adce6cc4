public import MeshEncoder

/// The embeddings of training texts, each encoded once however many heads read it: the nlu service fits its
/// fine head on the fine utterances and its coarse head on the coarse ones joined with the same fine ones
/// (`CommerceGroupedUtterances.pairs()`), so without it a first start encoded most texts twice.
public final class EmbeddingMemo {
  /// The encoder that fills the memo.
  public let encoder: SentenceEncoder
  /// How many threads encode a request's new texts (`EmbeddingBatches.embed`).
  public let threads: Int
  private var vectors: [String: [Float]] = [:]

  /// An empty memo.
  /// - Parameters:
  ///   - encoder: the encoder.
  ///   - threads: threads for the encoding (the cores a first start may use).
  public init(encoder: SentenceEncoder, threads: Int) {
    self.encoder = encoder
    self.threads = threads
  }

  /// How many distinct texts have been encoded.
  public var count: Int { vectors.count }

  /// The embeddings of `texts`, in order, encoding only the texts not seen before (each once).
  /// - Parameter texts: any texts.
  public func embed(_ texts: [String]) -> [[Float]] {
    var seen = Set<String>()
    let missing = texts.filter { vectors[$0] == nil && seen.insert($0).inserted }
    for (text, vector) in zip(missing, EmbeddingBatches.embed(missing, encoder: encoder, threads: threads)) {
      vectors[text] = vector
    }
    return texts.map { vectors[$0] ?? [] }
  }
}
