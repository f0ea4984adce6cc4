public import MeshIntent

/// One utterance held out of training, as the blended out-of-scope decision sees it: both models'
/// calibrated probabilities and the embedding's nearness to the in-scope training utterances. Samples of
/// every fold of a cross-validation are what `BlendedDecisionRule.fit` chooses its values on.
public struct BlendSample: Sendable, Equatable {
  /// The head's calibrated probabilities, in the head's label order.
  public var head: [Float]
  /// The n-gram model's calibrated probabilities, in the head's label order (0 for a label it lacks).
  public var ngram: [Float]
  /// The index of the true label among the head's labels.
  public var truth: Int
  /// The cosine of the embedding to its nearest in-scope training utterance's.
  public var nearestInScope: Float
  /// The cosine of the embedding to the nearest centroid of an in-scope class's training embeddings.
  public var nearestCentroid: Float
  /// The largest cosines to in-scope training utterances, best first (`InScopeNearness.sampledNeighbours`
  /// of them; empty when not measured).
  public var nearestCosines: [Float] = []
  /// The largest cosines to out-of-scope training utterances, best first (empty when not measured).
  public var nearestOutOfScopeCosines: [Float] = []
  /// A fine-intent head's probabilities summed by coarse group, in the head's label order (empty when
  /// there is no fine head): the vote `BlendedDecisionRule.fineWeight` mixes in.
  public var fine: [Float] = []

  /// A sample from its parts.
  /// - Parameters:
  ///   - head: the head's probabilities.
  ///   - ngram: the n-gram model's, in the head's label order.
  ///   - truth: the true label's index.
  ///   - nearestInScope: see `nearestInScope`.
  ///   - nearestCentroid: see `nearestCentroid`.
  public init(head: [Float], ngram: [Float], truth: Int, nearestInScope: Float, nearestCentroid: Float) {
    self.head = head
    self.ngram = ngram
    self.truth = truth
    self.nearestInScope = nearestInScope
    self.nearestCentroid = nearestCentroid
  }

  /// The mean of the `count` largest in-scope cosines (-1 when not measured).
  public func meanOfNearest(_ count: Int) -> Float { InScopeNearness.meanOfFirst(nearestCosines, count) }

  /// The n-gram model's probabilities of `text` in `labels` order (0 for a label the model lacks).
  /// - Parameters:
  ///   - ngram: the model.
  ///   - text: the utterance.
  ///   - labels: the head's labels.
  public static func ngramProbabilities(_ ngram: IntentModel, _ text: String, labels: [String]) -> [Float] {
    let q = ngram.probabilities(text)
    var index: [String: Int] = [:]
    for (k, label) in ngram.labels.enumerated() { index[label] = k }
    return labels.map { index[$0].map { q[$0] } ?? 0 }
  }
}
