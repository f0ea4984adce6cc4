#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// One thread that polls the libpq sockets and resumes whoever waits for them, so that no caller's
/// thread ever blocks on the network. Kept small and internal so it can later move onto the mesh's loop.
final class PostgresIOLoop: Sendable {
  /// Readiness a waiter asks for.
  struct Interest: OptionSet, Sendable {
    let rawValue: Int16
    static let read = Interest(rawValue: Int16(POLLIN))
    static let write = Interest(rawValue: Int16(POLLOUT))
  }

  private struct Waiter {
    let fd: Int32
    let interest: Interest
    let deadline: ContinuousClock.Instant?
    let continuation: CheckedContinuation<Void, any Error>
  }

  private struct State {
    var waiters: [UInt64: Waiter] = [:]
    /// Ids between `wait` starting and registering its continuation; a cancel landing then is kept in
    /// `cancelled`, so no id is remembered after its wait is over.
    var registering: Set<UInt64> = []
    var cancelled: Set<UInt64> = []
    var nextID: UInt64 = 0
  }

  /// The process-wide loop; one thread serves every connection.
  static let shared = PostgresIOLoop()

  private let state = Mutex(State())
  private let wakePipe: (read: Int32, write: Int32)

  private init() {
    var fds: [Int32] = [0, 0]
    precondition(pipe(&fds) == 0, "pipe() failed: \(errno)")
    for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    wakePipe = (fds[0], fds[1])
    let thread = Thread { [self] in self.run() }
    thread.name = "mesh-postgres-io"
    thread.start()
  }

  /// Suspends until `fd` is ready for `interest` (or has an error), the deadline passes, or the task is cancelled.
  func wait(fd: Int32, for interest: Interest, deadline: ContinuousClock.Instant?) async throws {
    let id = state.withLock { s -> UInt64 in
      s.nextID += 1
      s.registering.insert(s.nextID)
      return s.nextID
    }
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
        let cancelled = state.withLock { s -> Bool in
          s.registering.remove(id)
          if s.cancelled.remove(id) != nil { return true }
          s.waiters[id] = Waiter(fd: fd, interest: interest, deadline: deadline, continuation: continuation)
          return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) } else { wake() }
      }
    } onCancel: {
      let waiter = state.withLock { s -> Waiter? in
        if let waiter = s.waiters.removeValue(forKey: id) { return waiter }
        if s.registering.contains(id) { s.cancelled.insert(id) }
        return nil
      }
      waiter?.continuation.resume(throwing: CancellationError())
    }
  }

  private func wake() {
    var byte: UInt8 = 1
    _ = write(wakePipe.write, &byte, 1)
  }

  private func run() {
    var drain = [UInt8](repeating: 0, count: 64)
    while true {
      let snapshot = state.withLock { s in s.waiters.map { ($0.key, $0.value.fd, $0.value.interest, $0.value.deadline) } }
      var fds = [pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
      var timeoutMS: Int32 = -1
      let now = ContinuousClock.now
      for (_, fd, interest, deadline) in snapshot {
        fds.append(pollfd(fd: fd, events: interest.rawValue, revents: 0))
        if let deadline {
          let left = now.duration(to: deadline)
          let ms = max(0, Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1))
          timeoutMS = timeoutMS < 0 ? ms : min(timeoutMS, ms)
        }
      }
      let count = poll(&fds, nfds_t(fds.count), timeoutMS)
      if count < 0 && errno != EINTR { fatalError("poll() failed: \(errno)") }
      if fds[0].revents != 0 { while read(wakePipe.read, &drain, drain.count) > 0 {} }
      let after = ContinuousClock.now
      var ready: [(CheckedContinuation<Void, any Error>, (any Error)?)] = []
      state.withLock { s in
        for (index, entry) in snapshot.enumerated() {
          let revents = fds[index + 1].revents
          if revents != 0, let waiter = s.waiters.removeValue(forKey: entry.0) {
            ready.append((waiter.continuation, nil))
          } else if let deadline = entry.3, deadline <= after, let waiter = s.waiters.removeValue(forKey: entry.0) {
            ready.append((waiter.continuation, PostgresError.timeout("socket wait")))
          }
        }
      }
      for (continuation, error) in ready {
        if let error { continuation.resume(throwing: error) } else { continuation.resume() }
      }
    }
  }
}
