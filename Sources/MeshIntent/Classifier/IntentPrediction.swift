/// What the classifier says about one utterance.
public struct IntentPrediction: Sendable, Equatable {
  /// The chosen intent; `IntentModel.outOfScopeLabel` when the utterance belongs to no intent.
  public var intent: String
  /// Calibrated probability that `intent` is right, in 0...1.
  public var confidence: Double
  /// The best in-scope intent and its probability, even when the decision is out of scope.
  public var bestInScope: (intent: String, probability: Double)

  /// Creates a prediction.
  /// - Parameters:
  ///   - intent: the decision.
  ///   - confidence: its calibrated probability.
  ///   - bestInScope: the best in-scope intent and its probability.
  public init(intent: String, confidence: Double, bestInScope: (intent: String, probability: Double)) {
    self.intent = intent
    self.confidence = confidence
    self.bestInScope = bestInScope
  }

  /// Equal when every field is equal.
  public static func == (a: IntentPrediction, b: IntentPrediction) -> Bool {
    a.intent == b.intent && a.confidence == b.confidence && a.bestInScope.intent == b.bestInScope.intent
      && a.bestInScope.probability == b.bestInScope.probability
  }
}
