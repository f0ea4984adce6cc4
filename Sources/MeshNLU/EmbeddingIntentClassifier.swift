import Dispatch
public import MeshEncoder
public import MeshIntent
import Synchronization

/// The sentence encoder and an intent head together: text in, decision out.
public struct EmbeddingIntentClassifier: Sendable {
  /// The encoder that turns text into embeddings.
  public let encoder: SentenceEncoder
  /// The head that turns embeddings into intents.
  public let model: EmbeddingIntentModel

  /// Pairs an encoder with a head trained on its embeddings.
  /// - Parameters:
  ///   - encoder: the loaded encoder.
  ///   - model: a head of the encoder's width.
  /// - Throws: `EncoderError.badModelFile` when the widths differ.
  public init(encoder: SentenceEncoder, model: EmbeddingIntentModel) throws {
    guard encoder.dimension * (model.layers?.count ?? 1) == model.dimension else {
      throw EncoderError.badModelFile(encoder.directory.path,
                                      "the head reads \(model.dimension) features, the encoder gives \(encoder.dimension)")
    }
    self.encoder = encoder
    self.model = model
  }

  /// Classifies one utterance.
  /// - Parameter text: the utterance.
  public func classify(_ text: String) -> IntentPrediction {
    model.classify(embedding: features(text))
  }

  /// The features the head reads for one utterance: the sentence embedding, or the head's encoder layers.
  /// - Parameter text: the utterance.
  public func features(_ text: String) -> [Float] {
    guard let layers = model.layers else { return encoder.embed(text) }
    return encoder.embed(tokenIDs: [encoder.tokenizer.encode(text)], layers: layers, pooling: model.pooling ?? [])[0]
  }

  /// Classifies many utterances, encoding them in batches of similar length.
  /// - Parameter texts: the utterances.
  public func classify(_ texts: [String]) -> [IntentPrediction] {
    EmbeddingBatches.embed(texts, encoder: encoder, layers: model.layers, pooling: model.pooling).map(model.classify(embedding:))
  }
}

/// Embeds many texts in batches of 32 sentences of similar length (sorted by token count), which keeps
/// attention's per-sentence products of like size; results come back in input order. With `threads` above
/// one the same batches are shared out between threads (the encoder is immutable, each pass has its own
/// scratch), so the vectors are the very ones a single thread gives.
public enum EmbeddingBatches {
  /// The embeddings of `texts`, in order.
  /// - Parameters:
  ///   - texts: any texts.
  ///   - encoder: the encoder.
  ///   - batchSize: sentences per forward pass.
  ///   - threads: how many threads run the batches (1: the caller's alone).
  public static func embed(_ texts: [String], encoder: SentenceEncoder, batchSize: Int = 32, threads: Int = 1) -> [[Float]] {
    embed(texts, encoder: encoder, batchSize: batchSize, layers: nil, threads: threads)
  }

  /// The features of `texts` for a head reading `layers` (`SentenceEncoder.embed(tokenIDs:layers:)`), or
  /// their embeddings when `layers` is nil, in order.
  /// - Parameters:
  ///   - texts: any texts.
  ///   - encoder: the encoder.
  ///   - batchSize: sentences per forward pass.
  ///   - layers: the encoder layers to pool, or nil.
  ///   - pooling: how each slot of `layers` pools its tokens (nil: the mean in every slot).
  ///   - threads: how many threads run the batches (1: the caller's alone).
  public static func embed(_ texts: [String], encoder: SentenceEncoder, batchSize: Int = 32, layers: [Int]?,
                           pooling: [TokenPooling]? = nil, threads: Int = 1) -> [[Float]] {
    let ids = texts.map(encoder.tokenizer.encode)
    let order = ids.indices.sorted { ids[$0].count < ids[$1].count }
    let size = max(batchSize, 1)
    let batches = stride(from: 0, to: order.count, by: size).map { Array(order[$0..<min($0 + size, order.count)]) }
    @Sendable func run(_ slice: [Int]) -> [[Float]] {
      let batch = slice.map { ids[$0] }
      return layers.map { encoder.embed(tokenIDs: batch, layers: $0, pooling: pooling ?? []) } ?? encoder.embed(tokenIDs: batch)
    }
    var out = [[Float]](repeating: [], count: texts.count)
    let workers = min(max(threads, 1), batches.count)
    if workers <= 1 {
      for slice in batches { for (i, e) in zip(slice, run(slice)) { out[i] = e } }
      return out
    }
    // Worker w runs batches w, w + workers, ...; each keeps its results and hands them over once at the end.
    let results = Mutex<[[(Int, [Float])]]>([])
    DispatchQueue.concurrentPerform(iterations: workers) { w in
      var mine: [(Int, [Float])] = []
      for b in stride(from: w, to: batches.count, by: workers) { mine += zip(batches[b], run(batches[b])).map { ($0, $1) } }
      results.withLock { $0.append(mine) }
    }
    for (i, e) in results.withLock({ $0 }).joined() { out[i] = e }
    return out
  }
}
