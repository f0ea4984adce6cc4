import Foundation
import MeshTestSupport
import Testing

/// `mesh status` against a mesh that `mesh up` runs: ready replicas, a replica that is down, exit codes.
@Suite("mesh status")
struct StatusCommandTests {
  @Test("a ready replica, a replica that is down: one line each, status 1; only ready ones: status 0")
  func status() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-status-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (admin, missing, grpc) = (try FreePort.next(), try FreePort.next(), try FreePort.next())
    let running = """
      version: 1
      services:
        - { name: interop, listen: "127.0.0.1:\(grpc)", admin: "127.0.0.1:\(admin)" }

      """
    try Data(running.utf8).write(to: URL(fileURLWithPath: folder + "/up.yaml"))
    try Data((running + "  - { name: chat, listen: \"127.0.0.1:\(try FreePort.next())\", admin: \"127.0.0.1:\(missing)\" }\n").utf8)
      .write(to: URL(fileURLWithPath: folder + "/mesh.yaml"))
    let up = try PeerProcess(Repository.product("mesh"), ["up", "--file", folder + "/up.yaml", "--no-database", "--state", folder + "/state"])
    defer { up.stop() }
    _ = try await up.waitForLine(startingWith: "mesh: all services healthy", seconds: 60)

    let mixed = try await MeshBinary.run(["status", "--file", folder + "/mesh.yaml", "--timeout", "3000"])
    #expect(mixed.status == 1, "\(mixed.output)")
    let lines = mixed.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("SERVICE") == true, "\(mixed.output)")
    #expect(lines.contains { $0.hasPrefix("interop") && $0.contains("127.0.0.1:\(admin)") && $0.contains(" healthy ") && $0.hasSuffix("ready, serving") },
            "\(mixed.output)")
    #expect(lines.contains { $0.hasPrefix("chat") && $0.contains("unhealthy") && $0.contains("down") }, "\(mixed.output)")
    #expect(mixed.output.contains("1 of 2 replicas are not healthy"), "\(mixed.output)")

    let healthy = try await MeshBinary.run(["status", "--file", folder + "/up.yaml"])
    #expect(healthy.status == 0, "\(healthy.output)")
  }
}
