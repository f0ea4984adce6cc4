public import Foundation
import MeshEncoder
import MeshIntent

/// The head as a JSON file: a format marker, the encoder it was trained on, labels, calibration, and the
/// standardisation and weights as numbers. Every field is checked on reading.
extension EmbeddingIntentModel {
  /// The `format` field that marks such a file.
  public static let format = "mesh-embedding-intent-model/1"
  /// The format of a head with encoder layers, a hidden layer or a neighbour vote (`layers`, `hiddenWidth`,
  /// `hiddenWeights`, `hiddenBias`, `neighbours`); read beside the first.
  public static let formatWithLayers = "mesh-embedding-intent-model/2"

  /// Whether `data` looks like this format (so a caller can tell it from an n-gram model file).
  /// - Parameter data: the whole file.
  public static func isEmbeddingModel(_ data: Data) -> Bool {
    guard data.first == UInt8(ascii: "{") else { return false }
    let marker = ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["format"] as? String
    return marker == format || marker == formatWithLayers
  }

  /// The model as JSON.
  /// - Parameter encoder: the name of the encoder the embeddings come from.
  public func serialized(encoder: String) throws -> Data {
    var object: [String: Any] = [
      "format": Self.format, "encoder": encoder, "dimension": dimension, "labels": labels,
      "temperature": Double(temperature), "threshold": Double(threshold),
      "mean": mean.map(Double.init), "inverseDeviation": inverseDeviation.map(Double.init),
      "weights": weights.map(Double.init), "bias": bias.map(Double.init),
    ]
    if layers != nil || hidden != nil {
      object["format"] = Self.formatWithLayers
      if let layers { object["layers"] = layers }
      if let pooling, pooling.contains(where: { $0 != .mean }) { object["pooling"] = pooling.map(\.rawValue) }
      if let hidden {
        object["hiddenWidth"] = hidden.width
        object["hiddenWeights"] = hidden.weights.map(Double.init)
        object["hiddenBias"] = hidden.bias.map(Double.init)
      }
    }
    if let neighbours {
      object["format"] = Self.formatWithLayers
      object["neighbours"] = neighbours.fileObject(weight: neighbourWeight)
    }
    if let blendRule {
      object["format"] = Self.formatWithLayers
      var rule: [String: Any] = ["headWeight": Double(blendRule.headWeight), "threshold": Double(blendRule.threshold)]
      if let minimum = blendRule.minimumCentroidCosine, let nearness {
        rule["minimumCentroidCosine"] = Double(minimum)
        rule["centroids"] = nearness.centroids.map(Double.init)
      }
      if let minimum = blendRule.minimumNeighbourCosine, let nearness, !nearness.rows.isEmpty {
        // Unit rows in half floats, as the neighbour vote stores them.
        rule["minimumNeighbourCosine"] = Double(minimum)
        rule["rows"] = HalfFloatText.encode(nearness.rows)
      }
      object["blendRule"] = rule
    }
    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  /// Reads a model written by `serialized(encoder:)`.
  /// - Parameter data: the file's contents.
  /// - Throws: `EmbeddingModelFileError` when it is not such a model or its arrays do not fit.
  public init(serialized data: Data) throws {
    guard let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
          [Self.format, Self.formatWithLayers].contains(o["format"] as? String ?? "") else {
      throw EmbeddingModelFileError.corrupt("not a \(Self.format) or \(Self.formatWithLayers) file")
    }
    guard let dimension = o["dimension"] as? Int, dimension > 0, let labels = o["labels"] as? [String], labels.count >= 2,
          let temperature = o["temperature"] as? Double, temperature > 0, let threshold = o["threshold"] as? Double,
          let mean = o["mean"] as? [Double], let inverse = o["inverseDeviation"] as? [Double],
          let weights = o["weights"] as? [Double], let bias = o["bias"] as? [Double] else {
      throw EmbeddingModelFileError.corrupt("a field is missing or of the wrong type")
    }
    var hidden: EmbeddingHiddenLayer?
    if let width = o["hiddenWidth"] as? Int {
      guard width > 0, let w = o["hiddenWeights"] as? [Double], let b = o["hiddenBias"] as? [Double],
            w.count == dimension * width, b.count == width else {
        throw EmbeddingModelFileError.corrupt("the hidden layer's arrays do not match \(dimension) features")
      }
      hidden = EmbeddingHiddenLayer(inputs: dimension, width: width, weights: w.map(Float.init), bias: b.map(Float.init))
    }
    let layers = o["layers"] as? [Int]
    var pooling: [TokenPooling]?
    if let names = o["pooling"] {
      // One known pooling per layer slot, or the features would not be the ones the weights were fitted on.
      guard let names = names as? [String], let layers, names.count == layers.count else {
        throw EmbeddingModelFileError.corrupt("the pooling list does not name one pooling per layer")
      }
      let read = names.compactMap(TokenPooling.init(rawValue:))
      guard read.count == names.count else { throw EmbeddingModelFileError.corrupt("unknown pooling in \(names)") }
      pooling = read
    }
    guard mean.count == dimension, inverse.count == dimension, bias.count == labels.count,
          weights.count == (hidden?.width ?? dimension) * labels.count, Set(labels).count == labels.count,
          layers.map({ !$0.isEmpty && dimension % $0.count == 0 }) ?? true else {
      throw EmbeddingModelFileError.corrupt("array sizes do not match \(dimension) features and \(labels.count) labels")
    }
    var neighbours: (vote: EmbeddingNeighbours, weight: Float)?
    if let object = o["neighbours"] {
      guard let read = EmbeddingNeighbours.read(fileObject: object, dimension: dimension, classCount: labels.count) else {
        throw EmbeddingModelFileError.corrupt("the neighbours' vectors or classes do not match \(dimension) features")
      }
      neighbours = read
    }
    self.init(labels: labels, outOfScopeIndex: labels.firstIndex(of: IntentModel.outOfScopeLabel), dimension: dimension,
              mean: mean.map(Float.init), inverseDeviation: inverse.map(Float.init), weights: weights.map(Float.init),
              bias: bias.map(Float.init), temperature: Float(temperature), threshold: Float(threshold), layers: layers,
              pooling: pooling,
              hidden: hidden, neighbours: neighbours?.vote, neighbourWeight: neighbours?.weight ?? 0)
    if let rule = o["blendRule"] {
      guard let rule = rule as? [String: Any], let weight = rule["headWeight"] as? Double, (0...1).contains(weight),
            let threshold = rule["threshold"] as? Double, (0...1).contains(threshold) else {
        throw EmbeddingModelFileError.corrupt("the blend rule's weight or threshold is missing or outside [0, 1]")
      }
      var minimum: Float?
      if let m = rule["minimumCentroidCosine"] {
        guard let m = m as? Double, (-1...1).contains(m), let centroids = rule["centroids"] as? [Double], !centroids.isEmpty,
              centroids.count % dimension == 0 else {
          throw EmbeddingModelFileError.corrupt("the blend rule's centroids do not match \(dimension) features")
        }
        minimum = Float(m)
        nearness = InScopeNearness(dimension: dimension, rows: [], centroids: centroids.map(Float.init))
      }
      var neighbourMinimum: Float?
      if let m = rule["minimumNeighbourCosine"] {
        guard let m = m as? Double, (-1...1).contains(m), let text = rule["rows"] as? String,
              let rows = HalfFloatText.decode(text), !rows.isEmpty, rows.count % dimension == 0 else {
          throw EmbeddingModelFileError.corrupt("the blend rule's rows do not match \(dimension) features")
        }
        neighbourMinimum = Float(m)
        nearness = InScopeNearness(dimension: dimension, rows: rows, centroids: nearness?.centroids ?? [])
      }
      blendRule = BlendedDecisionRule(headWeight: Float(weight), threshold: Float(threshold), minimumCentroidCosine: minimum,
                                      minimumNeighbourCosine: neighbourMinimum)
    }
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
