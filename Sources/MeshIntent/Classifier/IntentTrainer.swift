import Foundation

/// Trains an `IntentModel`: a linear SVM (one-vs-rest squared hinge; softmax regression as an option)
/// by averaged SGD, deterministic for a given seed. A slice of the data is held out first to fit the
/// softmax temperature and the out-of-scope threshold; the final weights are then trained on all of it.
/// With the squared hinge only classes inside their margin are updated, which keeps CLINC150's 151
/// classes fast to train.
public enum IntentTrainer {
  /// Trains a model on labelled utterances.
  /// - Parameters:
  ///   - examples: `(text, label)` pairs; `oos` and `out_of_scope` both mean out of scope.
  ///   - configuration: hyper-parameters.
  /// - Returns: the trained, calibrated model.
  /// - Throws: `IntentTrainingError` when there are fewer than two labels.
  public static func train(_ examples: [(text: String, label: String)],
                           configuration: TrainingConfiguration = TrainingConfiguration()) throws -> IntentModel {
    let normalised = examples.map { (text: $0.text, label: normaliseLabel($0.label)) }
    let labels = Array(Set(normalised.map(\.label))).sorted()
    guard labels.count >= 2 else { throw IntentTrainingError.tooFewLabels(labels.count) }
    let (fit, heldOut) = split(normalised, every: configuration.holdoutEvery)
    var temperature: Float = 1
    var threshold: Float = 0
    if !heldOut.isEmpty && configuration.holdoutEvery > 1 {
      let probe = fitWeights(fit, labels: labels, configuration: configuration, temperature: 1, threshold: 0)
      let logits = heldOut.map { probe.logits($0.text) }
      let truth = heldOut.map { labels.firstIndex(of: $0.label)! }
      temperature = Calibration.fitTemperature(logits: logits, truth: truth)
      threshold = Calibration.chooseThreshold(logits: logits, truth: truth, temperature: temperature,
                                              outOfScope: labels.firstIndex(of: IntentModel.outOfScopeLabel),
                                              maxInScopeLoss: configuration.maxInScopeLoss)
    }
    return fitWeights(normalised, labels: labels, configuration: configuration, temperature: temperature,
                      threshold: threshold)
  }

  /// Maps the out-of-scope aliases to `IntentModel.outOfScopeLabel`.
  /// - Parameters:
  ///   - label: a label as written in a data file.
  public static func normaliseLabel(_ label: String) -> String {
    IntentModel.outOfScopeAliases.contains(label) ? IntentModel.outOfScopeLabel : label
  }

  /// Splits off every `every`-th utterance of each label, in input order.
  static func split(_ examples: [(text: String, label: String)], every: Int)
    -> (fit: [(text: String, label: String)], heldOut: [(text: String, label: String)]) {
    guard every > 1 else { return (examples, []) }
    var seen: [String: Int] = [:]
    var fit: [(text: String, label: String)] = []
    var heldOut: [(text: String, label: String)] = []
    for e in examples {
      let n = seen[e.label, default: 0]
      seen[e.label] = n + 1
      if n % every == every - 1 { heldOut.append(e) } else { fit.append(e) }
    }
    return (fit, heldOut)
  }

