import MeshEncoder
import MeshIntent
import MeshNLU

/// An embedding head as `mesh nlu classify` and `eval --model` use it: alone, or averaged with the n-gram
/// model its file carries (`EmbeddingIntentModel.blendedNgram`).
struct BlendedHead {
  /// The encoder and the head.
  let classifier: EmbeddingIntentClassifier
  /// The n-gram model trained on the same data, if the file has one.
  let ngram: IntentModel?
  /// The head's share of the averaged probabilities (1 without an n-gram model).
  let weight: Float

  /// The decision for one utterance.
  func classify(_ text: String) -> IntentPrediction {
    guard ngram != nil else { return classifier.classify(text) }
    let encoder = classifier.encoder
    let features = classifier.model.layers.map { encoder.embed(tokenIDs: [encoder.tokenizer.encode(text)], layers: $0)[0] }
      ?? encoder.embed(text)
    return classify(embedding: features, text: text)
  }

  /// The decision for an utterance whose features are already computed.
  func classify(embedding: [Float], text: String) -> IntentPrediction {
    guard let ngram else { return classifier.model.classify(embedding: embedding) }
    return classifier.model.classify(embedding: embedding, blendedWith: ngram, text: text, weight: weight)
  }
}
