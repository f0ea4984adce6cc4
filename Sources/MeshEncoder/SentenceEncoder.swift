public import Foundation

/// A BERT sentence encoder (all-MiniLM-L6-v2 and its kin): WordPiece ids, the transformer,
/// mean pooling over each sentence's tokens and L2 normalisation, as sentence-transformers computes it.
/// The dense layers run on CMeshKernels against weights packed at load time (AVX-512 or AVX2 chosen
/// at run time); nothing but one scratch block is allocated per batch.
///
/// A batch is run without padding: the sentences' tokens are stacked into one matrix for every dense
/// layer, and attention runs per sentence over its own tokens. That is the same arithmetic as padding to
/// the longest sentence with an attention mask (masked keys get weight exactly 0), without the work on
/// padding rows.
public final class SentenceEncoder: Sendable {
  /// The model's shape.
  public let configuration: BertConfiguration
  /// The tokenizer read from the same folder.
  public let tokenizer: WordPieceTokenizer
  /// The folder the model was read from.
  public let directory: URL
  let weights: BertWeights
  /// How the dense layers' weights are stored.
  public let precision: WeightPrecision

  /// Width of an embedding (384 for MiniLM-L6).
  public var dimension: Int { configuration.hiddenSize }

  /// Loads the model found by `ModelDirectory.locate()`.
  /// - Throws: `EncoderError.unavailable` when no weights are installed, or a file error.
  public convenience init() throws {
    try self.init(directory: ModelDirectory.locate())
  }

  /// Loads `config.json`, `tokenizer.json` (or `vocab.txt`) and `model.safetensors` from `directory`.
  /// - Parameters:
  ///   - directory: the model folder.
  ///   - maxLength: the most tokens per sentence, `[CLS]` and `[SEP]` included (256 as sentence-transformers).
  ///   - precision: how the dense layers' weights are stored (half where the CPU converts it in hardware).
  /// - Throws: `EncoderError` or `SafeTensorsError` when a file is missing or inconsistent.
  public init(directory: URL, maxLength: Int = 256, precision: WeightPrecision = .automatic) throws {
    self.directory = directory
    configuration = try BertConfiguration(contentsOf: directory.appendingPathComponent("config.json").path)
    tokenizer = try WordPieceTokenizer(directory: directory, maxLength: min(maxLength, configuration.maxPositions))
    let file = try SafeTensors(contentsOf: directory.appendingPathComponent("model.safetensors").path)
    weights = try BertWeights(file, configuration: configuration, precision: precision)
    self.precision = precision
    guard tokenizer.vocabularySize <= configuration.vocabularySize else {
      throw EncoderError.badModelFile(directory.path, "the tokenizer has more tokens than the embeddings")
    }
  }

  /// The normalised embedding of one text.
  /// - Parameter text: any text (an empty one still has `[CLS]` and `[SEP]`).
  public func embed(_ text: String) -> [Float] {
    embed(tokenIDs: [tokenizer.encode(text)])[0]
  }

  /// The normalised embeddings of `texts`, computed as one batch.
  /// - Parameter texts: any texts.
  public func embed(_ texts: [String]) -> [[Float]] {
    embed(tokenIDs: texts.map(tokenizer.encode))
  }

  /// The normalised embeddings of already tokenised sentences (ids outside the vocabulary count as
  /// `[UNK]`; sequences longer than the model's positions are cut).
  /// - Parameter tokenIDs: one id list per sentence.
  public func embed(tokenIDs: [[Int32]]) -> [[Float]] {
    let sequences = tokenIDs.map { ids -> [Int32] in
      let cut = ids.count > configuration.maxPositions ? Array(ids.prefix(configuration.maxPositions)) : ids
      return cut.map { $0 >= 0 && Int($0) < configuration.vocabularySize ? $0 : tokenizer.unknownID }
    }
    guard !sequences.isEmpty else { return [] }
    let h = configuration.hiddenSize
    return forward(sequences) { hidden in
      var out: [[Float]] = []
      out.reserveCapacity(sequences.count)
      var row = 0
      for ids in sequences {
        var pooled = [Float](repeating: 0, count: h)
        for t in 0..<ids.count {
          let token = hidden + (row + t) * h
          for j in 0..<h { pooled[j] += token[j] }
        }
        row += ids.count
        let n = Float(max(ids.count, 1))
        var norm: Float = 0
        for j in 0..<h { pooled[j] /= n; norm += pooled[j] * pooled[j] }
        let inv = 1 / max(norm.squareRoot(), 1e-12)
        for j in 0..<h { pooled[j] *= inv }
        out.append(pooled)
      }
      return out
    }
  }

