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

  /// Describes a method.
  /// - Parameters:
  ///   - path: `/package.Service/Method`.
  ///   - inputType: the fully qualified request type.
  ///   - outputType: the fully qualified response type.
  ///   - clientStreaming: whether the client streams.
  ///   - serverStreaming: whether the server streams.
  public init(path: String, inputType: String, outputType: String, clientStreaming: Bool, serverStreaming: Bool) {
    self.path = path
    self.inputType = inputType
    self.outputType = outputType
    self.clientStreaming = clientStreaming
    self.serverStreaming = serverStreaming
  }
}
