import CMeshKernels
import Foundation
import MeshEncoder
import MeshIntent

/// The head with one hidden layer: `relu(x·W1 + b1)·W2 + b2` over the standardised features, trained by
/// mini-batch AdamW with dropout on the hidden units, every product on the encoder's kernels. Deterministic:
/// the initial weights, the shuffles and the dropout masks come from a seeded generator.
extension EmbeddingIntentTrainer {
  /// Fits the hidden layer and the output layer on standardised rows `x` (`n × d`).
  /// - Returns: the hidden layer, the output weights (`width × k`) and biases.
  static func fitHidden(x: [Float], n: Int, d: Int, truth: [Int], k: Int,
                        configuration c: EmbeddingTrainingConfiguration) throws
    -> (hidden: EmbeddingHiddenLayer, weights: [Float], bias: [Float]) {
    let width = c.hiddenWidth, batch = max(1, min(c.batchSize, n))
    var random = SplitMix64(seed: 0x5EED_0077)
    // He initialisation for the ReLU layer, Glorot-like for the output.
    var w1 = (0..<(d * width)).map { _ in random.normal() * (2 / Float(d)).squareRoot() }
    var b1 = [Float](repeating: 0, count: width)
    var w2 = (0..<(width * k)).map { _ in random.normal() * (1 / Float(width)).squareRoot() }
    var b2 = [Float](repeating: 0, count: k)
    var adam = [AdamState(w1.count), AdamState(b1.count), AdamState(w2.count), AdamState(b2.count)]

    var products = try Products(maxRows: max(batch, d, width), maxInner: max(d, width, batch), maxColumns: max(width, k))
    defer { products.free() }
    var xb = [Float](repeating: 0, count: batch * d), xbT = xb
    var h = [Float](repeating: 0, count: batch * width), a = h, mask = h, gradA = h
    var z = [Float](repeating: 0, count: batch * k)
    var g1 = [Float](repeating: 0, count: d * width), g2 = [Float](repeating: 0, count: width * k)
    var aT = [Float](repeating: 0, count: width * batch), w2T = [Float](repeating: 0, count: k * width)
    let keep = 1 - min(max(c.dropout, 0), 0.9)
    var order = Array(0..<n)
    let exampleWeights = Self.exampleWeights(truth: truth, k: k, balanced: c.classBalanced)
    for _ in 0..<max(c.epochs, 1) {
      random.shuffle(&order)
      for start in stride(from: 0, to: n, by: batch) {
        let rows = min(batch, n - start)
        for r in 0..<rows {
          let i = order[start + r]
          for j in 0..<d { xb[r * d + j] = x[i * d + j]; xbT[j * rows + r] = x[i * d + j] }
        }
        // Forward: h = xb·W1 + b1, a = dropout(relu(h)), z = softmax(a·W2 + b2).
        products.multiply(xb, rows: rows, inner: d, w1, columns: width, bias: b1, into: &h)
        for q in 0..<(rows * width) {
          mask[q] = random.unit() < keep ? 1 / keep : 0
          a[q] = max(h[q], 0) * mask[q]
        }
        products.multiply(a, rows: rows, inner: width, w2, columns: k, bias: b2, into: &z)
        var gradB2 = [Float](repeating: 0, count: k)
        let scale = 1 / Float(rows)
        for r in 0..<rows {
          var top = -Float.infinity
          for j in 0..<k { top = max(top, z[r * k + j]) }
          var sum: Float = 0
          for j in 0..<k { let e = expf(z[r * k + j] - top); z[r * k + j] = e; sum += e }
          let i = order[start + r]
          Self.subtractTargets(&z, row: r, k: k, truth: truth[i], sum: sum, scale: scale * exampleWeights[i],
                               smoothing: c.labelSmoothing)
          for j in 0..<k { gradB2[j] += z[r * k + j] }
        }
        // Backward: g2 = aᵀ·z, gradA = z·W2ᵀ through the mask and the ReLU, g1 = xbᵀ·gradA.
        for r in 0..<rows { for u in 0..<width { aT[u * rows + r] = a[r * width + u] } }
        products.multiply(aT, rows: width, inner: rows, z, columns: k, bias: nil, into: &g2)
        for u in 0..<width { for j in 0..<k { w2T[j * width + u] = w2[u * k + j] } }
        products.multiply(z, rows: rows, inner: k, w2T, columns: width, bias: nil, into: &gradA)
        var gradB1 = [Float](repeating: 0, count: width)
        for r in 0..<rows {
          for u in 0..<width {
            let q = r * width + u
            gradA[q] = h[q] > 0 ? gradA[q] * mask[q] : 0
            gradB1[u] += gradA[q]
          }
        }
        products.multiply(xbT, rows: d, inner: rows, gradA, columns: width, bias: nil, into: &g1)
        adam[0].step(&w1, g1, rate: c.learningRate, decay: c.l2)
        adam[1].step(&b1, gradB1, rate: c.learningRate, decay: 0)
        adam[2].step(&w2, g2, rate: c.learningRate, decay: c.l2)
        adam[3].step(&b2, gradB2, rate: c.learningRate, decay: 0)
      }
    }
    return (EmbeddingHiddenLayer(inputs: d, width: width, weights: w1, bias: b1), w2, b2)
  }
}

