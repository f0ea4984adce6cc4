public import MeshEncoder

/// Hyper-parameters of `EmbeddingIntentTrainer`.
public struct EmbeddingTrainingConfiguration: Sendable, Equatable {
  /// Full-batch Adam steps.
  public var steps = 400
  /// Adam's step size.
  public var learningRate: Float = 0.01
  /// L2 penalty on the weights (per example, as in the mean loss).
  public var l2: Float = 1e-3
  /// Every n-th utterance of each label is held out to fit the temperature and the threshold.
  public var holdoutEvery = 10
  /// In-scope accuracy the out-of-scope threshold may cost on held-out data.
  public var maxInScopeLoss: Float = 0.005
  /// The encoder layers whose pooled token vectors the features concatenate (recorded in the model, which
  /// the classifier reads them by); nil for the sentence embedding alone.
  public var layers: [Int]? = nil
  /// How each slot of `layers` pools its tokens (recorded in the model too); nil for the mean everywhere.
  public var pooling: [TokenPooling]? = nil
  /// Units of a hidden layer (ReLU) between features and scores; 0 for a linear head.
  public var hiddenWidth = 0
  /// With a hidden layer: passes over the data, utterances per mini-batch, and the share of hidden
  /// units dropped in each step.
  public var epochs = 30, batchSize = 64
  /// See `epochs`.
  public var dropout: Float = 0.3

  /// Share of each target spread over all classes (label smoothing); 0 for one-hot targets.
  public var labelSmoothing: Float = 0
  /// Weigh each utterance by `n / (classes × its class's count)`, so every class weighs the same in the loss.
  public var classBalanced = false

  /// Nearest training utterances that vote beside the head (`EmbeddingNeighbours`); 0 for the head alone.
  /// The vote keeps the training vectors in the model (`rows × features` floats).
  public var neighbours = 0
  /// The vote's share of the averaged probabilities, and the softmax temperature over its cosines.
  public var neighbourWeight: Float = 0.4
  /// See `neighbourWeight`.
  public var neighbourSharpness: Float = 0.05

  /// The defaults: chosen on CLINC150's training data (held-out slices), never on a test split.
  public init() {}
}
