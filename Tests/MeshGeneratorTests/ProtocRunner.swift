import Foundation
import MeshTestSupport

/// Runs the real protoc on proto text written to a temporary folder and returns the descriptor set.
enum ProtocRunner {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The descriptor set of `files` (name -> text), compiled together with source info.
  static func descriptorSet(_ files: [String: String], includes: [String] = []) async throws -> [UInt8] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stubgen-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return try await run(includes: [folder.path] + includes, files: files.keys.sorted())
  }

  /// The descriptor set of proto files found through `includes`.
  static func run(includes: [String], files: [String]) async throws -> [UInt8] {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("set-\(UUID().uuidString).pb")
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["protoc"] + includes.flatMap { ["-I", $0] } + ["-I", "/usr/include",
      "--include_imports", "--include_source_info", "--descriptor_set_out=\(output.path)"] + files
    let errors = Pipe()
    process.standardError = errors
    guard try await exitStatus(of: process) == 0 else {
      let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      throw Failure(description: "protoc failed: \(message)")
    }
    return [UInt8](try Data(contentsOf: output))
  }
}
