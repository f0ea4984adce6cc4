public import Foundation

/// The encoder's features of one whole training set kept in a file, so that `mesh nlu eval --heldout` runs
/// on the same models encode the 16,000-odd training texts once instead of on every run (minutes in a debug
/// build under load). Unlike `--embedding-cache`, which keeps vectors text by text across head settings,
/// each file holds one training set and is named by its key, a hash of the encoder *and* the training texts
/// in order: a text added, removed, changed or moved makes another key, so that set is encoded again into a
/// new file, never mixed with vectors of other data. Several files are kept (the sets differ by the lines
/// a scored set leaves out, or `--also-train`), the least recently used removed beyond `kept`.
public enum TrainingEmbeddingFile {
  /// How many files a folder keeps (about 25 MB each for the commerce training set).
  public static let kept = 6

  /// The key of `texts` (in order) encoded by the encoder of `encoderKey` (`EmbeddingCache.key`): FNV-1a
  /// continued over each text's bytes after a separator, so ["ab", "c"] and ["a", "bc"] differ.
  /// - Parameters:
  ///   - encoderKey: the key of the weights, precision and feature layout.
  ///   - texts: the training texts, in the order they are encoded.
  public static func key(encoderKey: UInt64, texts: [String]) -> UInt64 {
    var hash = encoderKey
    func add(_ bytes: some Sequence<UInt8>) { for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 } }
    add("training-texts/1".utf8)
    for text in texts {
      add([0xff])
      add(text.utf8)
    }
    return hash
  }

  /// The file of `key` in `folder`.
  static func path(folder: URL, key: UInt64) -> String {
    folder.appendingPathComponent("training-\(String(key, radix: 16)).emb").path
  }

  /// The features of `texts`: read from their file in `folder` when it exists (and parses), otherwise all
  /// computed by `compute` and written there (the folder created; a failed write only costs the next run).
  /// - Parameters:
  ///   - texts: the training texts.
  ///   - folder: where the files are.
  ///   - encoderKey: the key of the weights, precision and feature layout.
  ///   - compute: the features of the texts it is given, one vector each, in order.
  /// - Returns: one vector per text, whether they were read, and the file.
  public static func features(_ texts: [String], folder: URL, encoderKey: UInt64,
                              compute: ([String]) -> [[Float]]) -> (vectors: [[Float]], read: Bool, path: String) {
    let key = key(encoderKey: encoderKey, texts: texts)
    let path = path(folder: folder, key: key)
    var cache = EmbeddingCache(path: path, key: key)
    let (vectors, computed) = cache.features(texts, compute: compute)
    do {
      if computed > 0 {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try cache.write(to: path)
      } else {
        // Marks the file used, so that pruning removes the sets not run lately first.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
      }
      prune(folder: folder)
    } catch {
      FileHandle.standardError.write(Data("training embeddings \(path) not written: \(error)\n".utf8))
    }
    return (vectors, computed == 0, path)
  }

  /// Removes the least recently used training files of `folder` beyond `kept`.
  static func prune(folder: URL) {
    let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.contentModificationDateKey]))
      ?? []
    let used = files.filter { $0.lastPathComponent.hasPrefix("training-") && $0.pathExtension == "emb" }.map { file in
      (file, (try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast)
    }
    for (file, _) in used.sorted(by: { $0.1 > $1.1 }).dropFirst(kept) { try? FileManager.default.removeItem(at: file) }
  }
}
