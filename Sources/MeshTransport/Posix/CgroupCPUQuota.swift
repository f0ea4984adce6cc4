internal import Glibc

/// The CPU quota of a cgroup v2 (`cpu.max`), as a number of cores: a container limited to 1.5 CPUs
/// gets 2 loops, not one per core of the machine. SwiftNIO sizes its loop group the same way.
enum CgroupCPUQuota {
  /// The file the kernel exposes to a process in a cgroup v2 hierarchy (its own group, in a container).
  static let cpuMaxPath = "/sys/fs/cgroup/cpu.max"

  /// Cores allowed by a `cpu.max` text ("QUOTA PERIOD", microseconds): the quota over the period,
  /// rounded up, at least 1. Nil when there is no quota ("max 100000") or the text is not understood.
  static func cores(cpuMax text: Substring) -> Int? {
    let fields = text.split(whereSeparator: \.isWhitespace)
    guard fields.count == 2, let quota = Int(fields[0]), let period = Int(fields[1]),
          quota > 0, period > 0 else { return nil }
    // quota / period rounded up, written so that it cannot overflow for any positive Int.
    let (whole, rest) = quota.quotientAndRemainder(dividingBy: period)
    return max(1, rest > 0 ? whole + 1 : whole)
  }

  /// The cores this process's cgroup allows, or nil without a quota (or without cgroup v2).
  static var cores: Int? {
    guard let text = readSmallFile(cpuMaxPath) else { return nil }
    return cores(cpuMax: Substring(text))
  }

  /// A short file of /sys, read with plain system calls (no Foundation in the transport).
  private static func readSmallFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 128)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count], as: UTF8.self)
  }
}
