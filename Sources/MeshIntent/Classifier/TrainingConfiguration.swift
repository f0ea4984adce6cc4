/// Hyper-parameters of `IntentTrainer`; the defaults were chosen on CLINC150 `val` only.
public struct TrainingConfiguration: Sendable, Equatable {
  /// The featuriser.
  public var hasher = FeatureHasher(minCharGram: 2, maxCharGram: 5)
  /// Passes over the training data.
  public var epochs = 30
  /// Initial SGD step size.
  public var learningRate: Float = 0.2
  /// Decay the step size linearly to zero over training (otherwise constant; averaging smooths it).
  public var decayLearningRate = false
  /// Train one-vs-rest squared-hinge (a linear SVM) instead of softmax; scores are still calibrated
  /// into probabilities by the fitted temperature.
  public var squaredHinge = true
  /// Weight features by inverse document frequency.
  public var idf = false
  /// Features seen in fewer training utterances are dropped (keeps the model small).
  public var minCount = 1
  /// One utterance in this many (per label) is held out to fit temperature and threshold.
  public var holdoutEvery = 10
  /// Seed of the shuffling, so training is deterministic.
  public var seed: UInt64 = 0x5EED
  /// Share of held-out in-scope accuracy the out-of-scope threshold may cost (it buys out-of-scope
  /// recall with it).
  public var maxInScopeLoss: Float = 0.005

  /// The default configuration.
  public init() {}
}
