import Foundation

/// A compact little-endian binary file: magic, featuriser settings and flags, temperature, threshold, labels,
/// feature hashes in row order, then the weight matrix as 32-bit floats.
extension IntentModel {
  static let magic: [UInt8] = Array("MESHNLU1".utf8)

  /// The model as bytes, for `init(serialized:)`.
  public func serialized() -> [UInt8] {
    var out = IntentModel.magic
    func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
    func f32(_ v: Float) { u32(v.bitPattern) }
    u32(UInt32(hasher.minCharGram)); u32(UInt32(hasher.maxCharGram)); f32(hasher.wordWeight)
    u32(hasher.crossWordCharGrams ? 1 : 0)  // feature flags
    f32(temperature); f32(threshold)
    u32(UInt32(labels.count))
    for l in labels { let b = Array(l.utf8); u32(UInt32(b.count)); out += b }
    var keys = [UInt64](repeating: 0, count: index.count)
    for (h, r) in index { keys[Int(r)] = h }
    u32(UInt32(keys.count))
    for k in keys { withUnsafeBytes(of: k.littleEndian) { out.append(contentsOf: $0) } }
    out.reserveCapacity(out.count + weights.count * 4)
    for w in weights { f32(w) }
    return out
  }

  /// Reads a model written by `serialized()`.
  /// - Parameters:
  ///   - bytes: the file's contents.
  /// - Throws: `IntentModelFileError.corrupt` when the bytes are not such a model.
  public init(serialized bytes: [UInt8]) throws {
    var at = 0
    func need(_ n: Int) throws { if at + n > bytes.count { throw IntentModelFileError.corrupt("truncated") } }
    func u32() throws -> UInt32 {
      try need(4)
      var v: UInt32 = 0
      for i in 0..<4 { v |= UInt32(bytes[at + i]) << (8 * UInt32(i)) }
      at += 4
      return v
    }
    func f32() throws -> Float { Float(bitPattern: try u32()) }
    try need(IntentModel.magic.count)
    guard Array(bytes[0..<IntentModel.magic.count]) == IntentModel.magic else {
      throw IntentModelFileError.corrupt("not a mesh intent model")
    }
    at = IntentModel.magic.count
    let minGram = Int(try u32()), maxGram = Int(try u32()), wordWeight = try f32()
    let flags = try u32()
    guard flags <= 1 else { throw IntentModelFileError.corrupt("unknown feature flags") }
    let temperature = try f32(), threshold = try f32()
    let labelCount = Int(try u32())
    guard labelCount >= 2 && labelCount < 100_000, minGram >= 1, maxGram >= minGram, maxGram < 64,
          temperature > 0 else { throw IntentModelFileError.corrupt("bad header") }
    var labels: [String] = []
    for _ in 0..<labelCount {
      let n = Int(try u32())
      try need(n)
      labels.append(String(decoding: bytes[at..<at + n], as: UTF8.self))
      at += n
    }
    let features = Int(try u32())
    try need(features * 8)
    var index: [UInt64: Int32] = [:]
    index.reserveCapacity(features)
    for r in 0..<features {
      var k: UInt64 = 0
      for i in 0..<8 { k |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
      at += 8
      index[k] = Int32(r)
    }
    guard index.count == features else { throw IntentModelFileError.corrupt("duplicate feature") }
    let count = features * labelCount
    guard at + count * 4 == bytes.count else { throw IntentModelFileError.corrupt("weight size") }
    var weights = [Float](repeating: 0, count: count)
    bytes.withUnsafeBytes { raw in
      for j in 0..<count {
        weights[j] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 4 * j,
                                                                               as: UInt32.self)))
      }
    }
    var hasher = FeatureHasher(minCharGram: minGram, maxCharGram: maxGram, wordWeight: wordWeight)
    hasher.crossWordCharGrams = flags & 1 != 0
    self.init(labels: labels, hasher: hasher,
              index: index, weights: weights, temperature: temperature, threshold: threshold)
  }

  /// Writes the model to `path`.
  /// - Parameters:
  ///   - path: the file to create or replace.
  /// - Throws: `IntentModelFileError.unwritable` on I/O failure.
  public func write(to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data(serialized())) else {
      throw IntentModelFileError.unwritable(path)
    }
  }

  /// Reads the model at `path`.
  /// - Parameters:
  ///   - path: a file written by `write(to:)`.
  /// - Throws: `IntentModelFileError`.
  public init(contentsOf path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else { throw IntentModelFileError.unreadable(path) }
    try self.init(serialized: [UInt8](data))
  }
}

/// Why a model file could not be used.
public enum IntentModelFileError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be read.
  case unreadable(String)
  /// The file could not be written.
  case unwritable(String)
  /// The bytes are not a model; the reason says what was wrong.
  case corrupt(String)

  /// A one-line message for people.
  public var description: String {
    switch self {
    case .unreadable(let p): return "cannot read model \(p)"
    case .unwritable(let p): return "cannot write model \(p)"
    case .corrupt(let why): return "corrupt model: \(why)"
    }
  }
}
