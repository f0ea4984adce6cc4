import Foundation

/// A child process started with `posix_spawn`, its output on one pipe; reaped by whoever asks first
/// whether it has exited; in the test process's peer group, so that it does not outlive the test process.
///
/// Not Foundation's `Process`: the child inherits the signal mask of the thread that starts it, and the
/// tests start peers from the concurrency pool's threads, which block SIGTERM. A peer that did not
/// unblock it itself then ignored SIGTERM (grpcio servers stayed after the tests). Here the child starts
/// with an empty mask and every signal at its default action.
final class SpawnedChild: @unchecked Sendable {
  /// The process id.
  let pid: pid_t
  /// The read end of the pipe the child writes its standard output and error to.
  let outputDescriptor: Int32
  private let lock = NSLock()
  /// The wait status once the child has been reaped.
  private var waitStatus: Int32?

  /// Starts `executable` with `arguments` and `environment` in `group`; standard input is /dev/null.
  /// - Parameter group: the process group it joins, which ends when this test process ends (`PeerProcessGroup`).
  init(executable: String, arguments: [String], environment: [String: String], group: PeerProcessGroup) throws {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { throw PeerError("pipe: errno \(errno)") }
    // Close-on-exec, so that other children do not hold the pipe open (pipe2 is not in Glibc's module).
    for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
    posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
    defer { close(writeEnd) }
    do {
      pid = try Self.spawn(executable, arguments, environment: environment, actions: &actions, group: group.id)
    } catch {
      close(readEnd)
      throw error
    }
    outputDescriptor = readEnd
  }

  /// Spawns `executable` with an empty signal mask and every signal at its default action, in process group
  /// `group` (0: a new group it leads).
  /// - Returns: its pid.
  static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                    actions: inout posix_spawn_file_actions_t, group: pid_t) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setpgroup(&attributes, group)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let rc = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    // EPERM: the group is gone (its watchdog was killed), so the child could not join it.
    guard rc == 0 else { throw PeerError("posix_spawn \(executable): \(String(cString: strerror(rc)))") }
    return child
  }

  /// Whether the child has exited; reaps it the first time that is seen.
  var hasExited: Bool { lock.withLock { reapIfExited() } }

  /// The exit code, or the number of the signal that ended it (as Foundation's `terminationStatus`);
  /// nil while it runs.
  var terminationStatus: Int32? {
    lock.withLock { () -> Int32? in
      guard reapIfExited(), let status = waitStatus else { return nil }
      let signal = status & 0x7f
      return signal == 0 ? (status >> 8) & 0xff : signal
    }
  }

  /// Sends `signal` if the child has not been reaped (so the pid cannot belong to another process yet).
  func send(_ signal: Int32) {
    lock.withLock { if !reapIfExited() { _ = kill(pid, signal) } }
  }

  /// Sends SIGKILL and waits for the child to be gone.
  func killAndReap() {
    lock.withLock {
      guard !reapIfExited() else { return }
      _ = kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      waitStatus = status
    }
  }

  /// Lock held.
  private func reapIfExited() -> Bool {
    if waitStatus != nil { return true }
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return false }
    waitStatus = status
    return true
  }
}
