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
    classify(embedding: classifier.features(text), text: text)
  }

  /// The decision for an utterance whose features are already computed.
  func classify(embedding: [Float], text: String) -> IntentPrediction {
    guard let ngram else { return classifier.model.classify(embedding: embedding) }
    return classifier.model.classifyBlended(embedding: embedding, ngram: ngram, text: text, fallbackWeight: weight)
  }
}
