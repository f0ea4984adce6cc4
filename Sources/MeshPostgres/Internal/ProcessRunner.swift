internal import CPostgres
import Foundation

/// Runs the PostgreSQL server tools with `posix_spawn` and a waiting thread. Foundation's `Process` is
/// not used: it learns of exit through a descriptor the child inherits, and `pg_ctl start` leaves the
/// server (a grandchild) holding it, so the exit would never be seen. Output goes to a file, the child
/// gets no other descriptor of ours, and the server inherits nothing.
enum ProcessRunner {
  /// When the process runs as root, initdb and postgres refuse to run, so the tools run as this user.
  static let serviceUser = "postgres"

  static var isRoot: Bool { geteuid() == 0 }

  /// Runs `executable` with `arguments` (as `serviceUser` when root) and returns status and output.
  static func run(_ executable: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
    let argv = isRoot ? ["/usr/sbin/runuser", "-u", serviceUser, "--", executable] + arguments : [executable] + arguments
    let logPath = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-pg-\(UUID().uuidString).log").path
    defer { unlink(logPath) }
    let pid = try spawn(argv, logPath: logPath)
    let status: Int32 = await withCheckedContinuation { continuation in
      // waitpid blocks, so it gets a short-lived thread of its own rather than a pool thread.
      let thread = Thread {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        let exited = raw & 0x7f == 0
        continuation.resume(returning: exited ? (raw >> 8) & 0xff : 128 + (raw & 0x7f))
      }
      thread.start()
    }
    let output = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    return (status, output)
  }

  private static func spawn(_ argv: [String], logPath: String) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    cpostgres_spawn_close_from(&actions, 3)
    var cArgs = argv.map { strdup($0) } + [nil]
    defer { for arg in cArgs { free(arg) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ)
    guard result == 0 else {
      throw PostgresError.process(command: argv.joined(separator: " "), status: result, output: String(cString: strerror(result)))
    }
    return pid
  }

  /// Runs and throws `PostgresError.process` on a non-zero exit.
  @discardableResult
  static func check(_ executable: String, _ arguments: [String]) async throws -> String {
    let (status, output) = try await run(executable, arguments)
    guard status == 0 else {
      throw PostgresError.process(command: ([URL(fileURLWithPath: executable).lastPathComponent] + arguments).joined(separator: " "),
                                  status: status, output: output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return output
  }

  /// Gives `path` (recursively) to `serviceUser` when running as root.
  static func handToServiceUser(_ path: String) throws {
    guard isRoot, let user = getpwnam(serviceUser) else { return }
    let uid = user.pointee.pw_uid
    let gid = user.pointee.pw_gid
    guard chown(path, uid, gid) == 0 else {
      throw PostgresError.process(command: "chown \(path)", status: errno, output: String(cString: strerror(errno)))
    }
    if let enumerator = FileManager.default.enumerator(atPath: path) {
      for case let child as String in enumerator { _ = chown(path + "/" + child, uid, gid) }
    }
  }
}
