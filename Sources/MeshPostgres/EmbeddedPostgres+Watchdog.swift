public import Foundation

extension EmbeddedPostgres {
  /// What the watchdog does with the cluster once its process died.
  public enum Abandoned: Sendable {
    /// Stop the server as `pg_ctl stop -m fast` would (SIGINT to the postmaster) and keep the data: `mesh up`'s cluster.
    case stopServer
    /// Stop the server as an immediate shutdown would (SIGQUIT) and remove `root`, the folder that holds the data
    /// folder: a test's throwaway cluster.
    case stopServerAndRemove(root: String)
  }

  /// Starts a small shell that stops this cluster's server when `process` dies without stopping it. `pg_ctl start`
  /// detaches the server, so a process that crashes or is killed (SIGKILL, a CI time limit, a failed precondition)
  /// would leave it running, and its folder behind; the process's own cleanup runs only when it lives to the end.
  ///
  /// The shell waits while `process` lives and the watched folder (`root`, or the data folder) exists, noting at its
  /// start (the server runs by then, and the process may die before the loop's first look) and each second after
  /// which postmaster the pid file names. If the process dies first, it signals that postmaster if the pid file
  /// still names it, waits for the pid file to go, and removes `root` when asked; if the folder goes first (the normal
  /// end of a test cluster), it just exits. It watches the folder, not the pid file: a process that restarts its
  /// server removes the pid file on the way. It signals only a postmaster seen while its process lived: a `mesh up`
  /// that stopped its server and exited, then started again on the same folder within that second, has a new server
  /// the old watchdog must leave alone. It ignores SIGINT, SIGTERM, SIGHUP and SIGQUIT, which may reach it with its
  /// process (a Ctrl-C, a test's process group ended), since it must outlive that process.
  /// - Parameters:
  ///   - abandoned: how the server is stopped, and whether its folder is removed.
  ///   - process: the process whose death stops the server (this process by default).
  /// - Returns: the watchdog's process id.
  @discardableResult
  public func stopWhenProcessDies(_ abandoned: Abandoned, process: Int32 = getpid()) throws -> Int32 {
    let (signal, root, remove) = switch abandoned {
    case .stopServer: ("INT", dataDirectory, "keep")
    case .stopServerAndRemove(let root): ("QUIT", root, "remove")
    }
    // The pid file's first line is the postmaster's pid; the server removes the file when it exits. A fast shutdown
    // writes a checkpoint, so it may take longer than an immediate one: up to a minute, as `pg_ctl stop` waits.
    let script = """
      trap '' INT TERM HUP QUIT
      seen="$(head -n 1 "$2/postmaster.pid" 2>/dev/null)"
      while kill -0 "$1" 2>/dev/null && [ -d "$3" ]; do
        [ -f "$2/postmaster.pid" ] && seen="$(head -n 1 "$2/postmaster.pid" 2>/dev/null)"
        sleep 1
      done
      [ -d "$3" ] || exit 0
      if [ -n "$seen" ] && [ "$(head -n 1 "$2/postmaster.pid" 2>/dev/null)" = "$seen" ]; then
        kill -"$4" "$seen" 2>/dev/null
        for _ in $(seq 60); do [ -f "$2/postmaster.pid" ] || break; sleep 1; done
      fi
      [ "$5" = remove ] && rm -rf "$3"
      exit 0
      """
    let watchdog = Process()
    watchdog.executableURL = URL(fileURLWithPath: "/bin/sh")
    watchdog.arguments = ["-c", script, "mesh-postgres-watchdog", String(process), dataDirectory, root, signal, remove]
    watchdog.standardInput = FileHandle.nullDevice
    watchdog.standardOutput = FileHandle.nullDevice
    watchdog.standardError = FileHandle.nullDevice
    try watchdog.run()
    return watchdog.processIdentifier
  }
}
