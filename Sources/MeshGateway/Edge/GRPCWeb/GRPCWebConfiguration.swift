/// How the gateway speaks gRPC-Web.
public struct GRPCWebConfiguration: Sendable {
  /// The largest request or response message, in bytes (a larger length prefix ends the call with
  /// `RESOURCE_EXHAUSTED`).
  public var maxMessageSize: Int
  /// Which browser origins may call, and the CORS headers that follow.
  public var cors: EdgeCORSPolicy

  /// Creates a configuration.
  /// - Parameters:
  ///   - maxMessageSize: the largest message, in bytes (4 MiB, as gRPC's default).
  ///   - cors: the CORS policy (none by default: browsers on another origin are refused).
  public init(maxMessageSize: Int = 4 * 1024 * 1024, cors: EdgeCORSPolicy = EdgeCORSPolicy()) {
    self.maxMessageSize = maxMessageSize
    self.cors = cors
  }
}
