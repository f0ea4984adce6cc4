/// One HTTP binding of an RPC method, from its `google.api.http` option (`additional_bindings` are
/// bindings of their own, after the primary one): what the gateway's REST/JSON transcoding routes by.
public struct ProtoHTTPRule: Sendable, Hashable {
  /// The HTTP method, upper case: `GET`, `PUT`, `POST`, `DELETE`, `PATCH`, or a custom pattern's kind.
  public let method: String
  /// The path template, such as `/v1/{name=shelves/*}/books`.
  public let path: String
  /// The request field the body fills: empty for no body, `*` for every field the path does not bind.
  public let body: String
  /// The response field that becomes the body; empty for the whole response.
  public let responseBody: String

  /// Describes a binding.
  /// - Parameters:
  ///   - method: the HTTP method, upper case.
  ///   - path: the path template.
  ///   - body: the request field of the body, `*`, or empty.
  ///   - responseBody: the response field of the body, or empty.
  public init(method: String, path: String, body: String = "", responseBody: String = "") {
    self.method = method
    self.path = path
    self.body = body
    self.responseBody = responseBody
  }
}

/// A method's `idempotency_level` option (descriptor.proto's `MethodOptions.IdempotencyLevel`).
public enum ProtoIdempotencyLevel: Sendable, Hashable {
  /// Not declared.
  case unknown
  /// Has no side effects: safe to retry, to call with HTTP GET and to cache.
  case noSideEffects
  /// May have side effects, but repeating it has the effect of calling it once.
  case idempotent
}
