import Foundation

/// The vote in a head's JSON file: its settings as numbers, the classes as integers, and the vectors as
/// base64 of little-endian IEEE half floats (rows are unit vectors, so half precision loses nothing the
/// vote can see, and BANKING77's 10,003 × 768 take 15 MB instead of 100 MB of decimal text).
extension EmbeddingNeighbours {
  /// The JSON object for the file.
  /// - Parameter weight: the vote's share of the model's probabilities.
  func fileObject(weight: Float) -> [String: Any] {
    ["count": count, "sharpness": Double(sharpness), "weight": Double(weight), "classes": classes,
            "vectors": HalfFloatText.encode(vectors)]
  }

  /// Reads `fileObject(weight:)`'s output; nil when a field is missing, out of range or of the wrong size.
  /// - Parameters:
  ///   - object: the `neighbours` field.
  ///   - dimension: the head's feature width.
  ///   - classCount: the head's labels.
  /// - Returns: the vote and its share.
  static func read(fileObject object: Any, dimension: Int, classCount: Int) -> (vote: EmbeddingNeighbours, weight: Float)? {
    guard let o = object as? [String: Any], let count = o["count"] as? Int, (1...1000).contains(count),
          let sharpness = o["sharpness"] as? Double, sharpness > 0, sharpness.isFinite,
          let weight = o["weight"] as? Double, (0...1).contains(weight),
          let classes = o["classes"] as? [Int], classes.allSatisfy({ (0..<classCount).contains($0) }),
          let text = o["vectors"] as? String, let vectors = HalfFloatText.decode(text),
          vectors.count == classes.count * dimension else { return nil }
    return (EmbeddingNeighbours(dimension: dimension, vectors: vectors, classes: classes, count: count,
                                sharpness: Float(sharpness)), Float(weight))
  }
}
