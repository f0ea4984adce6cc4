public import Foundation
public import MeshEncoder
import MeshCrypto

/// What a fitted head depends on, as one SHA-256: a stored head is read only when every input is the one
/// it was fitted from, and any change (an utterance, the weights, the trainer) refits it instead of
/// reading a stale one. The parts are length-prefixed, so no two different inputs run together alike.
public struct HeadKey: Sendable, Equatable {
  /// The 32-byte digest.
  public let digest: [UInt8]

  /// The digest in hex (file names; the first 16 characters are enough to tell heads apart by eye).
  public var hex: String { digest.map { String(format: "%02x", $0) }.joined() }

  /// The digest of `parts`, each as its name, its length and its bytes.
  /// - Parameter parts: named inputs, in a fixed order.
  public init(_ parts: [(name: String, bytes: [UInt8])]) {
    var all: [UInt8] = []
    for (name, bytes) in parts {
      for field in [Array(name.utf8), bytes] {
        var n = UInt64(field.count)
        for _ in 0..<8 { all.append(UInt8(truncatingIfNeeded: n)); n >>= 8 }
        all += field
      }
    }
    digest = SHA256.hash(all)
  }

  /// The key of a head fitted by `recipe` on `utterances` over `encoder`'s features.
  /// - Parameters:
  ///   - utterances: the training texts and labels, in order.
  ///   - encoder: `EncoderIdentity.of(_:)` of the encoder that embeds them.
  ///   - recipe: how the head is fitted from them, in words that change when the result would (the
  ///     trainer's settings, a rule, the data a fold fit also reads).
  public init(utterances: [(text: String, label: String)], encoder: EncoderIdentity, recipe: String) {
    self.init(utterances: utterances, encoderDigest: encoder.digest, recipe: recipe)
  }

  /// As `init(utterances:encoder:recipe:)`, with the encoder's digest.
  init(utterances: [(text: String, label: String)], encoderDigest: [UInt8], recipe: String) {
    self.init([("store", Array("mesh-nlu-head/\(HeadStore.revision)".utf8)), ("encoder", encoderDigest),
               ("trainer", TrainerProbe.digest), ("recipe", Array(recipe.utf8)), ("utterances", Self.bytes(utterances))])
  }

  /// The key of an n-gram model trained by `IntentTrainer` with `recipe` (its configuration) on
  /// `utterances`: no encoder, the n-gram trainer's probe.
  init(ngramUtterances utterances: [(text: String, label: String)], recipe: String) {
    self.init([("store", Array("mesh-nlu-ngram/\(HeadStore.revision)".utf8)), ("trainer", TrainerProbe.ngramDigest),
               ("recipe", Array(recipe.utf8)), ("utterances", Self.bytes(utterances))])
  }

  /// Each text and label followed by a 0 byte.
  static func bytes(_ utterances: [(text: String, label: String)]) -> [UInt8] {
    var data: [UInt8] = []
    for (text, label) in utterances { data += text.utf8; data.append(0); data += label.utf8; data.append(0) }
    return data
  }
}

/// The encoder as a fitted head sees it: its files (weights, configuration, vocabulary), the precision and
/// kernels its products run on (a head fitted on AVX2's floats is not the one AVX-512's would fit), and
/// its embeddings of a few probe sentences, which change with any change to the forward pass's code.
public struct EncoderIdentity: Sendable {
  /// SHA-256 over all of it.
  public let digest: [UInt8]

  /// The files of `encoder.directory` that its output depends on; the ones that exist are hashed.
  static let files = ["model.safetensors", "config.json", "tokenizer.json", "vocab.txt"]

  /// Sentences embedded for the digest: short, long, punctuation and non-Latin, so most code paths run.
  static let probes = ["where is my order #10042?", "", "Ünïcödé 🙂 注文はどこですか",
                       String(repeating: "I would like to return the blue running shoes I bought last week, please. ", count: 6)]

  /// Hashes `encoder`'s files (about 0.1 s for the 90 MB of weights, read in 8 MB pieces) and probes.
  /// - Throws: a file error when a file exists but cannot be read.
  public init(of encoder: SentenceEncoder) throws {
    var parts: [(name: String, bytes: [UInt8])] = []
    for name in Self.files {
      let url = encoder.directory.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      let data = try Data(contentsOf: url, options: .alwaysMapped)
      var pieces: [UInt8] = []
      for start in stride(from: 0, to: data.count, by: 8 << 20) {
        pieces += SHA256.hash(Array(data[data.startIndex + start..<data.startIndex + min(start + (8 << 20), data.count)]))
      }
      parts.append((name, pieces))
    }
    parts.append(("precision", Array("\(encoder.precision)".utf8)))
    parts.append(("kernels", Array(SentenceEncoder.instructionSet.utf8)))
    parts.append(("max-length", Array("\(encoder.tokenizer.maxLength)".utf8)))
    var bits: [UInt8] = []
    for vector in encoder.embed(Self.probes) {
      for v in vector { withUnsafeBytes(of: v.bitPattern.littleEndian) { bits += $0 } }
    }
    parts.append(("probes", bits))
    digest = HeadKey(parts).digest
  }
}
