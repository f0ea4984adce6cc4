public import Foundation
public import MeshIntent
public import MeshNLU
import MeshEncoder

/// The nlu service's engine: the fine commerce intents of `CommerceTaxonomy` (docs/INTENTS.md), each
/// with its coarse group, decided by an intent head on the sentence encoder when its weights are
/// installed, else by the n-gram model; entities by `EntityExtractor` either way.
public struct FineIntentEngine: Sendable {
  /// What decides the intent.
  public enum Backend: Sendable {
    /// The sentence encoder with an intent head trained on the fine commerce utterances.
    case embedding(EmbeddingIntentClassifier)
    /// The n-gram model of the fine commerce utterances (`CommerceFineModel.shared`).
    case ngram(IntentModel)
  }

  /// The decider.
  public let backend: Backend
  private let extractor = EntityExtractor()

  /// Wraps a backend.
  /// - Parameter backend: the decider.
  public init(backend: Backend) { self.backend = backend }

  /// "embedding" or "ngram".
  public var name: String {
    switch backend {
    case .embedding: return "embedding"
    case .ngram: return "ngram"
    }
  }

  /// The engine a service should run: the embedding head when the weights are found (`MESH_MODEL_DIR`,
  /// else `.mesh/models/` above the working directory or the executable), trained now on the fine
  /// commerce utterances; otherwise the n-gram model. Either way `log` gets one line saying which and why.
  /// - Parameters:
  ///   - environment: where `ModelDirectory` looks (`MESH_MODEL_DIR`).
  ///   - log: receives the line.
  public static func load(environment: [String: String] = ProcessInfo.processInfo.environment,
                          log: (String) -> Void) -> FineIntentEngine {
    do {
      let directory = try ModelDirectory.locate(environment: environment)
      let clock = ContinuousClock()
      var classifier: EmbeddingIntentClassifier?
      let elapsed = try clock.measure {
        let encoder = try SentenceEncoder(directory: directory)
        let utterances = CommerceFineModel.utterances
        let head = try EmbeddingIntentTrainer.train(
          embeddings: EmbeddingBatches.embed(utterances.map(\.text), encoder: encoder), labels: utterances.map(\.label))
        classifier = try EmbeddingIntentClassifier(encoder: encoder, model: head)
      }
      if let classifier {
        log("nlu: sentence encoder \(directory.lastPathComponent) (kernels \(SentenceEncoder.instructionSet)),"
            + " fine intent head trained on \(CommerceFineModel.utterances.count) utterances in"
            + " \(String(format: "%.1f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)) s")
        return FineIntentEngine(backend: .embedding(classifier))
      }
    } catch {
      log("nlu: \(error); falling back to the n-gram model")
    }
    return FineIntentEngine(backend: .ngram(CommerceFineModel.shared))
  }

  /// Fine intent, its group, confidence, every fine intent's probability and the entities of `text`.
  /// - Parameter text: the utterance.
  public func analyze(_ text: String) -> FineAnalysis {
    let prediction: IntentPrediction, labels: [String], probabilities: [Float]
    switch backend {
    case .embedding(let classifier):
      let embedding = classifier.encoder.embed(text)
      prediction = classifier.model.classify(embedding: embedding)
      labels = classifier.model.labels
      probabilities = classifier.model.probabilities(embedding)
    case .ngram(let model):
      prediction = model.classify(text)
      labels = model.labels
      probabilities = model.probabilities(text)
    }
    let group = CommerceTaxonomy.group(of: prediction.intent)
    return FineAnalysis(intent: prediction.intent, group: group, confidence: prediction.confidence,
                        scores: Array(zip(labels, probabilities)),
                        entities: extractor.extract(from: text, searchPhrase: group == "search_items"))
  }
}

/// One utterance as `FineIntentEngine` reads it.
public struct FineAnalysis: Sendable {
  /// The fine intent (`order.track`, `refund.status`, ..., or `out_of_scope`).
  public var intent: String
  /// Its coarse group, one of `CommerceModel`'s 14 intents (`order_status`, `return_refund`, ...).
  public var group: String
  /// Calibrated probability of the decision.
  public var confidence: Double
  /// Every fine intent's calibrated probability.
  public var scores: [(label: String, probability: Float)]
  /// The entities found.
  public var entities: [Entity]
}
