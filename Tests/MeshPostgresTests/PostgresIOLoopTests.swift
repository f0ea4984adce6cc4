import Foundation
@testable import MeshPostgres
import Testing

/// The poll thread on plain pipes: readiness, deadlines and cancellation, without a database.
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
}
