public import Logging
public import MeshPII

/// A swift-log backend that writes one JSON object per line: `time`, `level`, `service`, `request_id`,
/// `trace_id` (from the metadata, else from `TraceContext`), `message`, then the other metadata. Personal data is redacted by MeshPII from the message
/// and from every metadata value before the line is built, so it never reaches the sink; only numbers
/// (`.stringConvertible` integers and finite floating-point values) are written as JSON numbers, unredacted.
public struct JSONLinesLogHandler: LogHandler {
  /// The metadata key of the request id (`x-request-id` at the edge).
  public static let requestIDKey = "request_id"
  /// The metadata key of the trace id (from `traceparent`).
  public static let traceIDKey = "trace_id"

  /// Logger metadata, merged under each message's own.
  public var metadata: Logger.Metadata = [:]
  /// The lowest level written.
  public var logLevel: Logger.Level
  private let label: String
  private let service: String
  private let sink: any LogSink
  private let redactor: PIIRedactor
  private let clock: @Sendable () -> LogTimestamp

  /// A handler for one logger.
  /// - Parameters:
  ///   - label: the logger's label (kept as `logger`).
  ///   - service: the service name written on every line.
  ///   - level: the lowest level written.
  ///   - sink: where lines go (standard output by default).
  ///   - redactor: how personal data is replaced (placeholders such as `[EMAIL]` by default).
  public init(label: String, service: String, level: Logger.Level = .info, sink: any LogSink = StandardOutputSink.shared,
              redactor: PIIRedactor = PIIRedactor(mode: .placeholder), clock: @escaping @Sendable () -> LogTimestamp = LogTimestamp.now) {
    self.label = label
    self.service = service
    self.logLevel = level
    self.sink = sink
    self.redactor = redactor
    self.clock = clock
  }

  /// A metadata value by key.
  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// Writes one line.
  public func log(event: LogEvent) {
    var merged = metadata
    if let own = event.metadata { merged.merge(own) { $1 } }
    var line = JSONLine()
    line.field("time", string: clock().iso8601)
    line.field("level", string: event.level.rawValue)
    line.field("service", string: service)
    line.field("logger", string: label)
    // The task's trace context fills in what the call site did not say.
    if merged[Self.requestIDKey] == nil, let requestID = TraceContext.requestID { merged[Self.requestIDKey] = .string(requestID) }
    if merged[Self.traceIDKey] == nil, let trace = TraceContext.current { merged[Self.traceIDKey] = .string(trace.traceID) }
    for key in [Self.requestIDKey, Self.traceIDKey] {
      if let value = merged.removeValue(forKey: key) { line.field(key, string: redactor.redact(value.description)) }
    }
    line.field("message", string: redactor.redact(event.message.description))
    if let error = event.error { line.field("error", string: redactor.redact(String(describing: error))) }
    for key in merged.keys.sorted() {
      if let value = merged[key] { line.field(key, raw: encode(value)) }
    }
    line.field("source", string: "\(event.file.split(separator: "/").last.map(String.init) ?? event.file):\(event.line)")
    sink.write(line: line.finished)
  }

  /// The JSON text of a number given as metadata (integers, finite floating-point values); nil for others.
  static func jsonNumber(_ value: any CustomStringConvertible & Sendable) -> String? {
    switch value {
    case let integer as any BinaryInteger: return String(describing: integer)
    case let double as Double where double.isFinite: return double.description
    case let float as Float where float.isFinite: return float.description
    default: return nil
    }
  }

  private func encode(_ value: Logger.MetadataValue) -> String {
    switch value {
    case .string(let text): return JSONLine.quote(redactor.redact(text))
    case .stringConvertible(let convertible):
      // A number is written as a JSON number, unredacted: durations and counts are not personal data, and
      // the redactor would take a long duration (`152850.123`) for a phone number.
      if let number = Self.jsonNumber(convertible) { return number }
      return JSONLine.quote(redactor.redact(convertible.description))
    case .array(let values): return "[" + values.map(encode).joined(separator: ",") + "]"
    case .dictionary(let values):
      return "{" + values.keys.sorted().compactMap { key in values[key].map { JSONLine.quote(key) + ":" + encode($0) } }
        .joined(separator: ",") + "}"
    }
  }
}
