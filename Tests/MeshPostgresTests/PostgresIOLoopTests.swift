import Foundation
@testable import MeshPostgres
import Testing

/// The epoll thread on plain pipes: readiness, deadlines and cancellation, without a database.
@Suite struct PostgresIOLoopTests {
  private func makePipe() -> (read: Int32, write: Int32) {
    var fds: [Int32] = [0, 0]
    precondition(pipe(&fds) == 0)
    return (fds[0], fds[1])
  }

  @Test func resumesWhenReadable() async throws {
    let (r, w) = makePipe()
    defer { close(r); close(w) }
    let waiter = Task { try await PostgresIOLoop.shared.wait(fd: r, for: .read, deadline: .now + .seconds(30)) }
    try await Task.sleep(for: .milliseconds(50))
    var byte: UInt8 = 1
    #expect(write(w, &byte, 1) == 1)
    try await waiter.value
  }

  @Test func deadlineGivesTimeout() async throws {
    let (r, w) = makePipe()
    defer { close(r); close(w) }
    await #expect(throws: PostgresError.timeout("socket wait")) {
      try await PostgresIOLoop.shared.wait(fd: r, for: .read, deadline: .now + .milliseconds(50))
    }
  }

  @Test func cancellationEndsTheWait() async throws {
    let (r, w) = makePipe()
    defer { close(r); close(w) }
    let waiter = Task { try await PostgresIOLoop.shared.wait(fd: r, for: .read, deadline: nil) }
    try await Task.sleep(for: .milliseconds(50))
    waiter.cancel()
    await #expect(throws: CancellationError.self) { try await waiter.value }
  }

  @Test func manyWaitersOnOneLoop() async throws {
    let pipes = (0..<50).map { _ in makePipe() }
    defer { for p in pipes { close(p.read); close(p.write) } }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for p in pipes {
        group.addTask { try await PostgresIOLoop.shared.wait(fd: p.read, for: .read, deadline: .now + .seconds(30)) }
      }
      for p in pipes.reversed() {
        var byte: UInt8 = 1
        _ = write(p.write, &byte, 1)
      }
      try await group.waitForAll()
    }
  }

  /// A one-shot registration is armed again by each wait, and a closed descriptor's number reused by a new
  /// pipe (closing removed it from epoll) is added again.
  @Test func waitsAgainOnTheSameAndOnAReusedDescriptor() async throws {
    for _ in 0..<3 {
      let (r, w) = makePipe()
      for _ in 0..<3 {
        let waiter = Task { try await PostgresIOLoop.shared.wait(fd: r, for: .read, deadline: .now + .seconds(30)) }
        var byte: UInt8 = 1
        #expect(write(w, &byte, 1) == 1)
        try await waiter.value
        #expect(read(r, &byte, 1) == 1)
      }
      close(r)
      close(w)
    }
  }

  /// A wait whose deadline comes before the time the loop sleeps until (here: no time, another wait has
  /// none) wakes the loop, so it times out instead of waiting with the other for ever.
  @Test(.timeLimit(.minutes(1))) func anEarlierDeadlineWakesTheLoop() async throws {
    let (r1, w1) = makePipe()
    let (r2, w2) = makePipe()
    defer { close(r1); close(w1); close(r2); close(w2) }
    let endless = Task { try await PostgresIOLoop.shared.wait(fd: r1, for: .read, deadline: nil) }
    try await Task.sleep(for: .milliseconds(50))
    await #expect(throws: PostgresError.timeout("socket wait")) {
      try await PostgresIOLoop.shared.wait(fd: r2, for: .read, deadline: .now + .milliseconds(50))
    }
    endless.cancel()
    await #expect(throws: CancellationError.self) { try await endless.value }
  }
}
