import Foundation
import MeshTestSupport

/// The files under mesh/ops and mesh/deploy, and the tools that check them.
enum OpsFiles {
  static let prometheus = Repository.root.appendingPathComponent("mesh/ops/prometheus")
  static let dashboard = Repository.root.appendingPathComponent("mesh/ops/grafana/mesh-dashboard.json")
  static let kubernetes = Repository.root.appendingPathComponent("mesh/deploy/kubernetes")
  static let meshFile = Repository.root.appendingPathComponent("mesh/mesh.yaml")

  static func text(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// `promtool ARGUMENTS` run in `folder`; its status and output.
  static func promtool(_ arguments: [String], in folder: URL) async throws -> (status: Int32, output: String) {
    guard let tool = ["/usr/bin/promtool", "/usr/local/bin/promtool"].first(where: FileManager.default.isExecutableFile) else {
      throw ToolMissing(description: "promtool is missing: run mesh/scripts/install-deps.sh (Debian package prometheus)")
    }
    let process = try PeerProcess("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", folder.path, tool] + arguments)
    let status = try await process.waitForExit(seconds: 120)
    return (status, process.text)
  }

  /// A fresh temporary folder.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-ops-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}

/// A checking tool the tests need is not installed.
struct ToolMissing: Error, CustomStringConvertible {
  let description: String
}
