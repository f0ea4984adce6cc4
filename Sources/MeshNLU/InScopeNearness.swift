import Foundation

/// How near an embedding lies to the in-scope training data: the cosine to the nearest in-scope training
/// utterance and to the nearest in-scope class centroid. Text that looks like commerce but is not (another
/// shop's refund, an electricity bill) can get a confident in-scope probability from a linear head, whose
/// scores grow without bound away from the data; nearness measures the distance itself.
struct InScopeNearness: Sendable, Equatable, Codable {
  /// How many of the largest cosines a `BlendSample` keeps (the rule reads the mean of the first few).
  static let sampledNeighbours = 10

  /// Width of a vector.
  let dimension: Int
  /// L2-normalised in-scope training embeddings, `rows × dimension` (empty when only centroids are kept).
  let rows: [Float]
  /// L2-normalised mean of each in-scope class's normalised embeddings, `centroidCount × dimension`.
  let centroids: [Float]
  /// L2-normalised out-of-scope training embeddings, kept with `rows` (to compare the two nearnesses).
  var outOfScopeRows: [Float] = []

  /// The nearness to `embeddings` whose classes are `classes`, leaving out the class `outOfScope`.
  /// - Parameters:
  ///   - embeddings: training vectors, all of one width.
  ///   - classes: their class indices.
  ///   - outOfScope: the out-of-scope class's index, if any.
  ///   - keepRows: whether to keep every row for `nearestRow` (else centroids only).
  init(embeddings: [[Float]], classes: [Int], outOfScope: Int?, keepRows: Bool) {
    let d = embeddings.first?.count ?? 0
    var rows: [Float] = [], outOfScopeRows: [Float] = []
    var sums: [Int: [Float]] = [:]
    for (e, c) in zip(embeddings, classes) where c >= 0 {
      let unit = EmbeddingNeighbours.normalised(e, width: d)
      if c == outOfScope {
        if keepRows { outOfScopeRows += unit }
        continue
      }
      if keepRows { rows += unit }
      var sum = sums[c] ?? [Float](repeating: 0, count: d)
      for j in 0..<d { sum[j] += unit[j] }
      sums[c] = sum
    }
    dimension = d
    self.rows = rows
    self.outOfScopeRows = outOfScopeRows
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

  /// The `count` largest cosines between `embedding` and the kept in-scope rows, best first: one product
  /// of the row matrix with the normalised query (3,000 rows × 384 floats: about a million multiply-adds).
  func nearestRowCosines(_ embedding: [Float], count: Int) -> [Float] { Self.largestCosines(embedding, rows, dimension, count) }

  /// The `count` largest cosines between `embedding` and the kept out-of-scope rows, best first.
  func nearestOutOfScopeCosines(_ embedding: [Float], count: Int) -> [Float] {
    Self.largestCosines(embedding, outOfScopeRows, dimension, count)
  }

  /// The mean of the `count` largest cosines to the in-scope rows (-1 without rows): one near paraphrase
  /// is not enough to be in scope, a neighbourhood of them is.
  func meanOfNearestRows(_ embedding: [Float], count: Int) -> Float { Self.meanOfFirst(nearestRowCosines(embedding, count: count), count) }

  /// The mean of the first `count` of `cosines` (-1 when there are none).
  static func meanOfFirst(_ cosines: [Float], _ count: Int) -> Float {
    let n = min(max(count, 1), cosines.count)
    return n == 0 ? -1 : cosines.prefix(n).reduce(0, +) / Float(n)
  }

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

  private enum CodingKeys: String, CodingKey { case dimension, rows, centroids, outOfScopeRows }

  /// Writes the rows as half floats (`HalfFloatText`), the centroids as numbers.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(dimension, forKey: .dimension)
    try c.encode(HalfFloatText.encode(rows), forKey: .rows)
    try c.encode(centroids, forKey: .centroids)
    try c.encode(HalfFloatText.encode(outOfScopeRows), forKey: .outOfScopeRows)
  }

  /// Reads `encode(to:)`'s output; throws when a row array does not fit the dimension.
  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = try c.decode(Int.self, forKey: .dimension)
    let centroids = try c.decode([Float].self, forKey: .centroids)
    guard d > 0, centroids.count % d == 0,
          let rows = HalfFloatText.decode(try c.decode(String.self, forKey: .rows)), rows.count % d == 0,
          let far = HalfFloatText.decode(try c.decodeIfPresent(String.self, forKey: .outOfScopeRows) ?? ""), far.count % d == 0 else {
      throw DecodingError.dataCorruptedError(forKey: .rows, in: c, debugDescription: "rows or centroids do not match dimension \(d)")
    }
    self.init(dimension: d, rows: rows, centroids: centroids)
    outOfScopeRows = far
  }

  /// The `count` largest dot products of the normalised `embedding` with the rows of `flat`, best first.
  static func largestCosines(_ embedding: [Float], _ flat: [Float], _ d: Int, _ count: Int) -> [Float] {
    guard d > 0, count > 0, flat.count >= d else { return [] }
    let query = EmbeddingNeighbours.normalised(embedding, width: d)
    var best: [Float] = []
    best.reserveCapacity(count + 1)
    flat.withUnsafeBufferPointer { rows in
      query.withUnsafeBufferPointer { q in
        guard let rows = rows.baseAddress, let q = q.baseAddress else { return }
        for r in 0..<(flat.count / d) {
          let cosine = EmbeddingNeighbours.dot(q, rows + r * d, d)
          if best.count == count, let last = best.last, cosine <= last { continue }
          var at = best.count
          while at > 0 && best[at - 1] < cosine { at -= 1 }
          best.insert(cosine, at: at)
          if best.count > count { best.removeLast() }
        }
      }
    }
    return best
  }
}
