import Foundation

/// The real protoc as a second protobuf implementation: `--encode` and `--decode` between text format
/// and wire bytes, with the repository's protos.
enum ProtocPeer {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static let protos = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Protos").path

  /// Runs protoc with `input` on stdin and returns stdout.
  static func run(_ arguments: [String], input: [UInt8]) async throws -> [UInt8] {
    let run = try await PeerRun.run("/usr/bin/env", ["protoc", "-I", protos, "-I", "/usr/include"] + arguments, input: input)
    guard run.status == 0 else { throw Failure(description: run.errors) }
    return run.output
  }

  /// protoc's text format of a message's bytes.
  static func decode(_ bytes: [UInt8], type: String, file: String) async throws -> String {
    String(decoding: try await run(["--decode=\(type)", file], input: bytes), as: UTF8.self)
  }

  /// protoc's wire bytes of a message in text format.
  static func encode(_ text: String, type: String, file: String) async throws -> [UInt8] {
    try await run(["--encode=\(type)", file], input: Array(text.utf8))
  }
}
