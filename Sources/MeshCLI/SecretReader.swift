import Foundation
import MeshConfig

/// Reads a secret the mesh file names: from its environment variable, or from its file (trailing newline
/// dropped). A missing one is an error naming where it was looked for; the secret never appears in it.
enum SecretReader {
  struct Missing: Error, CustomStringConvertible {
    let description: String
  }

  static func read(_ source: SecretSource) throws -> String {
    if let name = source.env {
      guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
        throw Missing(description: "the environment variable \(name) that the mesh file names is not set")
      }
      return value
    }
    if let path = source.file {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Missing(description: "cannot read the secret file \(path) that the mesh file names")
      }
      return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }
    throw Missing(description: "a secret in the mesh file names neither a file nor an environment variable")
  }
}
