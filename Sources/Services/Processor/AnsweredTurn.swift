import Logging
public import MeshLogging
import MeshServiceKit

/// A turn the processor answered, recorded once its transaction committed: the turn metrics, the LLM
/// fallback's reason, the log line. Recording it in the handler would count a turn twice when its
/// transaction is retried (a serialization failure or a deadlock runs the handler again) or when the
/// commit fails and the turn is redelivered. The log line joins the turn's trace, as it did in the handler.
public struct AnsweredTurn: Sendable {
  /// The reply's intent label.
  public let intent: String
  /// The turn's outcome (`resolved`, `needs_input`, `handed_off`, `not_understood`, `failed`).
  public let outcome: String
  /// Adapter calls made.
  public let actions: Int
  /// The processor's time on the turn, to the reply stored.
  public let duration: Duration
  /// Why the templates spoke although the LLM backend is on; nil when the model's text is the reply or the backend is off.
  public let llmFallback: LLMFallbackReason?
  /// The turn's trace (the current task's when it was made), for its log line.
  public let trace: TraceParent?
  /// The request id of the call that sent the message.
  public let requestID: String?
  /// When the handler finished (made this value): from here to `recordCommitted` is the turn's commit (the
  /// reply, the queue's done mark and the NOTIFY in one transaction, with its WAL flush).
  let handlerEnded = ContinuousClock.now

  /// A turn answered, in the trace of the current task.
  public init(intent: String, outcome: String, actions: Int, duration: Duration, llmFallback: LLMFallbackReason?) {
    self.intent = intent
    self.outcome = outcome
    self.actions = actions
    self.duration = duration
    self.llmFallback = llmFallback
    trace = TraceContext.current
    requestID = TraceContext.requestID
  }

  /// Counts and logs the turn; call it once, after the commit.
  public func recordCommitted() {
    TurnStageTimings.shared.record("processor.commit (reply, done mark, NOTIFY)", ContinuousClock.now - handlerEnded)
    AssistantMetrics.process.turnAnswered(intent: intent, outcome: outcome, duration: duration)
    llmFallback?.record()
    let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    var metadata: Logger.Metadata = ["intent": .string(intent), "outcome": .string(outcome), "actions": .stringConvertible(actions),
                                     "duration_ms": .stringConvertible(milliseconds)]
    if let llmFallback { metadata["llm_fallback"] = .string(llmFallback.rawValue) }
    TraceContext.$current.withValue(trace) {
      TraceContext.$requestID.withValue(requestID) { TurnProcessor.logger.info("turn answered", metadata: metadata) }
    }
  }
}
