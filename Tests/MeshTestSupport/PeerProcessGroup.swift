public import Foundation

/// The process group every peer of a test process joins, led by a small watchdog shell that ends the group when the
/// test process ends, however it ends: a test process killed with SIGKILL or crashed runs no `defer` and no `stop`,
/// and its peers (grpcio servers, `mesh serve` and `mesh up`, curl, Chromium with its renderers) used to keep
/// running. Grandchildren stay in the group unless they leave it themselves (`mesh up`'s services, which die with
/// `mesh up` by their parent-death signal; `script`'s child, which gets SIGHUP when its terminal closes; a detached
/// PostgreSQL, which `EmbeddedPostgres.stopWhenProcessDies` stops).
///
/// The watchdog wakes on the end of a socket whose other end only the test process holds, so the kernel's closing of
/// a dead process's descriptors is the signal: no polling, no pid that could be reused. It then sends SIGTERM to the
/// group (a `mesh up` drains and stops its database), and SIGKILL after `grace` seconds. It ignores the terminal's
/// signals so that a Ctrl-C, which reaches only the test process's own group, ends the peers through it. The group
/// lives as long as its leader, so its id cannot be reused while peers join it.
public final class PeerProcessGroup: Sendable {
  /// The group of this test process's peers, started with the first peer.
  public static let shared = Result { try PeerProcessGroup() }

  /// The group's id (the watchdog's pid).
  public let id: pid_t
  /// This process's end of the lifeline: while it is open, the watchdog waits.
  let lifeline: Int32

  /// Starts a watchdog and its group.
  /// - Parameter grace: seconds between the SIGTERM and the SIGKILL to the group once the lifeline closes.
  public init(grace: Int = 5) throws {
    var ends: [Int32] = [-1, -1]
    // Close-on-exec from the start (atomic, unlike pipe + fcntl): a child spawned meanwhile by another thread that
    // held this process's end would keep the watchdog asleep after this process died.
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
      throw PeerError("socketpair: \(String(cString: strerror(errno)))")
    }
    let script = """
      trap '' INT TERM HUP QUIT
      while read -r _; do :; done
      kill -TERM 0
      sleep "$1"
      kill -KILL 0
      """
    // Its own group (0: a new one, led by itself), its standard input the watchdog's end of the lifeline, its
    // output nowhere: inheriting the test's output would keep `swift test` waiting for the end of it.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[1], 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let watchdog: pid_t
    do {
      watchdog = try SpawnedChild.spawn("/bin/sh", ["-c", script, "mesh-test-peer-watchdog", String(grace)],
                                        environment: ProcessInfo.processInfo.environment, actions: &actions, group: 0)
    } catch {
      close(ends[0])
      close(ends[1])
      throw error
    }
    close(ends[1])
    id = watchdog
    lifeline = ends[0]
  }

  /// Closes the lifeline, as the end of the test process does: the watchdog ends the group. For groups other than
  /// `shared` (the shared one lives as long as the process).
  public func end() { close(lifeline) }
}
