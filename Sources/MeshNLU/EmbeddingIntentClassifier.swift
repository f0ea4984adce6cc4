public import MeshEncoder
public import MeshIntent

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
/// attention's per-sentence products of like size; results come back in input order.
public enum EmbeddingBatches {
  /// The embeddings of `texts`, in order.
  /// - Parameters:
  ///   - texts: any texts.
  ///   - encoder: the encoder.
  ///   - batchSize: sentences per forward pass.
  public static func embed(_ texts: [String], encoder: SentenceEncoder, batchSize: Int = 32) -> [[Float]] {
    embed(texts, encoder: encoder, batchSize: batchSize, layers: nil)
  }

  /// The features of `texts` for a head reading `layers` (`SentenceEncoder.embed(tokenIDs:layers:)`), or
  /// their embeddings when `layers` is nil, in order.
  /// - Parameters:
  ///   - texts: any texts.
  ///   - encoder: the encoder.
  ///   - batchSize: sentences per forward pass.
  ///   - layers: the encoder layers to pool, or nil.
  ///   - pooling: how each slot of `layers` pools its tokens (nil: the mean in every slot).
  public static func embed(_ texts: [String], encoder: SentenceEncoder, batchSize: Int = 32, layers: [Int]?,
                           pooling: [TokenPooling]? = nil) -> [[Float]] {
    let ids = texts.map(encoder.tokenizer.encode)
    let order = ids.indices.sorted { ids[$0].count < ids[$1].count }
    var out = [[Float]](repeating: [], count: texts.count)
    for start in stride(from: 0, to: order.count, by: max(batchSize, 1)) {
      let slice = Array(order[start..<min(start + max(batchSize, 1), order.count)])
      let batch = slice.map { ids[$0] }
      let vectors = layers.map { encoder.embed(tokenIDs: batch, layers: $0, pooling: pooling ?? []) } ?? encoder.embed(tokenIDs: batch)
      for (i, e) in zip(slice, vectors) { out[i] = e }
    }
    return out
  }
}
