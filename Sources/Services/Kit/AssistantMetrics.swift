public import Foundation
public import MeshMetrics

/// The assistant's metrics: turns by outcome, replies by intent, handoffs to a person, fallbacks (the
/// assistant did not understand), time to answer a turn in the processor, and the time a user waits
/// for the first chunk of the reply in the chat service (from accepting the message to having the
/// reply to send). Labels are closed sets (outcomes, the NLU's intent labels), never user text.
public final class AssistantMetrics: Sendable {
  /// The process's assistant metrics, in `MetricsRegistry.process`.
  public static let process = AssistantMetrics(registry: .process)

  private let turns: MetricFamily<Counter>
  private let intents: MetricFamily<Counter>
  private let handoffs: Counter
  private let fallbacks: Counter
  private let turnTime: Histogram
  private let firstChunk: Histogram

  /// The metrics in `registry`.
  public init(registry: MetricsRegistry) {
    turns = registry.counter("mesh_assistant_turns_total", help: "Turns answered by the processor, by outcome.", labels: ["outcome"])
    intents = registry.counter("mesh_assistant_intents_total", help: "Turns answered, by the intent of the reply.", labels: ["intent"])
    handoffs = registry.counter("mesh_assistant_handoffs_total", help: "Turns handed off to a person.").labels()
    fallbacks = registry.counter("mesh_assistant_fallbacks_total", help: "Turns the assistant did not understand (the fallback reply).").labels()
    let replyBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30]
    turnTime = registry.histogram("mesh_assistant_turn_seconds", help: "Time the processor took to answer a turn, in seconds.",
                                  buckets: replyBuckets).labels()
    firstChunk = registry.histogram("mesh_assistant_first_reply_chunk_seconds",
                                    help: "Time from accepting a user's message to the first chunk of its reply, in seconds.",
                                    buckets: replyBuckets).labels()
  }

  /// One turn answered.
  /// - Parameters:
  ///   - intent: the reply's intent label.
  ///   - outcome: the turn's outcome (`resolved`, `needs_input`, `handed_off`, `not_understood`, `failed`).
  ///   - duration: the processor's time on it.
  public func turnAnswered(intent: String, outcome: String, duration: Duration) {
    turns.labels(outcome).increment()
    intents.labels(intent.isEmpty ? "none" : String(intent.prefix(64))).increment()
    if outcome == "handed_off" { handoffs.increment() }
    if outcome == "not_understood" { fallbacks.increment() }
    turnTime.observe(duration)
  }

  /// The reply of a message accepted at `acceptedAt` is ready to send.
  public func replyReady(acceptedAt: Date) {
    firstChunk.observe(max(0, Date().timeIntervalSince(acceptedAt)))
  }
}
