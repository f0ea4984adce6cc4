import Foundation

/// The training utterances' feature vectors, for a vote of the `count` nearest (cosine) among them:
/// each neighbour weighs `exp((cos - best) / sharpness)`, and the class probabilities are the weights'
/// shares. A linear head draws one boundary per class; the vote follows the training set's small
/// clusters (BANKING77's "card not working" phrased ten ways) that a boundary smooths over, so the two
/// err on different utterances and their mean beats either (docs/INTENTS.md).
struct EmbeddingNeighbours: Sendable, Equatable, Codable {
  /// Width of a vector.
  let dimension: Int
  /// `rows × dimension` floats, each row L2-normalised.
  let vectors: [Float]
  /// The class index (into the head's labels) of each row.
  let classes: [Int]
  /// Neighbours that vote.
  let count: Int
  /// Softmax temperature over the cosines.
  let sharpness: Float

  /// Rows stored.
  var rows: Int { classes.count }

  /// The vote over training `embeddings` with class indices `classes`.
  init(embeddings: [[Float]], classes: [Int], count: Int, sharpness: Float) {
    let d = embeddings.first?.count ?? 0
    var flat = [Float](repeating: 0, count: embeddings.count * d)
    for (i, e) in embeddings.enumerated() {
      let unit = Self.normalised(e, width: d)
      for j in 0..<d { flat[i * d + j] = unit[j] }
    }
    self.init(dimension: d, vectors: flat, classes: classes, count: count, sharpness: sharpness)
  }

  /// A vote from stored rows (as a model file holds them).
  init(dimension: Int, vectors: [Float], classes: [Int], count: Int, sharpness: Float) {
    self.dimension = dimension
    self.vectors = vectors
    self.classes = classes
    self.count = max(count, 1)
    self.sharpness = sharpness > 0 ? sharpness : 0.05
  }

  /// `v`'s first `width` floats over their L2 norm (zeros stay zeros).
  static func normalised(_ v: [Float], width: Int) -> [Float] {
    var out = [Float](repeating: 0, count: width)
    var norm: Float = 0
    for j in 0..<min(width, v.count) { out[j] = v[j]; norm += v[j] * v[j] }
    let inverse = 1 / max(norm.squareRoot(), 1e-12)
    for j in out.indices { out[j] *= inverse }
    return out
  }

  /// The vote's probabilities over `classCount` classes for one embedding.
  func probabilities(_ embedding: [Float], classCount: Int) -> [Float] {
    Self.vote(nearest(embedding, count: count), count: count, sharpness: sharpness, classCount: classCount)
  }

  /// The `count` training rows nearest to `embedding` by cosine, best first, with their classes.
  func nearest(_ embedding: [Float], count: Int) -> [(cosine: Float, cls: Int)] {
    let query = Self.normalised(embedding, width: dimension)
    let count = max(count, 1)
    // The `count` best cosines, kept sorted best first (insertion: `count` is small).
    var best: [(cosine: Float, row: Int)] = []
    best.reserveCapacity(count + 1)
    vectors.withUnsafeBufferPointer { rows in
      query.withUnsafeBufferPointer { q in
        guard let rows = rows.baseAddress, let q = q.baseAddress else { return }
        for r in 0..<classes.count {
          let cosine = Self.dot(q, rows + r * dimension, dimension)
          if best.count == count, let last = best.last, cosine <= last.cosine { continue }
          var at = best.count
          while at > 0 && best[at - 1].cosine < cosine { at -= 1 }
          best.insert((cosine, r), at: at)
          if best.count > count { best.removeLast() }
        }
      }
    }
    return best.map { ($0.cosine, classes[$0.row]) }
  }

  /// The vote of the first `count` of `nearest` (best first): each weighs `exp((cosine - best) / sharpness)`.
  static func vote(_ nearest: [(cosine: Float, cls: Int)], count: Int, sharpness: Float, classCount: Int) -> [Float] {
    var p = [Float](repeating: 0, count: classCount)
    guard let top = nearest.first?.cosine else { return p }
    var sum: Float = 0
    for (cosine, cls) in nearest.prefix(max(count, 1)) where cls >= 0 && cls < classCount {
      let w = expf((cosine - top) / sharpness)
      p[cls] += w
      sum += w
    }
    if sum > 0 { for c in p.indices { p[c] /= sum } }
    return p
  }

  /// `Σ a[j]·b[j]` over 16 lanes at a time (a float sum does not vectorise by itself: its order is fixed).
  static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    var lanes = SIMD16<Float>()
    var j = 0
    while j + 16 <= n {
      let x = UnsafeRawPointer(a + j).loadUnaligned(as: SIMD16<Float>.self)
      let y = UnsafeRawPointer(b + j).loadUnaligned(as: SIMD16<Float>.self)
      // Multiply then add, not `addProduct`: without FMA in the compile-time target, `addProduct` becomes one
      // libm `fmaf` call per lane, which made this loop (3,351 rows a message) 38% of a chat turn's CPU.
      lanes += x * y
      j += 16
    }
    var sum = lanes.sum()
    while j < n { sum += a[j] * b[j]; j += 1 }
    return sum
  }
}
