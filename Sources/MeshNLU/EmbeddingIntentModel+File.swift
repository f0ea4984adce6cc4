public import Foundation
import MeshIntent

/// The head as a JSON file: a format marker, the encoder it was trained on, labels, calibration, and the
/// standardisation and weights as numbers. Every field is checked on reading.
extension EmbeddingIntentModel {
  /// The `format` field that marks such a file.
  public static let format = "mesh-embedding-intent-model/1"

  /// Whether `data` looks like this format (so a caller can tell it from an n-gram model file).
  /// - Parameter data: the whole file.
  public static func isEmbeddingModel(_ data: Data) -> Bool {
    guard data.first == UInt8(ascii: "{") else { return false }
    return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["format"] as? String == format
  }

  /// The model as JSON.
  /// - Parameter encoder: the name of the encoder the embeddings come from.
  public func serialized(encoder: String) throws -> Data {
    let object: [String: Any] = [
      "format": Self.format, "encoder": encoder, "dimension": dimension, "labels": labels,
      "temperature": Double(temperature), "threshold": Double(threshold),
      "mean": mean.map(Double.init), "inverseDeviation": inverseDeviation.map(Double.init),
      "weights": weights.map(Double.init), "bias": bias.map(Double.init),
    ]
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  /// Reads a model written by `serialized(encoder:)`.
  /// - Parameter data: the file's contents.
  /// - Throws: `EmbeddingModelFileError` when it is not such a model or its arrays do not fit.
  public init(serialized data: Data) throws {
    guard let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any], o["format"] as? String == Self.format else {
      throw EmbeddingModelFileError.corrupt("not a \(Self.format) file")
    }
    guard let dimension = o["dimension"] as? Int, dimension > 0, let labels = o["labels"] as? [String], labels.count >= 2,
          let temperature = o["temperature"] as? Double, temperature > 0, let threshold = o["threshold"] as? Double,
          let mean = o["mean"] as? [Double], let inverse = o["inverseDeviation"] as? [Double],
          let weights = o["weights"] as? [Double], let bias = o["bias"] as? [Double] else {
      throw EmbeddingModelFileError.corrupt("a field is missing or of the wrong type")
    }
    guard mean.count == dimension, inverse.count == dimension, bias.count == labels.count,
          weights.count == dimension * labels.count, Set(labels).count == labels.count else {
      throw EmbeddingModelFileError.corrupt("array sizes do not match \(dimension) features and \(labels.count) labels")
    }
    self.init(labels: labels, outOfScopeIndex: labels.firstIndex(of: IntentModel.outOfScopeLabel), dimension: dimension,
              mean: mean.map(Float.init), inverseDeviation: inverse.map(Float.init), weights: weights.map(Float.init),
              bias: bias.map(Float.init), temperature: Float(temperature), threshold: Float(threshold))
  }

  /// The encoder named in a model file, for checking it matches the installed one.
  /// - Parameter data: the file's contents.
  public static func encoderName(_ data: Data) -> String? {
    ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["encoder"] as? String
  }
}

/// Why an embedding model file could not be read.
public enum EmbeddingModelFileError: Error, Equatable, CustomStringConvertible {
  /// The file is not a model of this format; the reason says what is wrong.
  case corrupt(String)

  /// A one-line message for people.
  public var description: String {
    switch self { case .corrupt(let why): return "embedding intent model: \(why)" }
  }
}
