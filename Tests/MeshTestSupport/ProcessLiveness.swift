import Foundation

/// Whether processes run, by pid: for tests that check that processes they did not start themselves (a
/// supervisor's children, a peer's grandchildren) are gone.
public enum ProcessLiveness {
  /// Whether a process runs (a zombie waiting for its reaper does not count).
  public static func isRunning(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let close = stat.lastIndex(of: ")") else { return false }
    return !stat[close...].hasPrefix(") Z")
  }

  /// Waits until none of `pids` runs, for at most `seconds` (the bound only ends a hung test).
  /// - Returns: those still running.
  public static func waitGone(_ pids: [Int32], seconds: Double) async throws -> [Int32] {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if pids.allSatisfy({ !isRunning($0) }) { return [] }
      try await Task.sleep(for: .milliseconds(100))
    }
    return pids.filter(isRunning)
  }
}
