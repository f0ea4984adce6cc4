public import Foundation

/// The shape of a BERT encoder, from the model's `config.json`.
public struct BertConfiguration: Sendable, Equatable {
  /// Width of every token vector (384 for MiniLM-L6).
  public var hiddenSize: Int
  /// Number of transformer layers.
  public var layers: Int
  /// Attention heads per layer.
  public var heads: Int
  /// Width of the feed-forward layer.
  public var intermediateSize: Int
  /// Positions the model has embeddings for.
  public var maxPositions: Int
  /// Vocabulary size.
  public var vocabularySize: Int
  /// LayerNorm's epsilon.
  public var layerNormEpsilon: Float

  /// Reads `config.json`; only BERT with GELU is accepted.
  /// - Parameter path: the file.
  /// - Throws: `EncoderError.badModelFile` when it is missing or describes another architecture.
  public init(contentsOf path: String) throws {
    guard let data = FileManager.default.contents(atPath: path),
          let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
      throw EncoderError.badModelFile(path, "not a JSON object")
    }
    func int(_ key: String) throws -> Int {
      guard let v = object[key] as? Int, v > 0 else { throw EncoderError.badModelFile(path, "\(key) missing or not positive") }
      return v
    }
    guard (object["model_type"] as? String) == "bert" else { throw EncoderError.badModelFile(path, "model_type is not bert") }
    guard (object["hidden_act"] as? String ?? "gelu") == "gelu" else {
      throw EncoderError.badModelFile(path, "only hidden_act gelu is implemented")
    }
    hiddenSize = try int("hidden_size")
    layers = try int("num_hidden_layers")
    heads = try int("num_attention_heads")
    intermediateSize = try int("intermediate_size")
    maxPositions = try int("max_position_embeddings")
    vocabularySize = try int("vocab_size")
    layerNormEpsilon = Float(object["layer_norm_eps"] as? Double ?? 1e-12)
    guard hiddenSize % heads == 0 else { throw EncoderError.badModelFile(path, "hidden_size is not a multiple of the heads") }
  }
}
