import Foundation
@testable import MeshNLU
import Testing

/// The training-embedding files of `mesh nlu eval --heldout`: the same texts are read back without encoding,
/// any change to the texts (or another encoder) encodes them all again into another file, and only the
/// most recently used files are kept.
@Suite struct TrainingEmbeddingFileTests {
  static let texts = ["where is my order", "cancel it please", "where is my order", "what's the weather"]

  static func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("training-embeddings-\(UUID().uuidString)/cache")
  }

  @Test func sameTextsAreReadAndAChangedTextIsEncodedAgain() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    var asked: [[String]] = []
    func run(_ texts: [String], encoderKey: UInt64 = 7) -> (vectors: [[Float]], read: Bool, path: String) {
      TrainingEmbeddingFile.features(texts, folder: folder, encoderKey: encoderKey) { asked.append($0); return EmbeddingCacheTests.fold($0) }
    }

    let first = run(Self.texts)
    #expect(!first.read && asked.count == 1 && first.vectors == EmbeddingCacheTests.fold(Self.texts))
    #expect(FileManager.default.fileExists(atPath: first.path))
    let again = run(Self.texts)
    #expect(again.read && asked.count == 1 && again.vectors == first.vectors && again.path == first.path)

    // One word changed: every text is encoded again, not only the changed one, into another file.
    var changed = Self.texts
    changed[1] = "cancel it now"
    let afterChange = run(changed)
    #expect(!afterChange.read && asked.last == ["where is my order", "cancel it now", "what's the weather"])
    #expect(afterChange.vectors == EmbeddingCacheTests.fold(changed) && afterChange.path != first.path)
    #expect(run(changed).read)
    // The old texts' file is still there; the same texts under another encoder are not its key.
    #expect(run(Self.texts).read)
    #expect(!run(Self.texts, encoderKey: 8).read)
  }

  @Test func keepsOnlyTheMostRecentlyUsedFiles() throws {
    let folder = Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let sets = (0...TrainingEmbeddingFile.kept).map { ["line \($0)", "shared line"] }
    var paths: [String] = []
    for texts in sets {
      paths.append(TrainingEmbeddingFile.features(texts, folder: folder, encoderKey: 1, compute: EmbeddingCacheTests.fold).path)
      // Modification times a second apart, so that the order of use is not left to the clock's resolution.
      try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(paths.count - 100))],
                                            ofItemAtPath: paths[paths.count - 1])
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left.count == TrainingEmbeddingFile.kept)
    #expect(!FileManager.default.fileExists(atPath: paths[0]) && FileManager.default.fileExists(atPath: paths[paths.count - 1]))
  }

  @Test func keyCoversEveryTextItsOrderAndItsBoundaries() {
    let base = TrainingEmbeddingFile.key(encoderKey: 1, texts: ["ab", "c"])
    #expect(base == TrainingEmbeddingFile.key(encoderKey: 1, texts: ["ab", "c"]))
    #expect(base != TrainingEmbeddingFile.key(encoderKey: 1, texts: ["a", "bc"]))
    #expect(base != TrainingEmbeddingFile.key(encoderKey: 1, texts: ["c", "ab"]))
    #expect(base != TrainingEmbeddingFile.key(encoderKey: 1, texts: ["ab", "c", ""]))
    #expect(base != TrainingEmbeddingFile.key(encoderKey: 2, texts: ["ab", "c"]))
  }
}
