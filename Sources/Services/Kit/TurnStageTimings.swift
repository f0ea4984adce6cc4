public import MeshMetrics
import Synchronization

/// Where a chat turn's time goes, stage by stage (chat's store and enqueue, the queue's pickup, nlu,
/// context, the adapters, the reply's commit, the wait for the NOTIFY): always into the histogram
/// `mesh_assistant_turn_stage_seconds{stage}` of the process's `/metrics` (what an operator reads), and,
/// once `enable()` was called, every sample kept for the chat benchmark's breakdown.
public final class TurnStageTimings: Sendable {
  /// The process-wide recorder the chat service and the processor report to.
  public static let shared = TurnStageTimings(registry: .process)

  private let enabled = Atomic<Bool>(false)
  private let samples = Mutex<[String: [Double]]>([:])
  private let histograms: MetricFamily<Histogram>?

  /// Creates a recorder (samples off) that feeds `registry`'s stage histogram, or none when nil.
  /// - Parameter registry: where `mesh_assistant_turn_stage_seconds` goes.
  public init(registry: MetricsRegistry? = nil) {
    histograms = registry?.histogram("mesh_assistant_turn_stage_seconds",
                                     help: "Time of one stage of a chat turn (the stage label), in seconds.",
                                     labels: ["stage"], buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])
  }

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
    let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    histograms?.labels(stage).observe(ms / 1000)
    guard isEnabled else { return }
    samples.withLock { $0[stage, default: []].append(ms) }
  }

  /// Runs `body` and records its duration under `stage` (also when it throws).
  /// - Parameters:
  ///   - stage: the stage's name.
  ///   - isolation: the caller's actor.
  ///   - body: the work.
  public func measure<T>(_ stage: String, isolation: isolated (any Actor)? = #isolation,
                         _ body: () async throws -> T) async rethrows -> T {
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