  static func fitWeights(_ examples: [(text: String, label: String)], labels: [String],
                         configuration c: TrainingConfiguration, temperature: Float,
                         threshold: Float) -> IntentModel {
    let classes = labels.count
    let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    let featurised = examples.map { c.hasher.features(of: $0.text) }
    // Feature dictionary: rows in order of first appearance, so the layout is deterministic.
    var counts: [UInt64: Int] = [:]
    for f in featurised { for h in f.hashes { counts[h, default: 0] += 1 } }
    var index: [UInt64: Int32] = [:]
    for f in featurised {
      for h in f.hashes where index[h] == nil && counts[h]! >= c.minCount { index[h] = Int32(index.count) }
    }
    // Inverse document frequency, so that words every intent shares ("what", "my") weigh less.
    // It is folded into the weights at the end, so inference does not need it.
    var idf = [Float](repeating: 1, count: index.count)
    if c.idf {
      let n = Float(featurised.count)
      for (h, r) in index { idf[Int(r)] = 1 + logf((n + 1) / (Float(counts[h]!) + 1)) }
      idf[Int(index[FeatureHasher.biasFeature] ?? 0)] = 1
    }
    let rows: [[Int32]] = featurised.map { f in f.hashes.compactMap { index[$0] } }
    let vals: [[Float]] = featurised.map { f in
      f.hashes.indices.compactMap { i in index[f.hashes[i]].map { f.values[i] * idf[Int($0)] } }
    }
    let truth = examples.map { labelIndex[$0.label]! }
    // Averaged SGD: `u` accumulates t-weighted updates so that `v - u / t` is the mean of all iterates,
    // which generalises better than the last iterate and replaces an explicit L2 penalty.
    var v = [Float](repeating: 0, count: index.count * classes)
    var u = [Float](repeating: 0, count: index.count * classes)
    var rng = SplitMix64(seed: c.seed)
    var order = Array(examples.indices)
    var t: Float = 1
    var p = [Float](repeating: 0, count: classes)
    var activeClass = [Int](repeating: 0, count: classes)
    let total = Float(c.epochs * max(order.count, 1))
    for _ in 0..<c.epochs {
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
      }
      for n in order {
        let r = rows[n]
        let x = vals[n]
        v.withUnsafeMutableBufferPointer { w in
          u.withUnsafeMutableBufferPointer { a in
            p.withUnsafeMutableBufferPointer { pp in
              for k in 0..<classes { pp[k] = 0 }
              for i in r.indices {
                let base = Int(r[i]) * classes
                let xi = x[i]
                for k in 0..<classes { pp[k] += xi * w[base + k] }
              }
              if c.squaredHinge {
                // One-vs-rest squared hinge: d/ds max(0, 1 - y s)^2 = -2 y (1 - y s) inside the margin.
                for k in 0..<classes {
                  let y: Float = k == truth[n] ? 1 : -1
                  let slack = 1 - y * pp[k]
                  pp[k] = slack > 0 ? -2 * y * slack : 0
                }
              } else {
                var m = -Float.infinity
                for k in 0..<classes where pp[k] > m { m = pp[k] }
                var sum: Float = 0
                for k in 0..<classes { pp[k] = fastExp(pp[k] - m); sum += pp[k] }
                for k in 0..<classes { pp[k] /= sum }
                pp[truth[n]] -= 1
              }
              // Linearly decaying step: large early moves, a fine finish.
              let eta = c.decayLearningRate ? c.learningRate * max(1 - (t - 1) / total, 0.01) : c.learningRate
              // Late in training most classes get a negligible gradient: update only the others.
              var active = 0
              for k in 0..<classes where pp[k] > 1e-4 || pp[k] < -1e-4 {
                pp[active] = pp[k]
                activeClass[active] = k
                active += 1
              }
              for i in r.indices {
                let base = Int(r[i]) * classes
                let g = eta * x[i]
                let tg = t * g
                for j in 0..<active {
                  let k = base + activeClass[j]
                  w[k] -= g * pp[j]
                  a[k] -= tg * pp[j]
                }
              }
            }
          }
        }
        t += 1
      }
    }
    for j in v.indices { v[j] = (v[j] - u[j] / t) * idf[j / classes] }
    return IntentModel(labels: labels, hasher: c.hasher, index: index, weights: v, temperature: temperature,
                       threshold: threshold)
  }
}

/// Why training could not start.
public enum IntentTrainingError: Error, Equatable {
  /// A classifier needs at least two labels; the data had this many.
  case tooFewLabels(Int)
}

/// A small, fast, seedable generator (SplitMix64), so shuffles and initial weights are the same on every
/// run (the n-gram trainer here, the encoder heads' trainer in MeshNLU).
public struct SplitMix64: Sendable {
  /// The generator's state: the seed, advanced by one constant per draw.
  public var state: UInt64
  /// A generator starting from `seed`.
  public init(seed: UInt64) { state = seed }
  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
