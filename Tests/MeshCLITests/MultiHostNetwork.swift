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

  /// Makes the bridge and three namespaces with their links and addresses, after removing what runs that
  /// were killed left behind (`removeLeftovers`).
  init() throws {
    Self.removeLeftovers()
    // The creating process's PID in every name, so a later run can tell a dead run's leftovers from a live
    // run's network; names stay within the kernel's 15 bytes ("mbr" + at most 5 + "_" + 2).
    let tag = Self.runTag + String(UInt32.random(in: 0..<1296), radix: 36)
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

  /// This process's PID in base 36 and "_": the start of every name a run makes after its kind's prefix.
  static var runTag: String { tag(pid: getpid()) }

  /// The tag of the run of process `pid`.
  static func tag(pid: Int32) -> String { String(pid, radix: 36) + "_" }

  /// The folder of a run's files, named with this process's PID so that `removeLeftovers` can tell it.
  static func folder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(folderPrefix + runTag + UUID().uuidString).path
  }

  /// The start of a run's folder's name in the temporary folder.
  static let folderPrefix = "mesh-multihost-"

  /// Removes the namespaces (killing what runs in them), bridges and folders of runs whose test process is
  /// gone: a SIGKILLed test process runs no tear-down, and `PeerProcessGroup` ends its processes only.
  /// A run of a live process (another test process on the machine) is left alone.
  static func removeLeftovers() {
    // Names made before PIDs were in them have no "_" and are left alone.
    func creatorIsGone(_ name: Substring) -> Bool {
      guard let separator = name.firstIndex(of: "_"), let pid = Int32(name[..<separator], radix: 36), pid > 0 else { return false }
      return kill(pid, 0) != 0 && errno == ESRCH
    }
    for line in output([ip, "netns", "list"]).split(separator: "\n") {
      guard let name = line.split(separator: " ").first, name.hasPrefix("mh"), creatorIsGone(name.dropFirst(2)) else { continue }
      let namespace = String(name)
      for pid in output([ip, "netns", "pids", namespace]).split(separator: "\n").compactMap({ Int32($0) }) { kill(pid, SIGKILL) }
      run([ip, "netns", "del", namespace])
    }
    for line in output([ip, "-o", "link", "show", "type", "bridge"]).split(separator: "\n") {
      // "12: mbr2ocjk_1a: <BROADCAST,...": the name is the second field, before its colon.
      let fields = line.split(separator: " ")
      guard fields.count > 1, fields[1].hasPrefix("mbr") else { continue }
      let name = fields[1].dropLast(fields[1].hasSuffix(":") ? 1 : 0)
      guard creatorIsGone(name.dropFirst(3)) else { continue }
      run([ip, "link", "del", String(name)])
    }
    let temporary = FileManager.default.temporaryDirectory
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
    where entry.hasPrefix(folderPrefix) && creatorIsGone(entry.dropFirst(folderPrefix.count)) {
      try? FileManager.default.removeItem(atPath: temporary.appendingPathComponent(entry).path)
    }
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
