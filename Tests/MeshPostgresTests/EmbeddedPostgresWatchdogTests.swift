import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import Testing

/// The watchdog that stops a cluster's server when the process that started it dies (a test's cluster, removed;
/// `mesh up`'s, kept): tested with a stand-in process (`sleep`) killed the way a crashed process would be, and with a
/// cluster stopped normally.
@Suite struct EmbeddedPostgresWatchdogTests {
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

  /// A stand-in for the watched process, killed with SIGKILL by the test.
  private func startStandIn() throws -> Process {
    let standIn = Process()
    standIn.executableURL = URL(fileURLWithPath: "/bin/sleep")
    standIn.arguments = ["60"]
    try standIn.run()
    return standIn
  }

  @Test func serverStopsAndFolderGoesWhenTheWatchedProcessDies() async throws {
    let (cluster, root) = try await startCluster()
    let standIn = try startStandIn()
    try cluster.stopWhenProcessDies(.stopServerAndRemove(root: root), process: standIn.processIdentifier)
    #expect(try await cluster.status() != .stopped)
    kill(standIn.processIdentifier, SIGKILL)
    standIn.waitUntilExit()
    let gone = await eventually(seconds: 30) { !FileManager.default.fileExists(atPath: root) }
    if !gone { try? await cluster.stop(mode: "immediate"); try? FileManager.default.removeItem(atPath: root) }
    #expect(gone)
  }

  @Test func serverStopsAndDataStaysWhenTheWatchedProcessOfAKeptClusterDies() async throws {
    let (cluster, root) = try await startCluster()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let standIn = try startStandIn()
    let watchdog = try cluster.stopWhenProcessDies(.stopServer, process: standIn.processIdentifier)
    // Signals that reach it with its process (a Ctrl-C, the end of a test's process group) do not end it.
    for signal in [SIGINT, SIGTERM, SIGHUP] { kill(watchdog, signal) }
    kill(standIn.processIdentifier, SIGKILL)
    standIn.waitUntilExit()
    let stopped = await eventually(seconds: 60) { (try? await cluster.status()) == .stopped }
    if !stopped { try? await cluster.stop(mode: "immediate") }
    #expect(stopped)
    #expect(FileManager.default.fileExists(atPath: cluster.dataDirectory + "/PG_VERSION"), "the data is kept")
  }

  @Test func watchdogEndsWhenTheClusterIsStoppedAndRemoved() async throws {
    let (cluster, root) = try await startCluster()
    let watchdog = try cluster.stopWhenProcessDies(.stopServerAndRemove(root: root))
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

  @Test func aServerStartedAfterTheWatchedProcessEndedIsLeftRunning() async throws {
    // `mesh up` stopped its server and exited, and a new `mesh up` started a server on the same folder before the old
    // watchdog's next look: that server is not the one the watchdog was set to stop.
    let (cluster, root) = try await startCluster()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let standIn = try startStandIn()
    let watchdog = try cluster.stopWhenProcessDies(.stopServer, process: standIn.processIdentifier)
    try? await Task.sleep(for: .milliseconds(1500))
    try await cluster.stop(mode: "fast")
    kill(standIn.processIdentifier, SIGKILL)
    standIn.waitUntilExit()
    // Started at once: the watchdog looks once a second, so it usually finds the new server's pid file already there
    // (where the watchdog that signalled whatever the pid file named stopped it).
    try await cluster.start()
    let ended = await eventually(seconds: 30) {
      if kill(watchdog, 0) != 0 { return true }
      return (try? await cluster.status()) == .stopped
    }
    let running = (try? await cluster.status()) != .stopped
    try? await cluster.stop(mode: "immediate")
    if kill(watchdog, 0) == 0 { kill(watchdog, SIGKILL) }
    #expect(ended)
    #expect(running, "the new server was stopped by the old process's watchdog")
  }
}
