import Foundation
import MeshTestSupport

/// The built `mesh` binary, run as a script would run it: arguments in, exit status and output back.
enum MeshBinary {
  /// What one run printed and how it ended.
  struct Result {
    let status: Int32
    let output: String
  }

  /// Runs `mesh ARGUMENTS` for at most `seconds` (paths in the arguments are absolute: tests run in parallel,
  /// so none changes the current folder).
  static func run(_ arguments: [String], seconds: Double = 120) async throws -> Result {
    let path = Repository.product("mesh")
    let process = try PeerProcess(path, arguments)
    let status = try await process.waitForExit(seconds: seconds)
    return Result(status: status, output: process.text)
  }
}
