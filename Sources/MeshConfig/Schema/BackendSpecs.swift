/// The optional OpenAI-compatible LLM that phrases replies from the facts the services found. Off unless
/// `enabled` is true; then `endpoint` and `model` are required.
public struct LLMSpec: Decodable, Sendable, Equatable {
  /// Whether the backend is used (false by default).
  public var enabled: Bool?
  /// The base URL, such as `http://127.0.0.1:8081/v1`.
  public var endpoint: String?
  /// The model name sent with each request.
  public var model: String?
  /// The name of the key (in `keys`) sent as the bearer token, if the endpoint needs one.
  public var apiKey: String?
  /// The deadline of one completion (default 10s); past it, replies fall back to templates.
  public var timeout: MeshDuration?
}

/// How processes log: JSON lines (the default) or text, at a level, PII redacted.
public struct LoggingSpec: Decodable, Sendable, Equatable {
  /// The lowest level written (default info).
  public var level: LogLevelName?
  /// json (default) or text.
  public var format: LogFormat?

  /// The defaults: info, JSON lines.
  public init(level: LogLevelName? = nil, format: LogFormat? = nil) {
    self.level = level
    self.format = format
  }
}

/// swift-log's levels, as the mesh file spells them.
public enum LogLevelName: String, MeshChoice {
  case trace, debug, info, notice, warning, error, critical

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}

/// Log line formats.
public enum LogFormat: String, MeshChoice {
  case json, text

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}

/// How processes expose metrics on their admin port.
public struct MetricsSpec: Decodable, Sendable, Equatable {
  /// Whether /metrics is served (true by default).
  public var enabled: Bool?
  /// The path (default /metrics).
  public var path: String?
  /// Histogram buckets for latencies, in seconds (default 0.0005 ... 10).
  public var latencyBuckets: [Double]?

  /// The defaults: enabled, at /metrics.
  public init(enabled: Bool? = nil, path: String? = nil, latencyBuckets: [Double]? = nil) {
    self.enabled = enabled
    self.path = path
    self.latencyBuckets = latencyBuckets
  }
}
