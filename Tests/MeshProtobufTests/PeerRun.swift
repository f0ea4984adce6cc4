import Foundation

/// What a peer process printed and how it ended.
struct PeerRun: Sendable {
  /// Its exit status.
  let status: Int32
  /// Everything it wrote to stdout.
  let output: [UInt8]
  /// Everything it wrote to stderr.
  let errors: String

  /// Runs `executable` with `input` on stdin, on a thread of its own, and awaits the end. The peers
  /// (protoc, a Python interpreter importing protobuf) take from 100 ms to seconds under load, and
  /// reading their output and waiting for their exit block: on one of the tests' cooperative threads
  /// (two on a two-core machine) that stalled every other test's tasks in the process meanwhile.
  static func run(_ executable: String, _ arguments: [String], input: [UInt8]) async throws -> PeerRun {
    try await withCheckedThrowingContinuation { continuation in
      Thread {
        continuation.resume(with: Result {
          let process = Process()
          process.executableURL = URL(fileURLWithPath: executable)
          process.arguments = arguments
          let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
          process.standardInput = stdin
          process.standardOutput = stdout
          process.standardError = stderr
          try process.run()
          stdin.fileHandleForWriting.write(Data(input))
          try stdin.fileHandleForWriting.close()
          let output = stdout.fileHandleForReading.readDataToEndOfFile()
          process.waitUntilExit()
          let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
          return PeerRun(status: process.terminationStatus, output: [UInt8](output), errors: errors)
        })
      }.start()
    }
  }
}
