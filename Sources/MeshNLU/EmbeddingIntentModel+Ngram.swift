public import Foundation
public import MeshIntent

/// A head file that also carries the n-gram model trained on the same data (its bytes in base64, with
/// the head's share of the blend): `mesh nlu train` writes both, because the mean of the two beats either
/// (docs/INTENTS.md), and one file keeps them together. Readers that know only the head ignore the field.
extension EmbeddingIntentModel {
  /// The head's file with `ngram` and the head's share `weight` (in [0, 1]) added.
  /// - Parameters:
  ///   - encoder: the name of the encoder the embeddings come from.
  ///   - ngram: an n-gram model trained on the same labelled data.
  ///   - weight: the head's share of the averaged probabilities.
  public func serialized(encoder: String, ngram: IntentModel, weight: Float) throws -> Data {
    guard var object = try JSONSerialization.jsonObject(with: try serialized(encoder: encoder)) as? [String: Any] else {
      throw EmbeddingModelFileError.corrupt("the head did not serialise to an object")
    }
    object["ngram"] = Data(ngram.serialized()).base64EncodedString()
    // A fitted blend rule carries its own weight, which the file's readers should use.
    object["ngramWeight"] = Double(min(max(blendRule?.headWeight ?? weight, 0), 1))
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  /// The n-gram model a head file carries and the head's share of the blend, or nil when it has none.
  /// - Parameter data: the whole file.
  /// - Throws: `EmbeddingModelFileError` when the field is there but unreadable, or the weight is outside [0, 1].
  public static func blendedNgram(_ data: Data) throws -> (model: IntentModel, weight: Float)? {
    guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any], let text = object["ngram"] else {
      return nil
    }
    guard let text = text as? String, let bytes = Data(base64Encoded: text),
          let weight = object["ngramWeight"] as? Double, (0...1).contains(weight) else {
      throw EmbeddingModelFileError.corrupt("the n-gram model or its weight is malformed")
    }
    do { return (try IntentModel(serialized: Array(bytes)), Float(weight)) } catch {
      throw EmbeddingModelFileError.corrupt("the n-gram model: \(error)")
    }
  }
}
