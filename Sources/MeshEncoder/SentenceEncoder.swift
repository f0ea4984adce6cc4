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
  ///   - precision: how the dense layers' weights are stored and multiplied (the fastest that runs here by
  ///     default; bfloat16 or AMX asked for on a CPU without them means `automatic`).
  /// - Throws: `EncoderError` or `SafeTensorsError` when a file is missing or inconsistent.
  public init(directory: URL, maxLength: Int = 256, precision: WeightPrecision = .automatic) throws {
    self.directory = directory
    configuration = try BertConfiguration(contentsOf: directory.appendingPathComponent("config.json").path)
    tokenizer = try WordPieceTokenizer(directory: directory, maxLength: min(maxLength, configuration.maxPositions))
    let file = try SafeTensors(contentsOf: directory.appendingPathComponent("model.safetensors").path)
    self.precision = precision.supported
    weights = try BertWeights(file, configuration: configuration, precision: self.precision)
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
    embed(tokenIDs: tokenIDs, layers: [configuration.layers])
  }

  /// Each sentence's mean-pooled, L2-normalised token vectors after each of `layers`, concatenated in
  /// that order (`layers.count × dimension` floats a sentence). Layer 0 is the embeddings' output and
  /// `configuration.layers` the last layer's, whose pooling alone is `embed(tokenIDs:)`: intent heads
  /// read a middle layer beside the last, which keeps more of the wording the last layer smooths away.
  /// - Parameters:
  ///   - tokenIDs: one id list per sentence (as `embed(tokenIDs:)`).
  ///   - layers: layer numbers in `0...configuration.layers`; others are ignored.
  public func embed(tokenIDs: [[Int32]], layers: [Int]) -> [[Float]] {
    embed(tokenIDs: tokenIDs, layers: layers, pooling: layers.map { _ in .mean })
  }

  /// As `embed(tokenIDs:layers:)`, each slot pooled its own way: slot `i` reduces layer `layers[i]`'s
  /// token vectors by `pooling[i]` (mean where `pooling` is short), then L2-normalises them.
  /// - Parameters:
  ///   - tokenIDs: one id list per sentence (as `embed(tokenIDs:)`).
  ///   - layers: layer numbers in `0...configuration.layers`; slots of others are left out.
  ///   - pooling: one pooling per slot of `layers`.
  public func embed(tokenIDs: [[Int32]], layers: [Int], pooling: [TokenPooling]) -> [[Float]] {
    let sequences = tokenIDs.map { ids -> [Int32] in
      let cut = ids.count > configuration.maxPositions ? Array(ids.prefix(configuration.maxPositions)) : ids
      return cut.map { $0 >= 0 && Int($0) < configuration.vocabularySize ? $0 : tokenizer.unknownID }
    }
    let wanted = layers.enumerated().filter { (0...configuration.layers).contains($0.element) }
      .map { (layer: $0.element, pooling: $0.offset < pooling.count ? pooling[$0.offset] : .mean) }
    guard !sequences.isEmpty else { return [] }
    let h = configuration.hiddenSize
    var out = [[Float]](repeating: [Float](repeating: 0, count: h * wanted.count), count: sequences.count)
    forward(sequences, after: { layer, hidden in
      for (slot, wantedSlot) in wanted.enumerated() where wantedSlot.layer == layer {
        Self.pool(hidden, sequences: sequences, width: h, by: wantedSlot.pooling, into: &out, offset: slot * h)
      }
    }, { _ in })
    return out
  }

  /// Each sentence's token rows reduced by `pooling`, L2-normalised, written at `offset` of its output vector.
  static func pool(_ hidden: UnsafePointer<Float>, sequences: [[Int32]], width h: Int, by pooling: TokenPooling = .mean,
                   into out: inout [[Float]], offset: Int) {
    var row = 0
    for (s, ids) in sequences.enumerated() {
      var pooled = [Float](repeating: pooling == .max && !ids.isEmpty ? -.infinity : 0, count: h)
      switch pooling {
      case .mean:
        for t in 0..<ids.count {
          let token = hidden + (row + t) * h
          for j in 0..<h { pooled[j] += token[j] }
        }
        let n = Float(max(ids.count, 1))
        for j in 0..<h { pooled[j] /= n }
      case .max:
        for t in 0..<ids.count {
          let token = hidden + (row + t) * h
          for j in 0..<h { pooled[j] = Swift.max(pooled[j], token[j]) }
        }
      case .first:
        if !ids.isEmpty { for j in 0..<h { pooled[j] = hidden[row * h + j] } }
      }
      row += ids.count
      var norm: Float = 0
      for j in 0..<h { norm += pooled[j] * pooled[j] }
      let inv = 1 / Swift.max(norm.squareRoot(), 1e-12)
      for j in 0..<h { out[s][offset + j] = pooled[j] * inv }
    }
  }

  /// The code the matrix kernels run on this CPU ("avx512", "avx2" or "portable").
  public static var instructionSet: String { Kernels.instructionSet }

  /// Runs the transformer over `sequences` and hands `body` the last layer's token vectors, stacked
  /// (`Σ lengths × hidden`), in one buffer that lives only for the call: one allocation per batch.
  /// `after` sees the same buffer after the embeddings (layer 0) and after each layer (1, 2, ...).
  func forward<Result>(_ sequences: [[Int32]], after: (Int, UnsafePointer<Float>) -> Void = { _, _ in },
                       _ body: (UnsafePointer<Float>) -> Result) -> Result {
    let c = configuration, h = c.hiddenSize, f = c.intermediateSize, heads = c.heads
    let total = sequences.reduce(0) { $0 + $1.count }
    let longest = sequences.reduce(0) { max($0, $1.count) }
    // x | qkv | context | delta | inner | scores, one block; then the bfloat16 (or AMX) products' rounded inputs.
    let floats = total * (6 * h + f) + longest
    let halves = Kernels.scratchHalves(rows: total, inputs: max(h, f), precision: precision)
    let arena = UnsafeMutableRawPointer.allocate(byteCount: floats * 4 + halves * 2, alignment: 64)
    defer { arena.deallocate() }
    let x = arena.bindMemory(to: Float.self, capacity: floats), qkv = x + total * h, context = qkv + total * 3 * h
    let delta = context + total * h, inner = delta + total * h, scores = inner + total * f
    let rounded = (arena + floats * 4).bindMemory(to: UInt16.self, capacity: halves)
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
    after(0, x)
    for (index, layer) in w.layers.enumerated() {
      // Query, key and value of every token in one product.
      Kernels.dense(rows: total, x, layer.qkv, bias: layer.qkvBias, into: qkv, scratch: rounded)
      // Attention per sentence, over that sentence's tokens only.
      var start = 0
      for ids in sequences {
        Kernels.attention(qkv + start * 3 * h, tokens: ids.count, hidden: h, heads: heads, scale: scale,
                          into: context + start * h, scratch: scores)
        start += ids.count
      }
      Kernels.dense(rows: total, context, layer.attentionOut, bias: layer.attentionOutBias, into: delta, scratch: rounded)
      Kernels.residualLayerNorm(x, delta: delta, rows: total, width: h, scale: layer.attentionNormScale,
                                shift: layer.attentionNormBias, epsilon: epsilon)
      Kernels.dense(rows: total, x, layer.intermediate, bias: layer.intermediateBias, gelu: true, into: inner, scratch: rounded)
      Kernels.dense(rows: total, inner, layer.output, bias: layer.outputBias, into: delta, scratch: rounded)
      Kernels.residualLayerNorm(x, delta: delta, rows: total, width: h, scale: layer.outputNormScale,
                                shift: layer.outputNormBias, epsilon: epsilon)
      after(index + 1, x)
    }
    return body(x)
  }
}
