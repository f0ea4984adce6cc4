public import MeshEncoder
public import MeshIntent
import Foundation

/// An intent head over sentence embeddings: standardised features, a multinomial logistic regression,
/// a softmax temperature and an out-of-scope threshold fitted on held-out training data. The decision
/// rule is the n-gram `IntentModel`'s: the out-of-scope class when it wins, or when the best in-scope
/// intent's calibrated probability is under the threshold. With `neighbours`, the probabilities are the
/// softmax's averaged with the nearest training utterances' vote.
public struct EmbeddingIntentModel: Sendable, Equatable, Codable {
  /// Class labels, sorted; `IntentModel.outOfScopeLabel` among them when trained with out-of-scope data.
  public let labels: [String]
  /// Index of the out-of-scope class in `labels`, if any.
  public let outOfScopeIndex: Int?
  /// Width of the embeddings the head reads.
  public let dimension: Int
  /// Per-feature mean and inverse standard deviation of the training embeddings.
  let mean: [Float], inverseDeviation: [Float]
  /// `inputs × labels.count` weights (row-major; inputs: `dimension`, or the hidden layer's width) and one
  /// bias per class.
  let weights: [Float], bias: [Float]
  /// Softmax temperature fitted on held-out data.
  public let temperature: Float
  /// Calibrated probability under which the best in-scope intent is called out of scope.
  public let threshold: Float
  /// The encoder layers whose pooled token vectors the features concatenate, in order
  /// (`SentenceEncoder.embed(tokenIDs:layers:)`); nil for the sentence embedding alone.
  public var layers: [Int]? = nil
  /// How each slot of `layers` pools its tokens (`SentenceEncoder.embed(tokenIDs:layers:pooling:)`); nil
  /// for the mean in every slot.
  public var pooling: [TokenPooling]? = nil
  /// A hidden layer between the standardised features and the class scores; nil for a linear head.
  var hidden: EmbeddingHiddenLayer? = nil
  /// The nearest training utterances' vote, averaged into the probabilities with `neighbourWeight`; nil
  /// for the head alone.
  var neighbours: EmbeddingNeighbours? = nil
  /// The vote's share of the probabilities, in [0, 1].
  var neighbourWeight: Float = 0
  /// The decision of this head averaged with an n-gram model, fitted on cross-validated predictions of the
  /// blend (`classifyBlended`); nil for the mean of the two models' own thresholds.
  public var blendRule: BlendedDecisionRule? = nil
  /// The in-scope classes' centroids, when `blendRule` tests the cosine to them.
  var nearness: InScopeNearness? = nil

  /// Raw class scores of one embedding (before temperature), in `labels` order.
  /// - Parameter embedding: a vector of `dimension` floats.
  public func logits(_ embedding: [Float]) -> [Float] {
    var x = [Float](repeating: 0, count: dimension)
    for j in 0..<min(dimension, embedding.count) { x[j] = (embedding[j] - mean[j]) * inverseDeviation[j] }
    if let hidden { x = hidden.activations(x) }
    let k = labels.count
    var z = bias
    for (j, v) in x.enumerated() where v != 0 {
      let row = j * k
      for c in 0..<k { z[c] += v * weights[row + c] }
    }
    return z
  }

  /// Calibrated class probabilities of one embedding, in `labels` order.
  /// - Parameter embedding: a vector of `dimension` floats.
  public func probabilities(_ embedding: [Float]) -> [Float] {
    var p = Self.softmax(logits(embedding), temperature: temperature)
    if let neighbours, neighbourWeight > 0 {
      let vote = neighbours.probabilities(embedding, classCount: labels.count)
      for c in p.indices { p[c] = (1 - neighbourWeight) * p[c] + neighbourWeight * vote[c] }
    }
    return p
  }

  /// The decision for one embedding.
  /// - Parameter embedding: a vector of `dimension` floats.
  public func classify(embedding: [Float]) -> IntentPrediction {
    decide(probabilities(embedding))
  }

  /// The decision for calibrated probabilities in `labels` order (this head's or a blend of them): the
  /// out-of-scope class when it wins, or when the best in-scope probability is under `threshold`.
  /// - Parameter p: one probability per label.
  public func decide(probabilities p: [Float]) -> IntentPrediction { decide(p) }

  /// The decision for calibrated probabilities: as `IntentModel`'s.
  func decide(_ p: [Float]) -> IntentPrediction {
    var best = -1, bestOverall = 0
    for k in p.indices {
      if p[k] > p[bestOverall] { bestOverall = k }
      if k != outOfScopeIndex && (best < 0 || p[k] > p[best]) { best = k }
    }
    let inScope = (labels[max(best, 0)], Double(best >= 0 ? p[best] : 0))
    if bestOverall == outOfScopeIndex || best < 0 {
      return IntentPrediction(intent: IntentModel.outOfScopeLabel, confidence: Double(p[bestOverall]), bestInScope: inScope)
    }
    if p[best] < threshold {
      return IntentPrediction(intent: IntentModel.outOfScopeLabel, confidence: 1 - Double(p[best]), bestInScope: inScope)
    }
    return IntentPrediction(intent: labels[best], confidence: Double(p[best]), bestInScope: inScope)
  }

  /// Softmax of `z / temperature`.
  static func softmax(_ z: [Float], temperature: Float) -> [Float] {
    var top = -Float.infinity
    for v in z where v > top { top = v }
    var out = z.map { expf(($0 - top) / temperature) }
    let sum = out.reduce(0, +)
    for i in out.indices { out[i] /= sum }
    return out
  }
}
