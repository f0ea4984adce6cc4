/// The encoder's parameters, laid out for the forward pass: every dense matrix transposed to
/// `[input, output]` (so each product is a plain `X · W`) and packed into the kernels' panels, and
/// query, key and value fused into one `[hidden, 3·hidden]` matrix so a layer starts with a single product.
struct BertWeights: Sendable {
  /// One transformer layer.
  struct Layer: Sendable {
    var qkv: PackedMatrix, qkvBias: [Float]
    var attentionOut: PackedMatrix, attentionOutBias: [Float]
    var attentionNormScale: [Float], attentionNormBias: [Float]
    var intermediate: PackedMatrix, intermediateBias: [Float]
    var output: PackedMatrix, outputBias: [Float]
    var outputNormScale: [Float], outputNormBias: [Float]
  }

  var wordEmbeddings: [Float]
  var positionEmbeddings: [Float]
  /// Token type 0's row: the only type a single sentence uses.
  var tokenType0: [Float]
  var embeddingNormScale: [Float], embeddingNormBias: [Float]
  var layers: [Layer]

  /// Reads and checks every tensor against `configuration`.
  init(_ file: SafeTensors, configuration c: BertConfiguration, precision: WeightPrecision) throws {
    let h = c.hiddenSize, f = c.intermediateSize
    // Some exports prefix every name with "bert." or "0.auto_model."; find the embeddings to know which.
    let prefix = file.entries.keys.first { $0.hasSuffix("embeddings.word_embeddings.weight") }
      .map { String($0.dropLast("embeddings.word_embeddings.weight".count)) } ?? ""
    func t(_ name: String, _ shape: [Int]) throws -> [Float] { try file.floats(prefix + name, shape: shape) }
    wordEmbeddings = try t("embeddings.word_embeddings.weight", [c.vocabularySize, h])
    positionEmbeddings = try t("embeddings.position_embeddings.weight", [c.maxPositions, h])
    guard let types = file.entries[prefix + "embeddings.token_type_embeddings.weight"], types.shape.count == 2,
          types.shape[0] >= 1, types.shape[1] == h else { throw SafeTensorsError.missingTensor("token_type_embeddings") }
    tokenType0 = Array(try t("embeddings.token_type_embeddings.weight", types.shape)[0..<h])
    embeddingNormScale = try t("embeddings.LayerNorm.weight", [h])
    embeddingNormBias = try t("embeddings.LayerNorm.bias", [h])
    layers = try (0..<c.layers).map { i in
      let p = "encoder.layer.\(i)."
      let q = try t(p + "attention.self.query.weight", [h, h]), k = try t(p + "attention.self.key.weight", [h, h])
      let v = try t(p + "attention.self.value.weight", [h, h])
      return Layer(
        qkv: try PackedMatrix(Self.transposedConcatenation([q, k, v], rows: h, columns: h), inputs: h, outputs: 3 * h,
                              precision: precision),
        qkvBias: try t(p + "attention.self.query.bias", [h]) + t(p + "attention.self.key.bias", [h])
          + t(p + "attention.self.value.bias", [h]),
        attentionOut: try PackedMatrix(Self.transposedConcatenation([try t(p + "attention.output.dense.weight", [h, h])],
                                                                     rows: h, columns: h), inputs: h, outputs: h, precision: precision),
        attentionOutBias: try t(p + "attention.output.dense.bias", [h]),
        attentionNormScale: try t(p + "attention.output.LayerNorm.weight", [h]),
        attentionNormBias: try t(p + "attention.output.LayerNorm.bias", [h]),
        intermediate: try PackedMatrix(Self.transposedConcatenation([try t(p + "intermediate.dense.weight", [f, h])],
                                                                     rows: f, columns: h), inputs: h, outputs: f, precision: precision),
        intermediateBias: try t(p + "intermediate.dense.bias", [f]),
        output: try PackedMatrix(Self.transposedConcatenation([try t(p + "output.dense.weight", [h, f])], rows: h, columns: f),
                                 inputs: f, outputs: h, precision: precision),
        outputBias: try t(p + "output.dense.bias", [h]),
        outputNormScale: try t(p + "output.LayerNorm.weight", [h]),
        outputNormBias: try t(p + "output.LayerNorm.bias", [h]))
    }
  }

  /// PyTorch's `[out, in]` matrices, side by side as one `[in, Σout]` matrix.
  static func transposedConcatenation(_ matrices: [[Float]], rows: Int, columns: Int) -> [Float] {
    let width = rows * matrices.count
    var out = [Float](repeating: 0, count: columns * width)
    for (m, matrix) in matrices.enumerated() {
      for r in 0..<rows {
        for c in 0..<columns { out[c * width + m * rows + r] = matrix[r * columns + c] }
      }
    }
    return out
  }
}
