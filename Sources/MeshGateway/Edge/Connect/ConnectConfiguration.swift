/// How the gateway speaks Connect.
public struct ConnectConfiguration: Sendable {
  /// The largest request or response message, in bytes.
  public var maxMessageSize: Int
  /// Which browser origins may call, and the CORS headers that follow.
  public var cors: EdgeCORSPolicy
  /// The schemas of the methods (JSON, streaming kinds, which may be called with GET).
  public var catalog: ConnectMethodCatalog

  /// Creates a configuration.
  /// - Parameters:
  ///   - maxMessageSize: the largest message, in bytes (4 MiB).
  ///   - cors: the CORS policy (none by default).
  ///   - catalog: the method schemas (every proto compiled into `MeshProtos` by default).
  public init(maxMessageSize: Int = 4 * 1024 * 1024, cors: EdgeCORSPolicy = EdgeCORSPolicy(),
              catalog: ConnectMethodCatalog = ConnectMethodCatalog()) {
    self.maxMessageSize = maxMessageSize
    self.cors = cors
    self.catalog = catalog
  }
}
