import CMeshKernels
import Foundation
import MeshEncoder
public import MeshIntent

/// Trains an `EmbeddingIntentModel`: standardises the embeddings, fits a multinomial logistic regression
/// by full-batch Adam (two products per step on the encoder's kernels, deterministic) or, when the
/// configuration asks for hidden units, a one-hidden-layer network (`fitHidden`), fits the temperature and
/// the out-of-scope threshold on a held-out slice, then refits the weights on all the data. With
/// `configuration.neighbours`, the model also keeps the training vectors for a nearest-neighbour vote.
public enum EmbeddingIntentTrainer {
  /// Trains on precomputed embeddings.
  /// - Parameters:
  ///   - embeddings: one vector per utterance, all of one width.
  ///   - labels: one label per utterance (`oos` and `out_of_scope` both mean out of scope).
  ///   - configuration: hyper-parameters.
  /// - Returns: the calibrated model.
  /// - Throws: `IntentTrainingError.tooFewLabels` with fewer than two labels; `EncoderError.outOfMemory`.
  public static func train(embeddings: [[Float]], labels rawLabels: [String],
                           configuration: EmbeddingTrainingConfiguration = EmbeddingTrainingConfiguration()) throws
    -> EmbeddingIntentModel {
    let names = rawLabels.map(IntentTrainer.normaliseLabel)
    let labels = Array(Set(names)).sorted()
    guard labels.count >= 2, embeddings.count == names.count else { throw IntentTrainingError.tooFewLabels(labels.count) }
    let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
    let truth = names.map { index[$0] ?? 0 }
    let oos = index[IntentModel.outOfScopeLabel]

    // Every n-th utterance of each label, in input order, is held out for calibration.
    var seen = [Int](repeating: 0, count: labels.count)
    var fit: [Int] = [], heldOut: [Int] = []
    for (i, y) in truth.enumerated() {
      let every = configuration.holdoutEvery
      if every > 1 && seen[y] % every == every - 1 { heldOut.append(i) } else { fit.append(i) }
      seen[y] += 1
    }
    var temperature: Float = 1, threshold: Float = 0
    if !heldOut.isEmpty {
      let probe = try fitWeights(embeddings: fit.map { embeddings[$0] }, truth: fit.map { truth[$0] }, labels: labels,
                             outOfScope: oos, configuration: configuration, temperature: 1, threshold: 0)
      var logits = heldOut.map { probe.logits(embeddings[$0]) }
      let heldTruth = heldOut.map { truth[$0] }
      temperature = Calibration.fitTemperature(logits: logits, truth: heldTruth)
      var thresholdTemperature = temperature
      if configuration.neighbours > 0 {
        // The threshold applies to the head's probabilities averaged with the vote: choose it on those
        // (their logarithms at temperature 1 are the same probabilities again).
        let vote = EmbeddingNeighbours(embeddings: fit.map { embeddings[$0] }, classes: fit.map { truth[$0] },
                                       count: configuration.neighbours, sharpness: configuration.neighbourSharpness)
        let share = min(max(configuration.neighbourWeight, 0), 1)
        logits = zip(heldOut, logits).map { i, z in
          let p = EmbeddingIntentModel.softmax(z, temperature: temperature)
          let q = vote.probabilities(embeddings[i], classCount: labels.count)
          return zip(p, q).map { logf(max((1 - share) * $0 + share * $1, 1e-12)) }
        }
        thresholdTemperature = 1
      }
      threshold = Calibration.chooseThreshold(logits: logits, truth: heldTruth, temperature: thresholdTemperature,
                                              outOfScope: oos, maxInScopeLoss: configuration.maxInScopeLoss)
    }
    var model = try fitWeights(embeddings: embeddings, truth: truth, labels: labels, outOfScope: oos,
                               configuration: configuration, temperature: temperature, threshold: threshold)
    if configuration.neighbours > 0 {
      model.neighbours = EmbeddingNeighbours(embeddings: embeddings, classes: truth, count: configuration.neighbours,
                                             sharpness: configuration.neighbourSharpness)
      model.neighbourWeight = min(max(configuration.neighbourWeight, 0), 1)
    }
    return model
  }

