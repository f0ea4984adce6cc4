/// The hidden layer of an intent head with one: `relu(x · weights + bias)` over the standardised
/// features. Dropout and weight decay are the trainer's; at inference the layer is plain.
struct EmbeddingHiddenLayer: Sendable, Equatable, Codable {
  /// Inputs (the head's feature width) and outputs (units).
  let inputs: Int, width: Int
  /// `inputs × width` weights, row-major, and one bias per unit.
  let weights: [Float], bias: [Float]

  /// The units' activations for one standardised feature vector of `inputs` floats.
  func activations(_ x: [Float]) -> [Float] {
    var h = bias
    let n = width
    h.withUnsafeMutableBufferPointer { out in
      weights.withUnsafeBufferPointer { w in
        // Row by row over unchecked buffers, so the inner loop vectorises.
        for (j, v) in x.prefix(inputs).enumerated() where v != 0 {
          let row = j * n
          for u in 0..<n { out[u] += v * w[row + u] }
        }
      }
      for u in 0..<n where out[u] < 0 { out[u] = 0 }
    }
    return h
  }
}
