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
  static func run(_ arguments: [String], input: [UInt8]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["protoc", "-I", protos, "-I", "/usr/include"] + arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }
    return [UInt8](output)
  }

  /// protoc's text format of a message's bytes.
  static func decode(_ bytes: [UInt8], type: String, file: String) throws -> String {
    String(decoding: try run(["--decode=\(type)", file], input: bytes), as: UTF8.self)
  }

  /// protoc's wire bytes of a message in text format.
  static func encode(_ text: String, type: String, file: String) throws -> [UInt8] {
    try run(["--encode=\(type)", file], input: Array(text.utf8))
  }
}