  /// The code the matrix kernels run on this CPU ("avx512", "avx2" or "portable").
  public static var instructionSet: String { Kernels.instructionSet }

  /// Runs the transformer over `sequences` and hands `body` the last layer's token vectors, stacked
  /// (`Σ lengths × hidden`), in one buffer that lives only for the call: one allocation per batch.
  func forward<Result>(_ sequences: [[Int32]], _ body: (UnsafePointer<Float>) -> Result) -> Result {
    let c = configuration, h = c.hiddenSize, f = c.intermediateSize, heads = c.heads
    let total = sequences.reduce(0) { $0 + $1.count }
    let longest = sequences.reduce(0) { max($0, $1.count) }
    // x | qkv | context | delta | inner | scores, one block.
    let arena = UnsafeMutablePointer<Float>.allocate(capacity: total * (6 * h + f) + longest)
    defer { arena.deallocate() }
    let x = arena, qkv = x + total * h, context = qkv + total * 3 * h, delta = context + total * h
    let inner = delta + total * h, scores = inner + total * f
    let scale = 1 / Float(h / heads).squareRoot()
    let epsilon = c.layerNormEpsilon
    let w = weights

    // Embeddings: word + position + token type 0, then LayerNorm.
    w.wordEmbeddings.withUnsafeBufferPointer { words in
      w.positionEmbeddings.withUnsafeBufferPointer { positions in
        w.tokenType0.withUnsafeBufferPointer { type0 in
          guard let words = words.baseAddress, let positions = positions.baseAddress, let type0 = type0.baseAddress else { return }
          var row = 0
          for ids in sequences {
            for (p, id) in ids.enumerated() {
              let out = x + row * h, word = words + Int(id) * h, position = positions + p * h
              for j in 0..<h { out[j] = word[j] + position[j] + type0[j] }
              row += 1
            }
          }
        }
      }
    }
    Kernels.residualLayerNorm(x, delta: nil, rows: total, width: h, scale: w.embeddingNormScale,
                              shift: w.embeddingNormBias, epsilon: epsilon)
    for layer in w.layers {
      // Query, key and value of every token in one product.
      Kernels.dense(rows: total, x, layer.qkv, bias: layer.qkvBias, into: qkv)
      // Attention per sentence, over that sentence's tokens only.
      var start = 0
      for ids in sequences {
        Kernels.attention(qkv + start * 3 * h, tokens: ids.count, hidden: h, heads: heads, scale: scale,
                          into: context + start * h, scratch: scores)
        start += ids.count
      }
      Kernels.dense(rows: total, context, layer.attentionOut, bias: layer.attentionOutBias, into: delta)
      Kernels.residualLayerNorm(x, delta: delta, rows: total, width: h, scale: layer.attentionNormScale,
                                shift: layer.attentionNormBias, epsilon: epsilon)
      Kernels.dense(rows: total, x, layer.intermediate, bias: layer.intermediateBias, gelu: true, into: inner)
      Kernels.dense(rows: total, inner, layer.output, bias: layer.outputBias, into: delta)
      Kernels.residualLayerNorm(x, delta: delta, rows: total, width: h, scale: layer.outputNormScale,
                                shift: layer.outputNormBias, epsilon: epsilon)
    }
    return body(x)
  }
}
