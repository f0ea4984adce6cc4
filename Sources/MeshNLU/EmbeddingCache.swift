public import Foundation

/// Features of texts kept in a file between runs, so that runs trying head settings on the same data
/// (`mesh nlu eval --embedding-cache FILE`) encode each text once: BANKING77's 10,003 utterances take
/// minutes to encode under load, a head's training seconds. The file is keyed by `key` (the encoder's
/// weights, precision and the feature layout, `EmbeddingCache.key`); a file of another key, or one that
/// does not parse, is ignored and rewritten, never trusted.
public struct EmbeddingCache: Sendable {
  /// What the vectors were computed by: a file with another key holds nothing for this run.
  public let key: UInt64
  /// Vectors by text, as stored.
  private(set) var vectors: [String: [Float]] = [:]

  /// The file's first bytes.
  static let magic = Array("MESHEMB1".utf8)

  /// An empty cache for `key`.
  public init(key: UInt64) { self.key = key }

  /// The cache in `path` when it exists, parses and has `key`; otherwise an empty one (with a line on
  /// stderr when a file was there but unusable).
  /// - Parameters:
  ///   - path: the cache file.
  ///   - key: this run's key.
  public init(path: String, key: UInt64) {
    self.key = key
    guard let data = FileManager.default.contents(atPath: path) else { return }
    if let read = Self.parse(Array(data), key: key) {
      vectors = read
    } else {
      FileHandle.standardError.write(Data("embedding cache \(path): another encoder, feature layout or a damaged file; recomputing\n".utf8))
    }
  }

  /// Texts stored.
  public var count: Int { vectors.count }

  /// The features of `texts`, in order: the stored ones as stored, the others computed by `compute` (called
  /// once, with the missing texts in order, each once) and stored.
  /// - Parameters:
  ///   - texts: any texts.
  ///   - compute: the features of the texts it is given, one vector each, in order.
  /// - Returns: one vector per text, and how many texts were computed.
  public mutating func features(_ texts: [String], compute: ([String]) -> [[Float]]) -> (vectors: [[Float]], computed: Int) {
    var missing: [String] = [], seen: Set<String> = []
    for text in texts where vectors[text] == nil && seen.insert(text).inserted { missing.append(text) }
    if !missing.isEmpty {
      let computed = compute(missing)
      for (text, vector) in zip(missing, computed) { vectors[text] = vector }
    }
    return (texts.map { vectors[$0] ?? [] }, missing.count)
  }

  /// Writes every stored vector to `path` (atomically: a run stopped halfway leaves the old file).
  /// - Throws: a file error.
  public func write(to path: String) throws {
    var out = Self.magic
    func put(_ v: UInt64, bytes: Int) { for i in 0..<bytes { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    put(key, bytes: 8)
    let width = vectors.first?.value.count ?? 0
    put(UInt64(width), bytes: 4)
    let rows = vectors.filter { $0.value.count == width }.sorted { $0.key < $1.key }
    put(UInt64(rows.count), bytes: 4)
    for (text, vector) in rows {
      let utf8 = Array(text.utf8)
      put(UInt64(utf8.count), bytes: 4)
      out += utf8
      for v in vector { put(UInt64(v.bitPattern), bytes: 4) }
    }
    try Data(out).write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  /// The vectors of a file's bytes, or nil when they are not a cache of `key` (bounds checked at every
  /// read: a truncated or hostile file is refused, not trusted).
  static func parse(_ bytes: [UInt8], key: UInt64) -> [String: [Float]]? {
    var at = 0
    func take(_ n: Int) -> ArraySlice<UInt8>? {
      guard n >= 0, bytes.count - at >= n else { return nil }
      defer { at += n }
      return bytes[at..<(at + n)]
    }
    func number(_ n: Int) -> UInt64? {
      take(n).map { $0.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    }
    guard take(magic.count).map(Array.init) == magic, number(8) == key, let width = number(4), let rows = number(4),
          width <= 1 << 16 else { return nil }
    var out: [String: [Float]] = [:]
    for _ in 0..<rows {
      guard let length = number(4), let text = take(Int(length)), let string = String(validating: text, as: UTF8.self)
      else { return nil }
      var vector = [Float](repeating: 0, count: Int(width))
      for j in vector.indices {
        guard let bits = number(4) else { return nil }
        vector[j] = Float(bitPattern: UInt32(bits))
      }
      out[string] = vector
    }
    return at == bytes.count ? out : nil
  }

  /// The key of features computed by weights in `weightsFile` at `precision` with `layout` (the layers and
  /// pooling, in words): FNV-1a over all of them, so new weights or another layout never read old vectors.
  /// - Throws: a file error when the weights cannot be read.
  public static func key(weightsFile: URL, precision: String, layout: String) throws -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
    let weights = try Data(contentsOf: weightsFile, options: .alwaysMapped)
    weights.withUnsafeBytes { add($0) }
    add([0])
    add(precision.utf8)
    add([0])
    add(layout.utf8)
    return hash
  }
}
