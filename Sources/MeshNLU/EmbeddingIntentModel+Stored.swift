import MeshEncoder
import MeshIntent

/// A head as `HeadStore` keeps it: every field, floats as their bits, so the head read back is `==` the
/// fitted one and decides every utterance the same. (The JSON file of `serialized(encoder:)` is the
/// interchange format of `mesh nlu train`; this one is a cache, read at every start of the nlu service.)
extension EmbeddingIntentModel {
  /// Bumped when the fields below change: a file of another layout is refused and the head refitted.
  static let storedLayout = 1

  /// Appends every field to `out`.
  func store(into out: inout HeadFileWriter) {
    out.int(Self.storedLayout)
    out.strings(labels)
    out.optional(outOfScopeIndex) { $0.int($1) }
    out.int(dimension)
    out.floats(mean)
    out.floats(inverseDeviation)
    out.floats(weights)
    out.floats(bias)
    out.float(temperature)
    out.float(threshold)
    out.optional(layers) { $0.ints($1) }
    out.optional(pooling) { $0.strings($1.map(\.rawValue)) }
    out.optional(hidden) { out, h in
      out.int(h.inputs)
      out.int(h.width)
      out.floats(h.weights)
      out.floats(h.bias)
    }
    out.optional(neighbours) { out, n in
      out.int(n.dimension)
      out.floats(n.vectors)
      out.ints(n.classes)
      out.int(n.count)
      out.float(n.sharpness)
    }
    out.float(neighbourWeight)
    out.optional(blendRule) { out, r in
      out.float(r.headWeight)
      out.float(r.threshold)
      out.optional(r.minimumCentroidCosine) { $0.float($1) }
      out.optional(r.minimumNeighbourCosine) { $0.float($1) }
      out.optional(r.fineWeight) { $0.float($1) }
    }
    out.optional(nearness) { out, n in
      out.int(n.dimension)
      out.floats(n.rows)
      out.floats(n.centroids)
      out.floats(n.outOfScopeRows)
    }
  }

  /// Reads `store(into:)`'s fields, checking that the arrays fit the dimension and labels (a head that
  /// passed the file's checksum but not these was written by other code: refused all the same).
  /// - Throws: `HeadStoreError.corrupt` saying which field is wrong.
  init(stored r: inout HeadFileReader) throws {
    let layout = try r.int("the layout")
    guard layout == Self.storedLayout else { throw HeadStoreError.corrupt("layout \(layout), not \(Self.storedLayout)") }
    let labels = try r.strings("the labels")
    let outOfScope = try r.optional("the out-of-scope index") { try $0.int("the out-of-scope index") }
    let dimension = try r.int("the dimension")
    let mean = try r.floats("the means"), inverse = try r.floats("the deviations")
    let weights = try r.floats("the weights"), bias = try r.floats("the biases")
    let temperature = try r.float("the temperature"), threshold = try r.float("the threshold")
    let layers = try r.optional("the layers") { try $0.ints("the layers") }
    let pooling = try r.optional("the pooling") { try $0.strings("the pooling").map { name in
      guard let p = TokenPooling(rawValue: name) else { throw HeadStoreError.corrupt("unknown pooling \(name)") }
      return p
    } }
    let hidden = try r.optional("the hidden layer") { r in
      EmbeddingHiddenLayer(inputs: try r.int("the hidden inputs"), width: try r.int("the hidden width"),
                           weights: try r.floats("the hidden weights"), bias: try r.floats("the hidden biases"))
    }
    let neighbours = try r.optional("the neighbours") { r in
      EmbeddingNeighbours(dimension: try r.int("the neighbours' width"), vectors: try r.floats("the neighbours"),
                          classes: try r.ints("the neighbours' classes"), count: try r.int("the neighbour count"),
                          sharpness: try r.float("the sharpness"))
    }
    let neighbourWeight = try r.float("the neighbours' weight")
    let rule = try r.optional("the blend rule") { r in
      BlendedDecisionRule(headWeight: try r.float("the rule"), threshold: try r.float("the rule"),
                          minimumCentroidCosine: try r.optional("the rule") { try $0.float("the rule") },
                          minimumNeighbourCosine: try r.optional("the rule") { try $0.float("the rule") },
                          fineWeight: try r.optional("the rule") { try $0.float("the rule") })
    }
    let nearness = try r.optional("the nearness") { r in
      var n = InScopeNearness(dimension: try r.int("the nearness width"), rows: try r.floats("the nearness rows"),
                              centroids: try r.floats("the centroids"))
      n.outOfScopeRows = try r.floats("the out-of-scope rows")
      return n
    }
    let k = labels.count, inputs = hidden?.width ?? dimension
    // The sizes `logits`, the vote and the nearness index by: a mismatch would read out of bounds.
    guard k >= 2, dimension > 0, Set(labels).count == k, outOfScope.map({ (0..<k).contains($0) }) ?? true,
          mean.count == dimension, inverse.count == dimension, bias.count == k, weights.count == inputs * k,
          hidden.map({ $0.inputs == dimension && $0.width > 0 && $0.weights.count == dimension * $0.width
                       && $0.bias.count == $0.width }) ?? true,
          neighbours.map({ $0.dimension == dimension && $0.vectors.count == $0.classes.count * dimension
                           && $0.classes.allSatisfy { (0..<k).contains($0) } }) ?? true,
          nearness.map({ $0.dimension == dimension && [$0.rows, $0.centroids, $0.outOfScopeRows].allSatisfy { $0.count % dimension == 0 } }) ?? true,
          layers.map({ !$0.isEmpty && dimension % $0.count == 0 }) ?? true, pooling == nil || pooling?.count == layers?.count else {
      throw HeadStoreError.corrupt("array sizes do not match \(dimension) features and \(k) labels")
    }
    self.init(labels: labels, outOfScopeIndex: outOfScope, dimension: dimension, mean: mean, inverseDeviation: inverse,
              weights: weights, bias: bias, temperature: temperature, threshold: threshold, layers: layers, pooling: pooling,
              hidden: hidden, neighbours: neighbours, neighbourWeight: neighbourWeight)
    blendRule = rule
    self.nearness = nearness
  }
}
