import Foundation

/// How near an embedding lies to the in-scope training data: the cosine to the nearest in-scope training
/// utterance and to the nearest in-scope class centroid. Text that looks like commerce but is not (another
/// shop's refund, an electricity bill) can get a confident in-scope probability from a linear head, whose
/// scores grow without bound away from the data; nearness measures the distance itself.
struct InScopeNearness: Sendable, Equatable, Codable {
  /// Width of a vector.
  let dimension: Int
  /// L2-normalised in-scope training embeddings, `rows × dimension` (empty when only centroids are kept).
  let rows: [Float]
  /// L2-normalised mean of each in-scope class's normalised embeddings, `centroidCount × dimension`.
  let centroids: [Float]

  /// The nearness to `embeddings` whose classes are `classes`, leaving out the class `outOfScope`.
  /// - Parameters:
  ///   - embeddings: training vectors, all of one width.
  ///   - classes: their class indices.
  ///   - outOfScope: the out-of-scope class's index, if any.
  ///   - keepRows: whether to keep every row for `nearestRow` (else centroids only).
  init(embeddings: [[Float]], classes: [Int], outOfScope: Int?, keepRows: Bool) {
    let d = embeddings.first?.count ?? 0
    var rows: [Float] = []
    var sums: [Int: [Float]] = [:]
    for (e, c) in zip(embeddings, classes) where c >= 0 && c != outOfScope {
      let unit = EmbeddingNeighbours.normalised(e, width: d)
      if keepRows { rows += unit }
      var sum = sums[c] ?? [Float](repeating: 0, count: d)
      for j in 0..<d { sum[j] += unit[j] }
      sums[c] = sum
    }
    dimension = d
    self.rows = rows
    centroids = sums.keys.sorted().flatMap { EmbeddingNeighbours.normalised(sums[$0] ?? [], width: d) }
  }

  /// Nearness from stored vectors (as a model file holds the centroids).
  init(dimension: Int, rows: [Float], centroids: [Float]) {
    self.dimension = dimension
    self.rows = rows
    self.centroids = centroids
  }

  /// The largest cosine between `embedding` and a kept training row (-1 without rows).
  func nearestRow(_ embedding: [Float]) -> Float { Self.largestCosine(embedding, rows, dimension) }

  /// The largest cosine between `embedding` and an in-scope class centroid (-1 without centroids).
  func nearestCentroid(_ embedding: [Float]) -> Float { Self.largestCosine(embedding, centroids, dimension) }

  static func largestCosine(_ embedding: [Float], _ flat: [Float], _ d: Int) -> Float {
    guard d > 0, flat.count >= d else { return -1 }
    let query = EmbeddingNeighbours.normalised(embedding, width: d)
    var best: Float = -1
    flat.withUnsafeBufferPointer { rows in
      query.withUnsafeBufferPointer { q in
        guard let rows = rows.baseAddress, let q = q.baseAddress else { return }
        for r in 0..<(flat.count / d) { best = max(best, EmbeddingNeighbours.dot(q, rows + r * d, d)) }
      }
    }
    return best
  }
}
