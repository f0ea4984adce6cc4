public import Foundation

/// Where the repository and its test peers are, found from this file's path.
public enum Repository {
  /// The repository's root folder.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The venv Python with grpcio that mesh/scripts/install-deps.sh --test-peers makes (or MESH_PYTHON).
  public static var python: String {
    get throws {
      let path = ProcessInfo.processInfo.environment["MESH_PYTHON"] ?? root.appendingPathComponent(".venv/bin/python").path
      guard FileManager.default.isExecutableFile(atPath: path) else {
        throw PeerError("no Python test peer at \(path): run mesh/scripts/install-deps.sh --test-peers")
      }
      return path
    }
  }

  /// The grpcio interop peer.
  public static let grpcioPeer = root.appendingPathComponent("Tests/MeshInteropTests/Peers/grpcio_interop.py").path
  /// The h2 client that raises SETTINGS_MAX_FRAME_SIZE and reports the DATA frames of an echo.
  public static let dataFramesPeer = root.appendingPathComponent("Tests/MeshTransportTests/Peers/data_frames_peer.py").path
  /// The raw HTTP/2 peer that misbehaves on purpose.
  public static let h2Peer = root.appendingPathComponent("Tests/MeshTransportTests/Peers/h2_peer.py").path
  /// The client that floods a server with large requests and never reads the responses.
  public static let neverReadFloodPeer = root.appendingPathComponent("Tests/MeshTransportTests/Peers/never_read_flood.py").path
  /// The peer that exhausts a server's file descriptors and measures its CPU meanwhile.
  public static let fdExhaustionPeer = root.appendingPathComponent("Tests/MeshTransportTests/Peers/fd_exhaustion.py").path
  /// The bundled test CA.
  public static let testCA = root.appendingPathComponent("mesh/certs/test/ca.pem").path
  /// The test server certificate (for *.test.google.fr, localhost, 127.0.0.1, ::1).
  public static let serverCertificate = root.appendingPathComponent("mesh/certs/test/server.pem").path
  /// Its private key.
  public static let serverKey = root.appendingPathComponent("mesh/certs/test/server.key").path

  /// A product built beside the test bundle, such as `interop-server`.
  public static func product(_ name: String) -> String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
  }
}

/// A peer that could not be started or did not behave.
public struct PeerError: Error, CustomStringConvertible {
  /// What went wrong, with the peer's output.
  public let description: String
  init(_ description: String) { self.description = description }
}

/// A child process whose output is collected; killed when stopped or dropped, and by the group's watchdog when the
/// test process ends without stopping it (`PeerProcessGroup`).
public final class PeerProcess: @unchecked Sendable {
  private let child: SpawnedChild
  private let collected = CollectedOutput()

  /// Starts a process with an empty signal mask and default signal actions (see `SpawnedChild`).
  /// - Parameters:
  ///   - variables: environment variables set for it on top of this process's.
  ///   - group: the process group it joins; this test process's (`PeerProcessGroup.shared`) when nil.
  public init(_ executable: String, _ arguments: [String], variables: [String: String] = [:],
              group: PeerProcessGroup? = nil) throws {
    // Under ASan, LeakSanitizer reports the weak-reference side tables of objects still alive at exit
    // (Swift encodes their pointer in the refcount word): children run without it; address errors
    // still abort them.
    var environment = ProcessInfo.processInfo.environment
    if environment["ASAN_OPTIONS"] == nil { environment["ASAN_OPTIONS"] = "detect_leaks=0" }
    environment.merge(variables) { _, given in given }
    child = try SpawnedChild(executable: executable, arguments: arguments, environment: environment,
                             group: try group ?? PeerProcessGroup.shared.get())
    // A thread of its own reads the pipe until EOF and then closes it. Not `readabilityHandler`: its
    // dispatch source was cancelled asynchronously while the pipe was closed at once when a peer was
    // dropped, and with many short-lived peers (a curl per request) that crashed libdispatch's manager
    // thread (`_dispatch_event_loop_drain`) in the test process.
    let fd = child.outputDescriptor
    let collected = self.collected
    let reader = Thread {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        collected.append(buffer[0..<count])
      }
      close(fd)
      collected.finish()
    }
    reader.start()
  }

  deinit { stop() }

  /// The process id.
  public var processIdentifier: Int32 { child.pid }

  /// Everything printed so far.
  public var text: String { collected.text }

  /// Waits for a line matching `prefix` (such as a server's "listening on"), for at most `seconds`.
  public func waitForLine(startingWith prefix: String, seconds: Double = 60) async throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let line = text.split(separator: "\n").first(where: { $0.contains(prefix) }) { return String(line) }
      guard !child.hasExited else { throw PeerError("the peer exited: \(text)") }
      try await Task.sleep(for: .milliseconds(50))
    }
    // Look once more: a waiter woken late (a busy machine, a starved task pool) must not fail for a line
    // that arrived in time.
    if let line = text.split(separator: "\n").first(where: { $0.contains(prefix) }) { return String(line) }
    throw PeerError("no line '\(prefix)' within \(seconds) s: \(text)")
  }

  /// Waits for the process to exit, for at most `seconds`; returns its exit code, or the number of the
  /// signal that ended it.
  public func waitForExit(seconds: Double = 120) async throws -> Int32 {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if let status = child.terminationStatus {
        // Let the pipe's last bytes arrive: the reader thread reaches EOF on its own time (a fixed 100 ms
        // once lost a whole `--help` output on a loaded machine). A grandchild still holding the pipe open
        // would keep EOF away, so this waits at most five seconds more.
        let drained = Date().addingTimeInterval(5)
        while !collected.isFinished && Date() < drained { try await Task.sleep(for: .milliseconds(10)) }
        return status
      }
      guard Date() < deadline else {
        stop()
        throw PeerError("the peer did not finish within \(seconds) s: \(text)")
      }
      try await Task.sleep(for: .milliseconds(50))
    }
  }

  /// Terminates the process if it still runs: SIGTERM now, and SIGKILL two seconds later if it is still
  /// there, so that no peer outlives its test. It does not wait (it runs on the tests' cooperative
  /// threads); `waitForExit` waits.
  public func stop() {
    guard !child.hasExited else { return }
    child.send(SIGTERM)
    let child = self.child
    DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
      if !child.hasExited { child.killAndReap() }
    }
  }

  /// Whether the process has exited.
  public var hasExited: Bool { child.hasExited }

  /// The port of a "listening on …PORT" line.
  public static func port(of line: String) throws -> Int {
    guard let port = line.split(whereSeparator: { !$0.isNumber }).last.flatMap({ Int($0) }) else {
      throw PeerError("no port in '\(line)'")
    }
    return port
  }
}

/// What a peer printed, appended by its reader thread and read by the test.
private final class CollectedOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  private var finished = false

  /// The reader reached the end of the pipe: everything the process printed is here.
  func finish() {
    lock.lock()
    finished = true
    lock.unlock()
  }

  /// Whether the reader reached the end of the pipe.
  var isFinished: Bool {
    lock.lock()
    defer { lock.unlock() }
    return finished
  }

  func append(_ bytes: ArraySlice<UInt8>) {
    lock.lock()
    data.append(contentsOf: bytes)
    lock.unlock()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: data, as: UTF8.self)
  }
}
