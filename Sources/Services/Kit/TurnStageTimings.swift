import Synchronization

/// Where a chat turn's time goes, stage by stage (chat's store and enqueue, the queue's pickup, nlu,
/// context, the adapters, the reply's commit, the wait for the NOTIFY), for the chat benchmark's
/// breakdown. Off unless `enable()` was called: a disabled recorder costs one atomic load per stage.
public final class TurnStageTimings: Sendable {
  /// The process-wide recorder the chat service and the processor report to.
  public static let shared = TurnStageTimings()

  private let enabled = Atomic<Bool>(false)
  private let samples = Mutex<[String: [Double]]>([:])

  /// Creates a recorder (disabled).
  public init() {}

  /// Starts recording (and forgets what was recorded before).
  public func enable() {
    samples.withLock { $0.removeAll() }
    enabled.store(true, ordering: .relaxed)
  }

  /// Whether stages are recorded.
  public var isEnabled: Bool { enabled.load(ordering: .relaxed) }

  /// Records one stage's duration.
  /// - Parameters:
  ///   - stage: its name, such as `chat.store`.
  ///   - duration: how long it took.
  public func record(_ stage: String, _ duration: Duration) {
    guard isEnabled else { return }
    let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    samples.withLock { $0[stage, default: []].append(ms) }
  }

  /// Runs `body` and records its duration under `stage` (also when it throws).
  /// - Parameters:
  ///   - stage: the stage's name.
  ///   - isolation: the caller's actor.
  ///   - body: the work.
  public func measure<T>(_ stage: String, isolation: isolated (any Actor)? = #isolation,
                         _ body: () async throws -> T) async rethrows -> T {
    guard isEnabled else { return try await body() }
    let start = ContinuousClock.now
    defer { record(stage, ContinuousClock.now - start) }
    return try await body()
  }

  /// Every stage's samples in milliseconds, then forgets them.
  public func drain() -> [String: [Double]] {
    samples.withLock { value in
      defer { value.removeAll() }
      return value
    }
  }
}
