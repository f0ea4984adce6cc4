import Foundation
@testable import MeshNLU
import Testing

/// The features cache of `mesh nlu eval --embedding-cache`: what it computes, what it reads back, and that
/// a file of other weights or layers, or a damaged one, is recomputed rather than trusted.
@Suite struct EmbeddingCacheTests {
  static func temporary(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("embedding-cache-\(UUID().uuidString)-\(name)").path
  }

  /// A deterministic stand-in for the encoder's features: the text's bytes folded into 3 floats.
  static func fold(_ texts: [String]) -> [[Float]] {
    texts.map { t in
      var v: [Float] = [0, 0, Float(t.utf8.count)]
      for (i, b) in t.utf8.enumerated() { v[i % 2] += Float(b) * 0.01 }
      return v
    }
  }

  @Test func computesOnlyWhatItLacksAndReadsItBack() throws {
    let path = Self.temporary("a")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var cache = EmbeddingCache(path: path, key: 42)
    var asked: [[String]] = []
    let first = cache.features(["card lost", "where is my refund", "card lost", "ünïcödé 🙂", ""]) { asked.append($0); return Self.fold($0) }
    #expect(asked == [["card lost", "where is my refund", "ünïcödé 🙂", ""]])
    #expect(first.computed == 4 && first.vectors == Self.fold(["card lost", "where is my refund", "card lost", "ünïcödé 🙂", ""]))
    try cache.write(to: path)

    var again = EmbeddingCache(path: path, key: 42)
    #expect(again.count == 4)
    asked = []
    let second = again.features(["ünïcödé 🙂", "new text", "card lost"]) { asked.append($0); return Self.fold($0) }
    #expect(asked == [["new text"]] && second.computed == 1)
    #expect(second.vectors == Self.fold(["ünïcödé 🙂", "new text", "card lost"]))
  }

  @Test func anotherKeyOrADamagedFileIsRecomputed() throws {
    let path = Self.temporary("b")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var cache = EmbeddingCache(path: path, key: 1)
    _ = cache.features(["a", "bb"], compute: Self.fold)
    try cache.write(to: path)
    #expect(EmbeddingCache(path: path, key: 2).count == 0)
    let bytes = try #require(FileManager.default.contents(atPath: path))
    #expect(EmbeddingCache.parse(Array(bytes), key: 1)?.count == 2)
    // Every truncation, and a stray byte at the end, is refused without a crash.
    for cut in 0..<bytes.count { #expect(EmbeddingCache.parse(Array(bytes.prefix(cut)), key: 1) == nil) }
    #expect(EmbeddingCache.parse(Array(bytes) + [0], key: 1) == nil)
    // A length field pointing far beyond the file is refused too.
    var hostile = Array(bytes)
    hostile[24] = 0xFF; hostile[25] = 0xFF; hostile[26] = 0xFF; hostile[27] = 0x7F
    #expect(EmbeddingCache.parse(hostile, key: 1) == nil)
    try Data("not a cache".utf8).write(to: URL(fileURLWithPath: path))
    #expect(EmbeddingCache(path: path, key: 1).count == 0)
  }

  @Test func keyFollowsTheWeightsThePrecisionAndTheLayout() throws {
    let path = Self.temporary("weights")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let url = URL(fileURLWithPath: path)
    try Data([1, 2, 3, 4]).write(to: url)
    let k = try EmbeddingCache.key(weightsFile: url, precision: "float", layout: "layers [3, 6]")
    #expect(k == (try EmbeddingCache.key(weightsFile: url, precision: "float", layout: "layers [3, 6]")))
    #expect(k != (try EmbeddingCache.key(weightsFile: url, precision: "bfloat16", layout: "layers [3, 6]")))
    #expect(k != (try EmbeddingCache.key(weightsFile: url, precision: "float", layout: "layers [6]")))
    try Data([1, 2, 3, 5]).write(to: url)
    #expect(k != (try EmbeddingCache.key(weightsFile: url, precision: "float", layout: "layers [3, 6]")))
    #expect(throws: (any Error).self) { try EmbeddingCache.key(weightsFile: url.appendingPathExtension("gone"), precision: "", layout: "") }
  }
}
