import Dispatch
import Glibc
@testable import MeshTransport
import Synchronization
import Testing

/// When the loop runs the work a descriptor's events queued: right after that descriptor, before the next
/// one of the same turn is handled (so a connection's new calls run while their request bytes are still
/// in the cache); work queued by that work runs in a later pass, never inside the one that queued it.
@Suite("Event loop: work queued by a descriptor runs before the next descriptor")
struct EventLoopWorkOrderTests {
  /// What happened on the loop, in order.
  final class Journal: Sendable {
    private let entries = Mutex<[String]>([])
    let done = DispatchSemaphore(value: 0)
    func note(_ entry: String) { entries.withLock { $0.append(entry) } }
    var all: [String] { entries.withLock { $0 } }
  }

  /// Reads the byte waiting on a pipe, notes it, and queues work on the loop (as a read that starts a
  /// call's task does); that work queues more work. Touched on the loop only once registered (the test
  /// thread only hands it over), hence unchecked.
  final class Reader: FileEventHandler, @unchecked Sendable {
    let name: String
    let fd: Int32
    let loop: EventLoop
    let journal: Journal

    init(name: String, fd: Int32, loop: EventLoop, journal: Journal) {
      self.name = name
      self.fd = fd
      self.loop = loop
      self.journal = journal
    }

    func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
      var byte: UInt8 = 0
      guard Glibc.read(fd, &byte, 1) == 1 else { return }
      journal.note("read \(name)")
      let (name, journal, loop) = (name, journal, loop)
      loop.execute {
        journal.note("work \(name)")
        loop.execute {
          journal.note("later \(name)")
          if journal.all.filter({ $0.hasPrefix("later") }).count == 2 { journal.done.signal() }
        }
      }
    }

    func loopStopping() {}
  }

  @Test func workQueuedByADescriptorRunsBeforeTheNextDescriptorOfTheTurn() async throws {
    let loop = EventLoop(name: "work-order-test")
    defer {
      loop.shutdown()
      loop.waitUntilStopped()
    }
    var first: [Int32] = [0, 0], second: [Int32] = [0, 0]
    try #require(pipe(&first) == 0)
    try #require(pipe(&second) == 0)
    defer { [first[0], first[1], second[0], second[1]].forEach { _ = close($0) } }
    let journal = Journal()
    let readers = [
      Reader(name: "a", fd: first[0], loop: loop, journal: journal),
      Reader(name: "b", fd: second[0], loop: loop, journal: journal),
    ]
    let (writeA, writeB) = (first[1], second[1])
    loop.execute {
      for reader in readers { loop.register(reader.fd, handler: reader) }
      // Both readable before the loop next waits: one epoll_wait reports the two in one turn.
      var byte: UInt8 = 1
      _ = Glibc.write(writeA, &byte, 1)
      _ = Glibc.write(writeB, &byte, 1)
    }
    #expect(await signalled(journal.done))
    let entries = journal.all
    // epoll may report the two in either order; each one's work follows its read at once (before the
    // change: both reads, then all the work). The first one's later work was queued before the second
    // descriptor's, so it runs in the pass after the second read.
    let order = entries.filter { $0.hasPrefix("read") }.map { String($0.dropFirst(5)) }
    try #require(order.count == 2, "\(entries)")
    let (x, y) = (order[0], order[1])
    #expect(entries == ["read \(x)", "work \(x)", "read \(y)", "later \(x)", "work \(y)", "later \(y)"])
    let unregistered = DispatchSemaphore(value: 0)
    loop.execute {
      for reader in readers { loop.unregister(reader.fd) }
      unregistered.signal()
    }
    #expect(await signalled(unregistered))
  }
}
