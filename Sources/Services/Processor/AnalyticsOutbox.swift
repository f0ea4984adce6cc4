import MeshCore
import MeshProtos
import Synchronization

/// The turns' analytics events, sent off the turns' path: a turn posts its event and goes on; a sender
/// streams every event waiting in one Record call (a call per batch, not per turn), and the events
/// posted meanwhile go in the next call. Analytics is not worth failing or slowing a turn for: when it
/// is down, or more than `capacity` events wait, events are dropped and counted (`AnalyticsDropReason`).
/// Each event's id (`turn:<message id>`) makes a turn retried after a crash count once.
///
/// A sender waits `linger` before it takes a batch (unless a whole call's worth waits, or the outbox is
/// closing): without it, under load, a call left with every first event and carried 1.5-3 events (0.35-0.65
/// Record calls and INSERTs, each a WAL flush, per turn in ChatBenchmark 16x30); with 50 ms, 0.07-0.15.
final class AnalyticsOutbox: Sendable {
  private struct State {
    var waiting: [Mesh_Analytics_V1_Event] = []
    var sending = false
    var closed = false
    var drained: [CheckedContinuation<Void, Never>] = []
  }

  private let state = Mutex(State())
  private let client: Mesh_Analytics_V1_AnalyticsService.Client
  private let callTimeout: Duration
  private let capacity: Int
  private let maxPerCall: Int
  private let linger: Duration

  /// - Parameters:
  ///   - client: the analytics service.
  ///   - callTimeout: the deadline of one Record call.
  ///   - capacity: the most events kept waiting; more are dropped.
  ///   - maxPerCall: the most events one call carries.
  ///   - linger: how long a sender lets events gather before it takes a batch.
  init(client: Mesh_Analytics_V1_AnalyticsService.Client, callTimeout: Duration, capacity: Int = 10_000, maxPerCall: Int = 500,
       linger: Duration = .milliseconds(50)) {
    self.client = client
    self.callTimeout = callTimeout
    self.capacity = capacity
    self.maxPerCall = maxPerCall
    self.linger = linger
    // Declared at 0 from the start, so a scrape (and the alert on it) sees the series before the first drop.
    _ = AnalyticsDropReason.counters
  }

  /// Queues `event` for the next call, and starts a sender when none runs. Never waits.
  func post(_ event: Mesh_Analytics_V1_Event) {
    let (startsSender, full) = state.withLock { state -> (Bool, Bool) in
      guard !state.closed else { return (false, false) }
      guard state.waiting.count < capacity else { return (false, true) }
      state.waiting.append(event)
      guard !state.sending else { return (false, false) }
      state.sending = true
      return (true, false)
    }
    if full { AnalyticsDropReason.full.record(1) }
    if startsSender { Task.detached { await self.send() } }
  }

  /// Sends what waits, then returns; posts after this are dropped (the processor is stopping).
  func close() async {
    await withCheckedContinuation { continuation in
      let idle = state.withLock { state -> Bool in
        state.closed = true
        guard state.sending else { return true }
        state.drained.append(continuation)
        return false
      }
      if idle { continuation.resume() }
    }
  }

  private func send() async {
    while true {
      if state.withLock({ !$0.closed && $0.waiting.count < maxPerCall }) { try? await Task.sleep(for: linger) }
      let batch = state.withLock { state -> [Mesh_Analytics_V1_Event] in
        let taken = Array(state.waiting.prefix(maxPerCall))
        state.waiting.removeFirst(taken.count)
        return taken
      }
      if batch.isEmpty {
        let drained = state.withLock { state -> [CheckedContinuation<Void, Never>]? in
          // Something posted between the take and here is sent by this sender, not left waiting.
          guard state.waiting.isEmpty else { return nil }
          state.sending = false
          defer { state.drained.removeAll() }
          return state.drained
        }
        guard let drained else { continue }
        drained.forEach { $0.resume() }
        return
      }
      do {
        _ = try await client.record(options: CallOptions(timeout: callTimeout)) { writer in
          for event in batch { try await writer.write(event) }
        }
      } catch {
        AnalyticsDropReason.failed.record(batch.count)
      }
    }
  }
}
