public import Foundation

/// Where the encoder's files are: `MESH_MODEL_DIR`, else `.mesh/models/all-minilm-l6-v2` in the
/// repository (found upwards from the working directory, then from the executable).
public enum ModelDirectory {
  /// The folder name of all-MiniLM-L6-v2 under `.mesh/models/`.
  public static let defaultName = "all-minilm-l6-v2"
  /// Files that must all be present.
  public static let requiredFiles = ["model.safetensors", "config.json", "tokenizer.json"]

  /// The model folder, checked to hold every required file.
  /// - Parameter environment: the process environment (`MESH_MODEL_DIR` wins when set).
  /// - Throws: `EncoderError.unavailable` saying where it looked and how to install the weights.
  public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
    var candidates: [URL] = []
    if let dir = environment["MESH_MODEL_DIR"], !dir.isEmpty {
      candidates.append(URL(fileURLWithPath: dir))
    } else {
      for start in [URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                    URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()] {
        var dir = start.standardizedFileURL
        for _ in 0..<12 {
          candidates.append(dir.appendingPathComponent(".mesh/models/\(defaultName)"))
          let parent = dir.deletingLastPathComponent()
          if parent.path == dir.path { break }
          dir = parent
        }
      }
    }
    for dir in candidates where requiredFiles.allSatisfy({ FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path) }) {
      return dir
    }
    let looked = environment["MESH_MODEL_DIR"].map { "MESH_MODEL_DIR=\($0)" } ?? ".mesh/models/\(defaultName) above the working directory"
    throw EncoderError.unavailable("no \(requiredFiles.joined(separator: ", ")) in \(looked);"
                                   + " run mesh/scripts/install-deps.sh to install the weights")
  }
}
