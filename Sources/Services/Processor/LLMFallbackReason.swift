public import MeshLLM
import MeshMetrics

/// Why the templates spoke although the LLM backend is on: the label of
/// `mesh_assistant_llm_fallbacks_total{reason}` (a closed set, never the model's text).
public enum LLMFallbackReason: String, Sendable, CaseIterable {
  /// The completion did not finish within `llm_timeout_ms`.
  case timeout
  /// The backend failed: unreachable, an HTTP error, an error inside the stream, a malformed or empty stream.
  case error
  /// The circuit breaker is open after recent failures: the backend was not called.
  case circuitOpen = "circuit_open"
  /// The model's text named a number (a price, a date, an order) that the facts do not have.
  case ungrounded

  /// The reason of a phrasing failure.
  /// - Parameter failure: what the phraser reported.
  public init(_ failure: ChatCompletionError) {
    switch failure {
    case .timeout: self = .timeout
    case .circuitOpen: self = .circuitOpen
    case .ungrounded: self = .ungrounded
    case .unavailable, .status, .reported, .malformed: self = .error
    }
  }

  /// The counter of the process's registry, one child per reason (all present from the start, at 0).
  static let counters = MetricsRegistry.process.counter(
    "mesh_assistant_llm_fallbacks_total", help: "Replies the templates gave although the LLM backend is on, by reason.",
    label: "reason", cases: LLMFallbackReason.self)

  /// Replies that fell back for this reason, in this process.
  public var count: UInt64 { Self.counters.labels(rawValue).value }

  /// Counts one reply that fell back for this reason.
  func record() { Self.counters.labels(rawValue).increment() }
}
