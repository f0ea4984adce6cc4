/// A trained linear intent classifier: one score per class from hashed n-gram features, turned into
/// calibrated probabilities by a softmax with a fitted temperature, and an out-of-scope rule (the
/// out-of-scope class wins, or the best in-scope class is below a confidence threshold).
///
/// Immutable and `Sendable`: one instance serves any number of threads.
public struct IntentModel: Sendable {
  /// The label every out-of-scope utterance gets.
  public static let outOfScopeLabel = "out_of_scope"
  /// Labels read as out of scope in training files (CLINC150 writes `oos`).
  public static let outOfScopeAliases: Set<String> = ["out_of_scope", "oos", "outofscope"]

  /// The class labels, in weight-column order.
  public let labels: [String]
  /// The featuriser the model was trained with.
  public let hasher: FeatureHasher
  /// Softmax temperature fitted on held-out data.
  public let temperature: Float
  /// Below this top probability an in-scope guess becomes out of scope.
  public let threshold: Float
  /// Column of the out-of-scope class, if the training data had one.
  public let outOfScopeIndex: Int?

  let index: [UInt64: Int32]
  let weights: [Float]  // row per feature, `labels.count` columns

  init(labels: [String], hasher: FeatureHasher, index: [UInt64: Int32], weights: [Float], temperature: Float,
       threshold: Float) {
    self.labels = labels
    self.hasher = hasher
    self.index = index
    self.weights = weights
    self.temperature = temperature
    self.threshold = threshold
    outOfScopeIndex = labels.firstIndex(of: IntentModel.outOfScopeLabel)
  }

  /// Number of features with weights.
  public var featureCount: Int { index.count }

  /// Classifies one utterance.
  /// - Parameters:
  ///   - text: the utterance.
  /// - Returns: the decision with its calibrated confidence.
  public func classify(_ text: String) -> IntentPrediction {
    let p = probabilities(text)
    return decide(p)
  }

  /// Calibrated class probabilities of `text`, in `labels` order.
  /// - Parameters:
  ///   - text: the utterance.
  public func probabilities(_ text: String) -> [Float] {
    var z = logits(text)
    IntentModel.softmax(&z, temperature: temperature)
    return z
  }

  /// Raw linear scores of `text` (before temperature and softmax), in `labels` order.
  /// - Parameters:
  ///   - text: the utterance.
  public func scores(_ text: String) -> [Float] { logits(text) }

  /// Applies the out-of-scope rule to calibrated probabilities.
  /// - Parameters:
  ///   - p: probabilities in `labels` order.
  func decide(_ p: [Float]) -> IntentPrediction {
    var best = -1
    var bestOverall = 0
    for k in p.indices {
      if p[k] > p[bestOverall] { bestOverall = k }
      if k != outOfScopeIndex && (best < 0 || p[k] > p[best]) { best = k }
    }
    let inScope = (labels[max(best, 0)], Double(best >= 0 ? p[best] : 0))
    if bestOverall == outOfScopeIndex {
      return IntentPrediction(intent: IntentModel.outOfScopeLabel, confidence: Double(p[bestOverall]),
                              bestInScope: inScope)
    }
    if p[best] < threshold {
      return IntentPrediction(intent: IntentModel.outOfScopeLabel, confidence: 1 - Double(p[best]),
                              bestInScope: inScope)
    }
    return IntentPrediction(intent: labels[best], confidence: Double(p[best]), bestInScope: inScope)
  }

  /// Raw scores (before temperature) of `text`.
  func logits(_ text: String) -> [Float] {
    let (hashes, values) = hasher.features(of: text)
    var rows: [Int32] = []
    var vals: [Float] = []
    rows.reserveCapacity(hashes.count)
    vals.reserveCapacity(hashes.count)
    for i in hashes.indices {
      if let r = index[hashes[i]] { rows.append(r); vals.append(values[i]) }
    }
    return IntentModel.scores(rows: rows, values: vals, weights: weights, classes: labels.count)
  }

  @inline(__always)
  static func scores(rows: [Int32], values: [Float], weights: [Float], classes: Int) -> [Float] {
    var z = [Float](repeating: 0, count: classes)
    weights.withUnsafeBufferPointer { w in
      z.withUnsafeMutableBufferPointer { out in
        for i in rows.indices {
          let base = Int(rows[i]) * classes
          let x = values[i]
          for k in 0..<classes { out[k] += x * w[base + k] }
        }
      }
    }
    return z
  }

  static func softmax(_ z: inout [Float], temperature: Float) {
    var m = -Float.infinity
    for v in z where v > m { m = v }
    var sum: Float = 0
    for k in z.indices {
      z[k] = fastExp((z[k] - m) / temperature)
      sum += z[k]
    }
    for k in z.indices { z[k] /= sum }
  }
}

/// e^x in single precision without Foundation (range-reduced series; ample for softmax).
@inline(__always) func fastExp(_ x: Float) -> Float {
  if x < -80 { return 0 }
  let ln2: Float = 0.693_147_18
  let n = (x / ln2).rounded(.down)
  let r = x - n * ln2  // in [0, ln 2)
  var term: Float = 1
  var sum: Float = 1
  for i in 1...9 {
    term *= r / Float(i)
    sum += term
  }
  return sum * Float(sign: .plus, exponent: Int(n), significand: 1)
}
