public import Foundation

/// Stops a test cluster whose test process died without stopping it. `pg_ctl start` detaches the server, so a
/// test process that crashes or is killed (a failed precondition, a CI time limit) would leave its servers running
/// and its folders behind; the suites' scopes stop them only when the process lives to the end.
public enum ClusterWatchdog {
  /// Starts a small shell that waits while `process` lives and `root` exists. If the process dies first, it stops
  /// the server as an immediate shutdown would (SIGQUIT to the postmaster named in the pid file) and removes `root`;
  /// if `root` goes first (`TestCluster.stop`, the normal end), it just exits. Not the pid file: suites that crash
  /// and restart their server remove it on the way.
  /// - Parameters:
  ///   - dataDirectory: the cluster's data folder (holds `postmaster.pid` while the server runs).
  ///   - root: the cluster's folder: removed after the server stopped; its removal ends the watchdog.
  ///   - process: the process whose death stops the cluster (this test process by default).
  /// - Returns: the watchdog's process id.
  @discardableResult
  public static func start(dataDirectory: String, root: String, process: Int32 = getpid()) throws -> Int32 {
    // The pid file's first line is the postmaster's pid; the server removes the file when it exits.
    let script = """
      while kill -0 "$1" 2>/dev/null && [ -d "$3" ]; do sleep 1; done
      [ -d "$3" ] || exit 0
      [ -f "$2/postmaster.pid" ] && kill -QUIT "$(head -n 1 "$2/postmaster.pid")" 2>/dev/null
      for _ in 1 2 3 4 5 6 7 8 9 10; do [ -f "$2/postmaster.pid" ] || break; sleep 1; done
      rm -rf "$3"
      """
    let watchdog = Process()
    watchdog.executableURL = URL(fileURLWithPath: "/bin/sh")
    watchdog.arguments = ["-c", script, "mesh-test-cluster-watchdog", String(process), dataDirectory, root]
    watchdog.standardInput = FileHandle.nullDevice
    watchdog.standardOutput = FileHandle.nullDevice
    watchdog.standardError = FileHandle.nullDevice
    try watchdog.run()
    return watchdog.processIdentifier
  }
}
