import Foundation
import MeshEncoder
import MeshNLU

/// The training side of `mesh nlu eval --heldout`: its sentence embeddings kept between runs.
extension NLUCommand {
  /// The sentence embeddings of `texts` (the heads' training texts), read from the training-embedding file
  /// when it holds exactly these texts for this encoder, else encoded and stored there for the next run
  /// (`TrainingEmbeddingFile`): encoding them took 5 of a run's 18 minutes in a debug build under load.
  /// - Throws: a file error when the encoder's weights cannot be read for the key.
  static func trainingEmbeddings(_ texts: [String], encoder: SentenceEncoder) throws -> [[Float]] {
    let encoderKey = try EmbeddingCache.key(weightsFile: encoder.directory.appendingPathComponent("model.safetensors"),
                                            precision: "\(encoder.precision)", layout: "sentence embedding")
    let (vectors, read, path) = TrainingEmbeddingFile.features(texts, folder: trainingEmbeddingFolder(models: encoder.directory),
                                                               encoderKey: encoderKey) {
      embed($0, encoder: encoder, layers: nil)
    }
    FileHandle.standardError.write(Data("training embeddings \(path): \(texts.count) texts \(read ? "read" : "encoded and stored")\n".utf8))
    return vectors
  }

  /// `.mesh/cache/` beside `.mesh/models/` (never committed: `.mesh/` is ignored); for a model folder elsewhere
  /// (`MESH_MODEL_DIR`), `.mesh/cache/` under the working directory.
  static func trainingEmbeddingFolder(models: URL) -> URL {
    let parent = models.deletingLastPathComponent()
    let root = parent.lastPathComponent == "models" ? parent.deletingLastPathComponent()
      : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".mesh")
    return root.appendingPathComponent("cache")
  }
}
