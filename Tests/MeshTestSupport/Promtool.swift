import Foundation

/// Prometheus' own checker, from Debian's `prometheus` package (mesh/scripts/install-deps.sh installs it).
public enum Promtool {
  /// The tool's path.
  public static var path: String {
    get throws {
      for candidate in ["/usr/bin/promtool", "/usr/local/bin/promtool"] where FileManager.default.isExecutableFile(atPath: candidate) {
        return candidate
      }
      throw PromtoolMissing(description: "promtool is missing: run mesh/scripts/install-deps.sh (Debian package prometheus)")
    }
  }

  /// Runs `promtool check metrics` on an exposition; returns its status and output.
  public static func checkMetrics(_ exposition: String) async throws -> (status: Int32, output: String) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString).txt")
    try Data(exposition.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = try PeerProcess("/bin/sh", ["-c", "exec \"$0\" check metrics < \"$1\"", try path, file.path])
    let status = try await process.waitForExit(seconds: 60)
    return (status, process.text)
  }
}

/// promtool is not installed.
public struct PromtoolMissing: Error, CustomStringConvertible {
  /// What to do about it.
  public let description: String
}
