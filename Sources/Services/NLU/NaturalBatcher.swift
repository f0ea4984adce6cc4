import Synchronization

/// Runs work in batches formed by the load itself: a request that finds the batcher idle runs at once,
/// alone (no added wait when traffic is light); requests that arrive while a batch runs queue up and go
/// together, up to `maxBatch`, as the next batch. Under concurrent turns the encoder thus runs one
/// forward pass for several messages, which costs much less than one pass each.
///
/// `lanes` batches may run at once (each on the global executor, off the connections' event loops). The
/// first lane opens for a lone call; another opens only when at least `extraLaneBatch` calls wait (a lone
/// call that finds a batch running waits for it and goes in the next one): two single-text passes side by
/// side cost twice one pass's CPU, one pass of two texts much less (ChatBenchmark, 2026-12-03).
final class NaturalBatcher<Input: Sendable, Output: Sendable>: Sendable {
  private struct Pending {
    let input: Input
    let continuation: CheckedContinuation<Output, Never>
  }

  private struct State {
    var pending: [Pending] = []
    var running = 0
  }

  private let state = Mutex(State())
  private let maxBatch: Int
  private let lanes: Int
  private let extraLaneBatch: Int
  private let work: @Sendable ([Input]) -> [Output]

  /// - Parameters:
  ///   - maxBatch: the most inputs per batch.
  ///   - lanes: how many batches may run at the same time.
  ///   - extraLaneBatch: how many calls must wait before a lane beside a running one opens (1: at once).
  ///   - work: turns a batch of inputs into exactly one output per input, in order.
  init(maxBatch: Int, lanes: Int, extraLaneBatch: Int = 2, work: @escaping @Sendable ([Input]) -> [Output]) {
    self.maxBatch = max(maxBatch, 1)
    self.lanes = max(lanes, 1)
    self.extraLaneBatch = max(extraLaneBatch, 1)
    self.work = work
  }

  /// Whether a call that has just joined the queue opens a lane: always when none runs, never when all
  /// run, and beside running ones only once `extraLaneBatch` calls wait.
  /// - Parameters:
  ///   - running: lanes running now.
  ///   - pending: calls waiting, the new one included.
  ///   - lanes: the most lanes.
  ///   - extraLaneBatch: the calls that must wait before a further lane opens.
  static func opensLane(running: Int, pending: Int, lanes: Int, extraLaneBatch: Int) -> Bool {
    guard running < lanes else { return false }
    return running == 0 || pending >= extraLaneBatch
  }

  /// How many calls wait for a batch (for tests).
  var pendingCount: Int { state.withLock { $0.pending.count } }

  /// The output for `input`, computed in the next batch.
  func submit(_ input: Input) async -> Output {
    await withCheckedContinuation { continuation in
      let startsLane = state.withLock { state -> Bool in
        state.pending.append(Pending(input: input, continuation: continuation))
        guard Self.opensLane(running: state.running, pending: state.pending.count, lanes: lanes,
                             extraLaneBatch: extraLaneBatch) else { return false }
        state.running += 1
        return true
      }
      if startsLane { Task.detached { self.drain() } }
    }
  }

  /// Runs batches until nothing is pending, then gives the lane back.
  private func drain() {
    while true {
      let batch = state.withLock { state -> [Pending] in
        guard !state.pending.isEmpty else {
          state.running -= 1
          return []
        }
        let taken = Array(state.pending.prefix(maxBatch))
        state.pending.removeFirst(taken.count)
        return taken
      }
      guard !batch.isEmpty else { return }
      let outputs = work(batch.map(\.input))
      for (pending, output) in zip(batch, outputs) { pending.continuation.resume(returning: output) }
    }
  }
}