/// Products `A·B (+ bias)` on CMeshKernels with B packed into one reused buffer.
struct Products {
  let packed: UnsafeMutablePointer<Float>

  /// - Throws: `EncoderError.outOfMemory` when the buffer cannot be had.
  init(maxRows: Int, maxInner: Int, maxColumns: Int) throws {
    let count = mesh_packed_floats(Int32(maxInner), Int32(maxColumns))
    guard let p = mesh_alloc_floats(count) else { throw EncoderError.outOfMemory(count * 4) }
    packed = p
  }

  func free() { mesh_free(packed) }

  /// `c[rows × columns] = a[rows × inner] · b[inner × columns] + bias`.
  func multiply(_ a: [Float], rows: Int, inner: Int, _ b: [Float], columns: Int, bias: [Float]?, into c: inout [Float]) {
    mesh_pack(b, Int32(inner), Int32(columns), Int32(columns), packed)
    mesh_gemm_packed(Int32(rows), Int32(columns), Int32(inner), a, Int32(inner), packed, MESH_WEIGHTS_FLOAT, bias, &c,
                     Int32(columns), 0)
  }
}

/// Adam's moments for one parameter array, with decoupled weight decay (AdamW).
struct AdamState {
  var m: [Float], v: [Float], t = 0

  init(_ count: Int) {
    m = [Float](repeating: 0, count: count)
    v = m
  }

  mutating func step(_ p: inout [Float], _ g: [Float], rate: Float, decay: Float) {
    t += 1
    let b1: Float = 0.9, b2: Float = 0.999
    let c1 = 1 - powf(b1, Float(t)), c2 = 1 - powf(b2, Float(t))
    for i in p.indices {
      m[i] = b1 * m[i] + (1 - b1) * g[i]
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
      p[i] -= rate * ((m[i] / c1) / ((v[i] / c2).squareRoot() + 1e-8) + decay * p[i])
    }
  }
}

/// Draws for training on top of MeshIntent's seeded SplitMix64, so training is reproducible.
extension SplitMix64 {
  /// Uniform in [0, 1).
  mutating func unit() -> Float { Float(next() >> 40) / Float(1 << 24) }

  /// Standard normal (Box–Muller).
  mutating func normal() -> Float {
    let u = max(unit(), 1e-7), v = unit()
    return (-2 * logf(u)).squareRoot() * cosf(2 * .pi * v)
  }

  /// Fisher–Yates.
  mutating func shuffle(_ a: inout [Int]) {
    guard a.count > 1 else { return }
    for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, Int(next() % UInt64(i + 1))) }
  }
}
