import Synchronization
import Testing

@testable import MeshNLUService

/// `NaturalBatcher` without sockets: every caller gets the output of its own input, batches never exceed
/// their limit, and an idle batcher runs a call at once, alone. (Nothing here blocks a thread of the
/// cooperative pool to force a batch: the services' group shares that pool with timing-sensitive suites.)
@Suite struct NaturalBatcherTests {
  /// The batches a work closure saw.
  final class Record<Input: Sendable>: Sendable {
    let batches = Mutex<[[Input]]>([])
  }

  @Test func manyConcurrentCallsEachGetTheirOwnOutputInBoundedBatches() async {
    let record = Record<Int>()
    let batcher = NaturalBatcher<Int, Int>(maxBatch: 8, lanes: 2) { inputs in
      record.batches.withLock { $0.append(inputs) }
      return inputs.map { $0 * 10 }
    }
    let outputs = await withTaskGroup(of: (Int, Int).self) { group in
      for value in 0..<200 { group.addTask { (value, await batcher.submit(value)) } }
      var outputs: [Int: Int] = [:]
      for await (value, output) in group { outputs[value] = output }
      return outputs
    }
    #expect(outputs.count == 200 && outputs.allSatisfy { $0.value == $0.key * 10 })
    let batches = record.batches.withLock { $0 }
    #expect(batches.allSatisfy { !$0.isEmpty && $0.count <= 8 }, "\(batches.map(\.count))")
    #expect(batches.flatMap { $0 }.sorted() == Array(0..<200))
    #expect(batcher.pendingCount == 0)
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

  @Test func aLaneBesideARunningOneOpensOnlyForABatch() {
    // None running: a lone call runs at once.
    #expect(NaturalBatcher<Int, Int>.opensLane(running: 0, pending: 1, lanes: 2, extraLaneBatch: 2))
    // One running: a lone waiting call waits for it; a second waiting call opens the other lane for both.
    #expect(!NaturalBatcher<Int, Int>.opensLane(running: 1, pending: 1, lanes: 2, extraLaneBatch: 2))
    #expect(NaturalBatcher<Int, Int>.opensLane(running: 1, pending: 2, lanes: 2, extraLaneBatch: 2))
    // Every lane running: nothing opens, however many wait.
    #expect(!NaturalBatcher<Int, Int>.opensLane(running: 2, pending: 30, lanes: 2, extraLaneBatch: 2))
    // extraLaneBatch 1 is the old rule: a lane for every call while one is free.
    #expect(NaturalBatcher<Int, Int>.opensLane(running: 1, pending: 1, lanes: 2, extraLaneBatch: 1))
  }
}
