import Foundation
import Glibc
import Synchronization

/// Ports for the processes a test starts (`mesh up` and its replicas) to listen on. A port from binding
/// port 0 lies in the kernel's ephemeral range (`ip_local_port_range`), where an outgoing connection of a
/// test running beside this one may take it before the process binds it: EADDRINUSE and a red run
/// (chat-1 in MeshObservabilityTests; the same race made UpSupervisorTests and StatusCommandTests flaky).
/// So the ports come from below that range, where the kernel never picks local ports, and no port is
/// handed out twice in the test process, since nothing listens on it until the process under test starts.
enum FreePort {
  /// The ports handed out so far, by any suite of the process.
  private static let handedOut = Mutex<Set<Int>>([])

  /// A port that was free a moment ago, below the ephemeral range when it can be read; a port from
  /// bind(0) otherwise.
  static func next() throws -> Int {
    if let low = ephemeralLow(), low > 10_016 {
      for _ in 0..<1_000 {
        let port = Int.random(in: 10_000..<(low - 8))
        if isFree(port), claim(port) { return port }
      }
    }
    let socket = try ListeningSocket()
    defer { socket.close() }
    return socket.port
  }

  /// Records a port as handed out; false when it already was, by this process or, within the last half
  /// hour, by another test process (swift test's parallel workers are processes of their own: two `mesh up`
  /// tests side by side once picked the same port before either bound it, and order-0 failed with EADDRINUSE).
  static func claim(_ port: Int) -> Bool {
    guard handedOut.withLock({ $0.insert(port).inserted }) else { return false }
    return claimAcrossProcesses(port)
  }

  /// The folder where test processes mark the ports they handed out, one empty file per port.
  static let claimFolder = "/tmp/mesh-test-ports"

  /// Marks `port` for other test processes: false when another marked it within the last half hour (a
  /// mark older than that is from a run long over and is taken over).
  static func claimAcrossProcesses(_ port: Int) -> Bool {
    mkdir(claimFolder, 0o777)
    let path = "\(claimFolder)/\(port)"
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o666)
    if descriptor >= 0 {
      Glibc.close(descriptor)
      return true
    }
    var status = stat()
    guard errno == EEXIST, stat(path, &status) == 0, time(nil) - status.st_mtim.tv_sec > 1_800 else { return false }
    // A stale mark: renew it (two processes renewing at once both get the port, as before this mark existed).
    return utime(path, nil) == 0
  }

  /// The first port of the kernel's ephemeral range, when it can be read.
  static func ephemeralLow() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8) else { return nil }
    return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first.flatMap { Int($0) }
  }

  /// Whether nothing listens on `port` of the loopback address now.
  static func isFree(_ port: Int) -> Bool {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { Glibc.close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
  }
}
