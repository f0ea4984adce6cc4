internal import CLinux
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Synchronization

/// One thread that waits on the libpq sockets with epoll and resumes whoever waits for them, so that no
/// caller's thread ever blocks on the network. Kept small and internal so it can later move onto the mesh's loop.
///
/// A wait arms its socket itself (`EPOLL_CTL_MOD`, one-shot) from the caller's thread: the loop's thread is
/// woken once per wait, when the socket is ready, not also to learn of the new socket as with `poll`,
/// where every statement of every connection cost the loop a wake-up through its pipe and a rebuilt set of
/// descriptors. The loop is woken early (an eventfd) only when a wait's deadline comes before the time it
/// sleeps until.
final class PostgresIOLoop: Sendable {
  /// Readiness a waiter asks for.
  struct Interest: OptionSet, Sendable {
    let rawValue: Int16
    static let read = Interest(rawValue: Int16(POLLIN))
    static let write = Interest(rawValue: Int16(POLLOUT))

    /// The epoll events of this interest, one-shot: a readiness is reported once, to the wait that armed it.
    var epollEvents: UInt32 {
      (contains(.read) ? EPOLLIN.rawValue : 0) | (contains(.write) ? EPOLLOUT.rawValue : 0) | EPOLLONESHOT.rawValue
    }
  }

  private struct Waiter {
    let deadline: ContinuousClock.Instant?
    let continuation: CheckedContinuation<Void, any Error>
  }

  private struct State {
    var waiters: [UInt64: Waiter] = [:]
    /// Ids between `wait` starting and registering its continuation; a cancel landing then is kept in
    /// `cancelled`, so no id is remembered after its wait is over.
    var registering: Set<UInt64> = []
    var cancelled: Set<UInt64> = []
    /// Waiter ids start at 1: 0 marks the loop's own eventfd in epoll's data.
    var nextID: UInt64 = 0
    /// When the loop's thread wakes at the latest (nil: not before a socket is ready); a wait whose
    /// deadline comes earlier must wake it.
    var sleepsUntil: ContinuousClock.Instant?
  }

  /// The process-wide loop; one thread serves every connection.
  static let shared = PostgresIOLoop()

  private let state = Mutex(State())
  private let epollFD: Int32
  private let wakeFD: Int32

  private init() {
    epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
    wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
    precondition(epollFD >= 0 && wakeFD >= 0, "epoll_create1/eventfd failed: \(errno)")
    var event = epoll_event()
    event.events = EPOLLIN.rawValue
    event.data.u64 = 0
    precondition(epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, &event) == 0, "epoll_ctl failed: \(errno)")
    let thread = Thread { [self] in self.run() }
    thread.name = "mesh-postgres-io"
    thread.start()
  }

  /// Suspends until `fd` is ready for `interest` (or has an error), the deadline passes, or the task is
  /// cancelled. One wait per descriptor at a time (a connection runs one statement at a time).
  func wait(fd: Int32, for interest: Interest, deadline: ContinuousClock.Instant?) async throws {
    let id = state.withLock { s -> UInt64 in
      s.nextID += 1
      s.registering.insert(s.nextID)
      return s.nextID
    }
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
        let (cancelled, wakeLoop) = state.withLock { s -> (Bool, Bool) in
          s.registering.remove(id)
          if s.cancelled.remove(id) != nil { return (true, false) }
          s.waiters[id] = Waiter(deadline: deadline, continuation: continuation)
          guard let deadline else { return (false, false) }
          return (false, s.sleepsUntil.map { deadline < $0 } ?? true)
        }
        if cancelled { return continuation.resume(throwing: CancellationError()) }
        if wakeLoop { wake() }
        // Armed after the waiter is in place: a readiness reported at once finds it. A wait that ended
        // meanwhile (cancelled) leaves the socket armed for an id nobody waits for; that report is dropped.
        if let failure = arm(fd, interest, id), let waiter = state.withLock({ $0.waiters.removeValue(forKey: id) }) {
          waiter.continuation.resume(throwing: failure)
        }
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

  /// Points `fd`'s one-shot registration at waiter `id` (adding it the first time, or when a closed
  /// socket's number was reused, since closing a socket removes it from epoll); nil when it worked.
  private func arm(_ fd: Int32, _ interest: Interest, _ id: UInt64) -> PostgresError? {
    var event = epoll_event()
    event.events = interest.epollEvents
    event.data.u64 = id
    if epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, &event) == 0 { return nil }
    guard errno == ENOENT else { return .connectionLost("epoll_ctl(MOD) failed: errno \(errno)") }
    if epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, &event) == 0 { return nil }
    return .connectionLost("epoll_ctl(ADD) failed: errno \(errno)")
  }

  private func wake() {
    var one: UInt64 = 1
    _ = write(wakeFD, &one, MemoryLayout<UInt64>.size)
  }

  private func run() {
    var events = [epoll_event](repeating: epoll_event(), count: 64)
    var drained: UInt64 = 0
    while true {
      let timeoutMS = state.withLock { s -> Int32 in
        let nearest = s.waiters.values.lazy.compactMap(\.deadline).min()
        s.sleepsUntil = nearest
        guard let nearest else { return -1 }
        let left = ContinuousClock.now.duration(to: nearest)
        return max(0, Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1))
      }
      let count = epoll_wait(epollFD, &events, Int32(events.count), timeoutMS)
      if count < 0 && errno != EINTR { fatalError("epoll_wait() failed: \(errno)") }
      var ready: [(CheckedContinuation<Void, any Error>, (any Error)?)] = []
      let now = ContinuousClock.now
      state.withLock { s in
        for index in 0..<max(0, Int(count)) {
          let id = events[index].data.u64
          if id == 0 {
            _ = read(wakeFD, &drained, MemoryLayout<UInt64>.size)
          } else if let waiter = s.waiters.removeValue(forKey: id) {
            ready.append((waiter.continuation, nil))
          }
        }
        guard let sleptUntil = s.sleepsUntil, sleptUntil <= now else { return }
        for (id, waiter) in s.waiters {
          if let deadline = waiter.deadline, deadline <= now {
            s.waiters[id] = nil
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
