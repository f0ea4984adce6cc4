import Foundation
import MeshTestSupport

/// Three "hosts" on one machine: network namespaces joined by veth pairs to a bridge in the test's own
/// namespace (which reaches them all, as a client on the LAN would). Host `i` (0, 1, 2) has the address
/// `10.S.T.(2 + i)`, the bridge `.1`. It needs root and `ip netns` (CI runs as root); `unavailableReason`
/// says why not when it cannot run. Everything is torn down by `destroy()`, processes first.
final class MultiHostNetwork: @unchecked Sendable {
  /// The namespaces' names, host 0 first.
  let namespaces: [String]
  /// The bridge's name.
  let bridge: String
  /// The subnet's first three octets, such as `10.97.13`.
  let subnet: String

  /// Why the test cannot run here, or nil when it can: root, `ip`, and a namespace that can be made.
  static let unavailableReason: String? = {
    guard getuid() == 0 else { return "the multi-host test needs root for `ip netns` (CI runs as root); skipped" }
    guard FileManager.default.isExecutableFile(atPath: ip) else { return "the multi-host test needs iproute2's `ip`; skipped" }
    let name = "meshprobe\(getpid() % 100_000)"
    guard run([ip, "netns", "add", name]) == 0 else {
      return "`ip netns add` is not allowed on this machine (a container without CAP_SYS_ADMIN?); the multi-host test is skipped"
    }
    _ = run([ip, "netns", "del", name])
    return nil
  }()

  static let ip = FileManager.default.isExecutableFile(atPath: "/usr/sbin/ip") ? "/usr/sbin/ip" : "/sbin/ip"

  /// Makes the bridge and three namespaces with their links and addresses.
  init() throws {
    let tag = String(UInt32.random(in: 0..<0xFFFFF), radix: 36)
    bridge = "mbr" + tag
    namespaces = (0..<3).map { "mh\(tag)\($0)" }
    subnet = "10.\(Int.random(in: 64...127)).\(Int.random(in: 1...254))"
    do {
      try Self.check([Self.ip, "link", "add", bridge, "type", "bridge"])
      try Self.check([Self.ip, "link", "set", bridge, "up"])
      try Self.check([Self.ip, "addr", "add", "\(subnet).1/24", "dev", bridge])
      for (index, namespace) in namespaces.enumerated() {
        let outside = "v\(tag)\(index)", inside = "p\(tag)\(index)"
        try Self.check([Self.ip, "netns", "add", namespace])
        try Self.check([Self.ip, "link", "add", outside, "type", "veth", "peer", "name", inside])
        try Self.check([Self.ip, "link", "set", inside, "netns", namespace])
        try Self.check([Self.ip, "link", "set", outside, "master", bridge, "up"])
        try Self.check([Self.ip, "netns", "exec", namespace, Self.ip, "addr", "add", "\(address(of: index))/24", "dev", inside])
        try Self.check([Self.ip, "netns", "exec", namespace, Self.ip, "link", "set", inside, "up"])
        try Self.check([Self.ip, "netns", "exec", namespace, Self.ip, "link", "set", "lo", "up"])
      }
    } catch {
      destroy()
      throw error
    }
  }

  /// The address of host `index`.
  func address(of index: Int) -> String { "\(subnet).\(2 + index)" }

  /// Starts `arguments` inside host `index`'s namespace.
  func start(on index: Int, _ arguments: [String], environment: [String: String] = [:]) throws -> PeerProcess {
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return try PeerProcess(Self.ip, ["netns", "exec", namespaces[index], "/usr/bin/env"] + assignments + arguments)
  }

  /// Kills whatever still runs in the namespaces, then removes them and the bridge.
  func destroy() {
    for namespace in namespaces {
      let pids = Self.output([Self.ip, "netns", "pids", namespace]).split(separator: "\n").compactMap { Int32($0) }
      for pid in pids { kill(pid, SIGKILL) }
      _ = Self.run([Self.ip, "netns", "del", namespace])
    }
    _ = Self.run([Self.ip, "link", "del", bridge])
  }

  /// Runs a command to its end; its exit status.
  @discardableResult
  static func run(_ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// Runs a command to its end; its standard output.
  static func output(_ arguments: [String]) -> String {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return "" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  static func check(_ arguments: [String]) throws {
    let status = run(arguments)
    guard status == 0 else { throw NetworkSetupError(description: "\(arguments.joined(separator: " ")) exited with \(status)") }
  }
}

/// A step of the network's set-up failed.
struct NetworkSetupError: Error, CustomStringConvertible {
  let description: String
}
