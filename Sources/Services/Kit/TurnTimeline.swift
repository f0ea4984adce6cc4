import Synchronization

/// The moments one chat turn passes, turn by turn (the chat service's accept and store, the processor's
/// pickup, lock, calls, reply and commit, the chat's wake-up and first chunk), for the chat benchmark to
/// say where its slowest turns wait: `TurnStageTimings` keeps each stage's samples apart, which cannot
/// tell whether the p99 turns are the ones that waited in a given stage. Off unless `enable()` was called
/// (a relaxed atomic load per mark then), so the services pay nothing outside the benchmark.
public final class TurnTimeline: Sendable {
  /// The moments of a turn, in the order a turn passes them.
  public enum Point: Int, CaseIterable, Sendable {
    /// The client sent the message (the benchmark marks it).
    case clientSent
    /// The chat service's handler began (the call crossed the transport).
    case chatAccepted
    /// The message and its turn were committed (`chat.store and enqueue`).
    case chatEnqueued
    /// A processor worker's handler began (the NOTIFY, a free worker and its dequeue).
    case processorStarted
    /// The turn's lock statement returned (lock, checks, message read, the done mark).
    case processorLocked
    /// The nlu and context calls both returned.
    case processorUnderstood
    /// The dialogue policy and its adapter calls finished.
    case processorDecided
    /// The context was saved and the reply stored, with the COMMIT when it rode on the reply's statement (the handler's end).
    case processorStored
    /// The turn's transaction committed (the reply's NOTIFY is sent).
    case processorCommitted
    /// The chat service had the reply (its waiter woken by the announcement).
    case chatHasReply
    /// The chat service wrote the first reply chunk.
    case chatFirstChunk
    /// The client received the first chunk (the benchmark marks it).
    case clientFirstChunk

    /// What the time from the point before to this one is spent on.
    public var label: String {
      switch self {
      case .clientSent: "client sent"
      case .chatAccepted: "client → chat handler (transport)"
      case .chatEnqueued: "chat: store + enqueue (commit)"
      case .processorStarted: "NOTIFY → worker → dequeue"
      case .processorLocked: "processor: BEGIN + lock statement"
      case .processorUnderstood: "processor: nlu ∥ context get"
      case .processorDecided: "processor: policy + adapters"
      case .processorStored: "processor: context save, reply (+COMMIT)"
      case .processorCommitted: "processor: COMMIT (when apart)"
      case .chatHasReply: "NOTIFY → chat's waiter"
      case .chatFirstChunk: "chat: first chunk written"
      case .clientFirstChunk: "chat → client (transport)"
      }
    }
  }

  /// The process-wide recorder the chat service, the processor and the benchmark mark.
  public static let shared = TurnTimeline()

  private let enabled = Atomic<Bool>(false)
  private let turns = Mutex<[String: [ContinuousClock.Instant?]]>([:])

  /// A recorder, off.
  public init() {}

  /// Starts recording (and forgets what was recorded before).
  public func enable() {
    turns.withLock { $0.removeAll() }
    enabled.store(true, ordering: .relaxed)
  }

  /// Stops recording.
  public func disable() { enabled.store(false, ordering: .relaxed) }

  /// Marks that the turn of client message `clientMessageID` reached `point` now (the first mark of a
  /// point is kept: a retried statement or a re-read does not move it).
  /// - Parameters:
  ///   - clientMessageID: the client's id of the turn's message.
  ///   - point: the moment reached.
  ///   - instant: when; now by default.
  public func mark(_ clientMessageID: String, _ point: Point, at instant: ContinuousClock.Instant = .now) {
    guard enabled.load(ordering: .relaxed) else { return }
    turns.withLock { turns in
      var marks = turns[clientMessageID] ?? Array(repeating: nil, count: Point.allCases.count)
      if marks[point.rawValue] == nil { marks[point.rawValue] = instant }
      turns[clientMessageID] = marks
    }
  }

  /// `mark` for a turn named by its queue key (`<conversation>:<client message id>`, `ChatTurn.idempotencyKey`).
  /// - Parameters:
  ///   - turnKey: the turn's idempotency key.
  ///   - point: the moment reached.
  public func mark(turnKey: String, _ point: Point) {
    guard enabled.load(ordering: .relaxed), let colon = turnKey.firstIndex(of: ":") else { return }
    mark(String(turnKey[turnKey.index(after: colon)...]), point)
  }

  /// Every turn that reached every point: its milliseconds from each point to the next (`Point.allCases`
  /// from the second on), keyed by client message id; then forgets everything.
  public func drainComplete() -> [String: [Double]] {
    let all = turns.withLock { turns in
      defer { turns.removeAll() }
      return turns
    }
    var complete: [String: [Double]] = [:]
    for (key, marks) in all {
      let instants = marks.compactMap { $0 }
      guard instants.count == marks.count else { continue }
      complete[key] = zip(instants, instants.dropFirst()).map { earlier, later in
        let gap = later - earlier
        return Double(gap.components.seconds) * 1000 + Double(gap.components.attoseconds) / 1e15
      }
    }
    return complete
  }
}
