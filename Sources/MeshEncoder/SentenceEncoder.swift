public import Foundation

/// A BERT sentence encoder (all-MiniLM-L6-v2 and its kin): WordPiece ids, the transformer on OpenBLAS,
/// mean pooling over each sentence's tokens and L2 normalisation, as sentence-transformers computes it.
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
  /// - Throws: `EncoderError` or `SafeTensorsError` when a file is missing or inconsistent.
  public init(directory: URL, maxLength: Int = 256) throws {
    self.directory = directory
    configuration = try BertConfiguration(contentsOf: directory.appendingPathComponent("config.json").path)
    tokenizer = try WordPieceTokenizer(directory: directory, maxLength: min(maxLength, configuration.maxPositions))
    let file = try SafeTensors(contentsOf: directory.appendingPathComponent("model.safetensors").path)
    weights = try BertWeights(file, configuration: configuration)
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
    let hidden = forward(sequences)
    let h = configuration.hiddenSize
    var out: [[Float]] = []
    out.reserveCapacity(sequences.count)
    var row = 0
    for ids in sequences {
      var pooled = [Float](repeating: 0, count: h)
      for t in 0..<ids.count {
        for j in 0..<h { pooled[j] += hidden[(row + t) * h + j] }
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

  /// The last layer's token vectors of every sequence, stacked (`Σ lengths × hidden`).
  func forward(_ sequences: [[Int32]]) -> [Float] {
    let c = configuration, h = c.hiddenSize, f = c.intermediateSize, heads = c.heads, d = h / heads
    let total = sequences.reduce(0) { $0 + $1.count }
    let longest = sequences.reduce(0) { max($0, $1.count) }
    var x = [Float](repeating: 0, count: total * h)
    var qkv = [Float](repeating: 0, count: total * 3 * h)
    var context = [Float](repeating: 0, count: total * h)
    var delta = [Float](repeating: 0, count: total * h)
    var inner = [Float](repeating: 0, count: total * f)
    var scores = [Float](repeating: 0, count: longest * longest)
    let scale = 1 / Float(d).squareRoot()
    let epsilon = c.layerNormEpsilon
    let w = weights

    x.withUnsafeMutableBufferPointer { xb in
      let x = xb.baseAddress!
      // Embeddings: word + position + token type 0, then LayerNorm.
      w.wordEmbeddings.withUnsafeBufferPointer { words in
        w.positionEmbeddings.withUnsafeBufferPointer { positions in
          var row = 0
          for ids in sequences {
            for (p, id) in ids.enumerated() {
              let out = x + row * h, word = words.baseAddress! + Int(id) * h, pos = positions.baseAddress! + p * h
              var sum: Float = 0
              for j in 0..<h {
                let v = word[j] + pos[j] + w.tokenType0[j]
                out[j] = v
                sum += v
              }
              Kernels.normalizeRow(out, width: h, mean: sum / Float(h), scale: w.embeddingNormScale,
                                   shift: w.embeddingNormBias, epsilon: epsilon)
              row += 1
            }
          }
        }
      }
      qkv.withUnsafeMutableBufferPointer { qkvb in
        context.withUnsafeMutableBufferPointer { ctxb in
          delta.withUnsafeMutableBufferPointer { deltab in
            inner.withUnsafeMutableBufferPointer { innerb in
              scores.withUnsafeMutableBufferPointer { sb in
                let qkv = qkvb.baseAddress!, ctx = ctxb.baseAddress!, delta = deltab.baseAddress!
                let inner = innerb.baseAddress!, s = sb.baseAddress!
                for layer in w.layers {
                  // Query, key and value of every token in one product.
                  Kernels.gemm(m: total, n: 3 * h, k: h, a: x, lda: h, b: layer.qkv, ldb: 3 * h, c: qkv, ldc: 3 * h)
                  Kernels.addBias(qkv, rows: total, width: 3 * h, bias: layer.qkvBias)
                  // Attention per sentence and head, over that sentence's tokens only.
                  var start = 0
                  for ids in sequences {
                    let n = ids.count
                    for head in 0..<heads {
                      let q = qkv + start * 3 * h + head * d
                      Kernels.gemm(m: n, n: n, k: d, alpha: scale, a: q, lda: 3 * h, b: q + h, ldb: 3 * h,
                                   transposeB: true, c: s, ldc: n)
                      Kernels.softmaxRows(s, rows: n, width: n)
                      Kernels.gemm(m: n, n: d, k: n, a: s, lda: n, b: q + 2 * h, ldb: 3 * h,
                                   c: ctx + start * h + head * d, ldc: h)
                    }
                    start += n
                  }
                  Kernels.gemm(m: total, n: h, k: h, a: ctx, lda: h, b: layer.attentionOut, ldb: h, c: delta, ldc: h)
                  Kernels.addResidualLayerNorm(x, delta: delta, bias: layer.attentionOutBias, rows: total, width: h,
                                               scale: layer.attentionNormScale, shift: layer.attentionNormBias,
                                               epsilon: epsilon)
                  Kernels.gemm(m: total, n: f, k: h, a: x, lda: h, b: layer.intermediate, ldb: f, c: inner, ldc: f)
                  Kernels.addBiasGELU(inner, rows: total, width: f, bias: layer.intermediateBias)
                  Kernels.gemm(m: total, n: h, k: f, a: inner, lda: f, b: layer.output, ldb: h, c: delta, ldc: h)
                  Kernels.addResidualLayerNorm(x, delta: delta, bias: layer.outputBias, rows: total, width: h,
                                               scale: layer.outputNormScale, shift: layer.outputNormBias,
                                               epsilon: epsilon)
                }
              }
            }
          }
        }
      }
    }
    return x
  }
}
