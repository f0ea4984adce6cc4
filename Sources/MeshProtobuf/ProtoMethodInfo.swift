/// One RPC method of a compiled proto file, for dynamic calls (`mesh call`) and JSON transcoding.
public struct ProtoMethodInfo: Sendable, Hashable {
  /// The HTTP/2 path, `/package.Service/Method`.
  public let path: String
  /// The fully qualified request type.
  public let inputType: String
  /// The fully qualified response type.
  public let outputType: String
  /// Whether the client sends a stream.
  public let clientStreaming: Bool
  /// Whether the server sends a stream.
  public let serverStreaming: Bool
  /// The `idempotency_level` option: `.noSideEffects` methods may be called with GET and cached.
  public let idempotencyLevel: ProtoIdempotencyLevel
  /// The `google.api.http` bindings, the primary one first; empty when the method has none.
  public let httpRules: [ProtoHTTPRule]

  /// Describes a method.
  /// - Parameters:
  ///   - path: `/package.Service/Method`.
  ///   - inputType: the fully qualified request type.
  ///   - outputType: the fully qualified response type.
  ///   - clientStreaming: whether the client streams.
  ///   - serverStreaming: whether the server streams.
  ///   - idempotencyLevel: the `idempotency_level` option.
  ///   - httpRules: the `google.api.http` bindings.
  public init(path: String, inputType: String, outputType: String, clientStreaming: Bool, serverStreaming: Bool,
              idempotencyLevel: ProtoIdempotencyLevel = .unknown, httpRules: [ProtoHTTPRule] = []) {
    self.path = path
    self.inputType = inputType
    self.outputType = outputType
    self.clientStreaming = clientStreaming
    self.serverStreaming = serverStreaming
    self.idempotencyLevel = idempotencyLevel
    self.httpRules = httpRules
  }
}
