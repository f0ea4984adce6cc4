import Foundation
import Synchronization
import Testing

@testable import MeshNLUService

/// `NaturalBatcher` without sockets: what arrives while a batch runs goes in the next batch, every caller
/// gets its own output, and batches never exceed their limit.
@Suite struct NaturalBatcherTests {
  /// What the work closures record, shared with the test.
  final class Record<Input: Sendable>: Sendable {
    let batches = Mutex<[[Input]]>([])
    let release = Atomic<Bool>(false)
  }

  @Test func callsArrivingDuringABatchShareTheNextOne() async throws {
    let record = Record<Int>()
    // Generous bounds on every wait, so a broken batcher fails the test instead of hanging it.
    let deadline = ContinuousClock.now + .seconds(60)
    let batcher = NaturalBatcher<Int, Int>(maxBatch: 8, lanes: 1) { inputs in
      record.batches.withLock { $0.append(inputs) }
      // The first batch holds its lane until every other call is queued behind it.
      while inputs == [0] && !record.release.load(ordering: .acquiring) && ContinuousClock.now < deadline { usleep(1000) }
      return inputs.map { $0 * 10 }
    }
    let first = Task { await batcher.submit(0) }
    while record.batches.withLock({ $0.isEmpty }) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(1)) }
    let rest = (1...20).map { value in Task { await batcher.submit(value) } }
    while batcher.pendingCount < 20 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(1)) }
    record.release.store(true, ordering: .releasing)

    #expect(await first.value == 0)
    for (offset, task) in rest.enumerated() { #expect(await task.value == (offset + 1) * 10) }
    let sizes = record.batches.withLock { $0.map(\.count) }
    // 1 alone, then the 20 queued ones in batches of at most 8.
    #expect(sizes == [1, 8, 8, 4], "\(sizes)")
    #expect(record.batches.withLock { $0.flatMap { $0 }.sorted() } == Array(0...20))
  }

  @Test func anIdleBatcherRunsACallAtOnceAndAlone() async {
    let record = Record<String>()
    let batcher = NaturalBatcher<String, Int>(maxBatch: 32, lanes: 2) { inputs in
      record.batches.withLock { $0.append(inputs) }
      return inputs.map(\.count)
    }
    #expect(await batcher.submit("four") == 4)
    #expect(await batcher.submit("") == 0)
    #expect(record.batches.withLock { $0 } == [["four"], [""]])
    #expect(batcher.pendingCount == 0)
  }
}
