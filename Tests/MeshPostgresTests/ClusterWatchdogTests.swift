import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import Testing

/// The watchdog that stops a test's cluster when its test process dies: tested with a stand-in process (`sleep`)
/// killed the way a crashed test process would be, and with a cluster stopped normally.
@Suite struct ClusterWatchdogTests {
  /// A cluster in a new folder, started.
  private func startCluster() async throws -> (EmbeddedPostgres, String) {
    let root = "/tmp/meshpg-watch-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o755])
    let cluster = try EmbeddedPostgres(dataDirectory: root + "/data", settings: ["fsync": "off"])
    try await cluster.start()
    return (cluster, root)
  }

  /// Waits up to `seconds` for `condition`; the bound only ends a hung test, it measures nothing.
  private func eventually(seconds: Int, _ condition: () async throws -> Bool) async rethrows -> Bool {
    for _ in 0..<(seconds * 10) {
      if try await condition() { return true }
      try? await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
  }

  @Test func serverStopsAndFolderGoesWhenTheWatchedProcessDies() async throws {
    let (cluster, root) = try await startCluster()
    let standIn = Process()
    standIn.executableURL = URL(fileURLWithPath: "/bin/sleep")
    standIn.arguments = ["60"]
    try standIn.run()
    try ClusterWatchdog.start(dataDirectory: cluster.dataDirectory, root: root, process: standIn.processIdentifier)
    #expect(try await cluster.status() != .stopped)
    kill(standIn.processIdentifier, SIGKILL)
    standIn.waitUntilExit()
    let gone = await eventually(seconds: 30) { !FileManager.default.fileExists(atPath: root) }
    if !gone { try? await cluster.stop(mode: "immediate"); try? FileManager.default.removeItem(atPath: root) }
    #expect(gone)
  }

  @Test func watchdogEndsWhenTheClusterIsStoppedAndRemoved() async throws {
    let (cluster, root) = try await startCluster()
    let watchdog = try ClusterWatchdog.start(dataDirectory: cluster.dataDirectory, root: root)
    // A restart on the way (as the crash suites do) does not end it: the server comes back under its watch.
    try await cluster.stop(mode: "immediate")
    try await cluster.start()
    try? await Task.sleep(for: .seconds(2))
    #expect(kill(watchdog, 0) == 0)
    try await cluster.stop(mode: "fast")
    try FileManager.default.removeItem(atPath: root)
    let ended = await eventually(seconds: 30) { kill(watchdog, 0) != 0 }
    if !ended { kill(watchdog, SIGKILL) }
    #expect(ended)
  }
}