  static func fitWeights(embeddings: [[Float]], truth: [Int], labels: [String], outOfScope: Int?,
                         configuration c: EmbeddingTrainingConfiguration, temperature: Float,
                         threshold: Float) throws -> EmbeddingIntentModel {
    let n = embeddings.count, d = embeddings.first?.count ?? 0, k = labels.count
    // Standardise each feature so one step size suits them all.
    var mean = [Float](repeating: 0, count: d), deviation = [Float](repeating: 0, count: d)
    for e in embeddings { for j in 0..<d { mean[j] += e[j] } }
    for j in 0..<d { mean[j] /= Float(max(n, 1)) }
    for e in embeddings { for j in 0..<d { let v = e[j] - mean[j]; deviation[j] += v * v } }
    let inverse = deviation.map { 1 / max(($0 / Float(max(n, 1))).squareRoot(), 1e-6) }
    var x = [Float](repeating: 0, count: n * d)
    for (i, e) in embeddings.enumerated() { for j in 0..<d { x[i * d + j] = (e[j] - mean[j]) * inverse[j] } }

    if c.hiddenWidth > 0 {
      let fitted = try fitHidden(x: x, n: n, d: d, truth: truth, k: k, configuration: c)
      return EmbeddingIntentModel(labels: labels, outOfScopeIndex: outOfScope, dimension: d, mean: mean,
                                  inverseDeviation: inverse, weights: fitted.weights, bias: fitted.bias,
                                  temperature: temperature, threshold: threshold, layers: c.layers, pooling: c.pooling,
                                  hidden: fitted.hidden)
    }
    var w = [Float](repeating: 0, count: d * k), b = [Float](repeating: 0, count: k)
    var mw = w, vw = w, mb = b, vb = b
    var z = [Float](repeating: 0, count: n * k), g = [Float](repeating: 0, count: d * k)
    // The second product reads x transposed: transpose once. Each step packs w and the gradient of the
    // scores for the kernels (a copy, cheap beside the products).
    var xT = [Float](repeating: 0, count: n * d)
    for i in 0..<n { for j in 0..<d { xT[j * n + i] = x[i * d + j] } }
    guard let packedW = mesh_alloc_floats(mesh_packed_floats(Int32(d), Int32(k))),
          let packedZ = mesh_alloc_floats(mesh_packed_floats(Int32(n), Int32(k))) else {
      throw EncoderError.outOfMemory((d + n) * k * MemoryLayout<Float>.size)
    }
    defer { mesh_free(packedW); mesh_free(packedZ) }
    let beta1: Float = 0.9, beta2: Float = 0.999, eps: Float = 1e-8
    let scale = 1 / Float(max(n, 1))
    let exampleWeights = Self.exampleWeights(truth: truth, k: k, balanced: c.classBalanced)
    for step in 1...max(c.steps, 1) {
      // z = x·w, then z becomes the gradient of the mean cross-entropy with respect to the scores.
      mesh_pack(w, Int32(d), Int32(k), Int32(k), packedW)
      mesh_gemm_packed(Int32(n), Int32(k), Int32(d), x, Int32(d), packedW, MESH_WEIGHTS_FLOAT, nil, &z, Int32(k), 0)
      var gb = [Float](repeating: 0, count: k)
      for i in 0..<n {
        var top = -Float.infinity
        for c in 0..<k { z[i * k + c] += b[c]; top = max(top, z[i * k + c]) }
        var sum: Float = 0
        for c in 0..<k { let e = expf(z[i * k + c] - top); z[i * k + c] = e; sum += e }
        Self.subtractTargets(&z, row: i, k: k, truth: truth[i], sum: sum, scale: scale * exampleWeights[i], smoothing: c.labelSmoothing)
        for c in 0..<k { gb[c] += z[i * k + c] }
      }
      // g = xᵀ·z.
      mesh_pack(z, Int32(n), Int32(k), Int32(k), packedZ)
      mesh_gemm_packed(Int32(d), Int32(k), Int32(n), xT, Int32(n), packedZ, MESH_WEIGHTS_FLOAT, nil, &g, Int32(k), 0)
      let correction1 = 1 - powf(beta1, Float(step)), correction2 = 1 - powf(beta2, Float(step))
      let lr = c.learningRate
      for i in 0..<(d * k) {
        let grad = g[i] + c.l2 * w[i]
        mw[i] = beta1 * mw[i] + (1 - beta1) * grad
        vw[i] = beta2 * vw[i] + (1 - beta2) * grad * grad
        w[i] -= lr * (mw[i] / correction1) / ((vw[i] / correction2).squareRoot() + eps)
      }
      for i in 0..<k {
        mb[i] = beta1 * mb[i] + (1 - beta1) * gb[i]
        vb[i] = beta2 * vb[i] + (1 - beta2) * gb[i] * gb[i]
        b[i] -= lr * (mb[i] / correction1) / ((vb[i] / correction2).squareRoot() + eps)
      }
    }
    return EmbeddingIntentModel(labels: labels, outOfScopeIndex: outOfScope, dimension: d, mean: mean,
                                inverseDeviation: inverse, weights: w, bias: b, temperature: temperature,
                                threshold: threshold, layers: c.layers, pooling: c.pooling)
  }

  /// Turns row `row` of `z` (exponentials summing to `sum`) into the gradient of the weighted cross-entropy
  /// with respect to the scores: `(softmax - target) · scale`, the target one-hot or smoothed by `smoothing`.
  @inline(__always)
  static func subtractTargets(_ z: inout [Float], row i: Int, k: Int, truth: Int, sum: Float, scale: Float, smoothing: Float) {
    let spread = smoothing > 0 ? min(smoothing, 1) / Float(k) : 0
    for c in 0..<k { z[i * k + c] = (z[i * k + c] / sum - spread) * scale }
    z[i * k + truth] -= (1 - min(max(smoothing, 0), 1)) * scale
  }

  /// Each utterance's weight in the loss: 1, or with `balanced` `n / (classes × its class's count)`.
  static func exampleWeights(truth: [Int], k: Int, balanced: Bool) -> [Float] {
    guard balanced, !truth.isEmpty else { return [Float](repeating: 1, count: truth.count) }
    var counts = [Int](repeating: 0, count: k)
    for y in truth where y >= 0 && y < k { counts[y] += 1 }
    let present = Float(counts.filter { $0 > 0 }.count)
    return truth.map { Float(truth.count) / (present * Float(max(counts[$0], 1))) }
  }
}
