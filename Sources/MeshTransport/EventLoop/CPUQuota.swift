internal import Glibc

/// The CPU quota of the process's cgroup (a container's `--cpus`, a Kubernetes CPU limit) in whole
/// cores, rounded up: a process allowed 1.5 CPUs of a 16-core machine serves best with 2 loops, not 16
/// that the kernel throttles in turn.
enum CPUQuota {
  /// The cores the quota allows, or nil when there is no quota or no cgroup file could be read.
  static func cores() -> Int? {
    if let line = firstLine(ofFile: cgroupV2Directory() + "/cpu.max"), let cores = cores(cpuMax: line) {
      return cores
    }
    guard let quota = firstLine(ofFile: "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
          let period = firstLine(ofFile: "/sys/fs/cgroup/cpu/cpu.cfs_period_us") else { return nil }
    return cores(quota: quota, period: period)
  }

  /// Reads cgroup v2's `cpu.max`: `max 100000` (no quota) or `QUOTA PERIOD`, in microseconds.
  /// - Parameter line: the file's line.
  /// - Returns: the cores, rounded up; nil for no quota or a line that is not of that form.
  static func cores(cpuMax line: String) -> Int? {
    let fields = line.split(whereSeparator: \.isWhitespace)
    guard fields.count == 2 else { return nil }
    return cores(quota: String(fields[0]), period: String(fields[1]))
  }

  /// Reads cgroup v1's `cpu.cfs_quota_us` (-1: no quota) and `cpu.cfs_period_us`.
  /// - Returns: the cores, rounded up; nil for no quota or values that are not positive integers.
  static func cores(quota: String, period: String) -> Int? {
    guard let quota = Int(quota.trimmingWhitespace), let period = Int(period.trimmingWhitespace),
          quota > 0, period > 0 else { return nil }
    // Divided first, so that no quota, however large, can overflow.
    return quota / period + (quota % period == 0 ? 0 : 1)
  }

  /// The process's own cgroup v2 directory, from the `0::PATH` line of `/proc/self/cgroup` (the root
  /// inside a container with its own cgroup namespace).
  private static func cgroupV2Directory() -> String {
    var path = "/"
    forEachLine(ofFile: "/proc/self/cgroup") { line in
      guard line.hasPrefix("0::") else { return true }
      path = String(line.dropFirst(3))
      return false
    }
    return "/sys/fs/cgroup" + (path == "/" ? "" : path)
  }

  private static func firstLine(ofFile path: String) -> String? {
    var first: String?
    forEachLine(ofFile: path) { line in
      first = line
      return false
    }
    return first
  }

  /// Calls `body` with each line (without its newline) until it returns false.
  private static func forEachLine(ofFile path: String, _ body: (String) -> Bool) {
    guard let file = fopen(path, "r") else { return }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 4096)
    while fgets(&buffer, Int32(buffer.count), file) != nil {
      let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
      guard body(String(decoding: bytes, as: UTF8.self).trimmingWhitespace) else { return }
    }
  }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
