import CPostgres
import Foundation
import MeshProcessSupport

/// One `mesh serve` child of `mesh up`: spawned (under `setpriv --pdeathsig TERM` when the system has it)
/// with standard output and error on a pipe whose lines go to `onLine`, and waited for on a thread of its
/// own, which reports the exit status to `onExit`.
final class ChildProcess: Sendable {
  /// The process id.
  let pid: pid_t

  /// `setpriv` (util-linux), which sets the parent-death signal before it runs the child.
  static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Spawns `executable` with `arguments` and extra environment.
  /// - Parameters:
  ///   - executable: the binary.
  ///   - arguments: its arguments.
  ///   - environment: variables added to (or replacing) this process's.
  ///   - onLine: each line the child writes, as it comes (on the reader thread).
  ///   - onExit: the exit status (128 + the signal when killed), once (on the waiter thread).
  init(executable: String, arguments: [String], environment: [String: String],
       onLine: @escaping @Sendable (String) -> Void, onExit: @escaping @Sendable (Int32) -> Void) throws {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { throw ChildError(description: "pipe: \(String(cString: strerror(errno)))") }
    // Neither end leaks into other children (the dup2 of the spawn gives this child its own copy).
    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    let argv = (Self.setpriv.map { [$0, "--pdeathsig", "TERM", "--"] } ?? []) + [executable] + arguments
    var variables = ProcessInfo.processInfo.environment
    for (name, value) in environment { variables[name] = value }
    variables[SupervisorLink.variable] = String(getpid())
    let (readEnd, writeEnd) = (fds[0], fds[1])
    let spawned: (pid: pid_t, error: Int32) = SpawnerThread.shared.run {
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
      posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
      cpostgres_spawn_close_from(&actions, 3)
      // Its own process group, so a Ctrl-C on the terminal reaches the supervisor only, which drains in order.
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
      posix_spawnattr_setpgroup(&attributes, 0)
      var cArguments = argv.map { strdup($0) } + [nil]
      var cEnvironment = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
      defer {
        cArguments.forEach { free($0) }
        cEnvironment.forEach { free($0) }
      }
      var pid: pid_t = 0
      let result = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
      return (pid, result)
    }
    close(writeEnd)
    guard spawned.error == 0 else {
      close(readEnd)
      throw ChildError(description: "cannot start \(argv[0]): \(String(cString: strerror(spawned.error)))")
    }
    pid = spawned.pid
    let reader = Thread {
      var pending: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 16_384)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        pending += buffer[0..<count]
        while let newline = pending.firstIndex(of: 10) {
          onLine(String(decoding: pending[..<newline], as: UTF8.self))
          pending.removeSubrange(...newline)
        }
      }
      if !pending.isEmpty { onLine(String(decoding: pending, as: UTF8.self)) }
      close(readEnd)
    }
    reader.start()
    let pid = spawned.pid
    let waiter = Thread {
      var raw: Int32 = 0
      while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
      onExit(raw & 0x7f == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f))
    }
    waiter.start()
  }

  /// Sends `signal` to the child.
  func signal(_ number: Int32) { kill(pid, number) }
}

/// A child that could not be started.
struct ChildError: Error, CustomStringConvertible {
  let description: String
}
