/// How a REST response carries the method's messages.
enum RESTResponseFormat: Equatable {
  /// One JSON document (unary methods).
  case json
  /// Server streaming: one JSON object per line, each `{"result":…}`, a failure as `{"error":…}` (the
  /// framing grpc-gateway uses, so a message with a field named `error` cannot pass for a failure).
  case ndjson
  /// Server streaming as Server-Sent Events: each message a `data:` event, a failure an `event: error`.
  case serverSentEvents

  /// The format for a route and the client's `Accept` header.
  static func choose(serverStreaming: Bool, accept: String?) -> RESTResponseFormat {
    guard serverStreaming else { return .json }
    return accept?.lowercased().contains("text/event-stream") == true ? .serverSentEvents : .ndjson
  }

  /// The response's content type.
  var contentType: String {
    switch self {
    case .json: "application/json"
    case .ndjson: "application/x-ndjson"
    case .serverSentEvents: "text/event-stream"
    }
  }

  /// One message of a stream, framed.
  func frame(message json: String) -> String {
    switch self {
    case .json: json
    case .ndjson: "{\"result\":" + json + "}\n"
    case .serverSentEvents: "data: " + json + "\n\n"
    }
  }

  /// The failure that ends a stream that had started, framed.
  func frame(error json: String) -> String {
    switch self {
    case .json: json
    case .ndjson: "{\"error\":" + json + "}\n"
    case .serverSentEvents: "event: error\ndata: " + json + "\n\n"
    }
  }
}
