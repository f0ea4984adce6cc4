/// The sizes and methods the edge accepts: the configuration of `RequestLimitsFilter`.
public struct RequestLimits: Sendable, Equatable {
  /// The longest request target (path and query), in bytes.
  public var maxURLBytes: Int
  /// The most header fields a request may carry.
  public var maxHeaderCount: Int
  /// The largest header block (names and values), in bytes.
  public var maxHeaderBytes: Int
  /// The largest request body, in bytes. The filter sees no body: the front enforces it while it reads
  /// (`EdgeExchange.readBody(limit:)`) and for gRPC it is the server's message limit.
  public var maxBodyBytes: Int
  /// The methods accepted, upper case.
  public var allowedMethods: Set<String>

  /// The methods accepted when none are configured.
  public static let defaultMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

  /// Creates limits; the defaults are those of the mesh file.
  /// - Parameters:
  ///   - maxURLBytes: the longest target (default 8192).
  ///   - maxHeaderCount: the most header fields (default 100).
  ///   - maxHeaderBytes: the largest header block (default 16384).
  ///   - maxBodyBytes: the largest body (default 4 MiB).
  ///   - allowedMethods: the methods accepted.
  public init(maxURLBytes: Int = 8192, maxHeaderCount: Int = 100, maxHeaderBytes: Int = 16384,
              maxBodyBytes: Int = 4 * 1024 * 1024, allowedMethods: Set<String> = RequestLimits.defaultMethods) {
    self.maxURLBytes = maxURLBytes
    self.maxHeaderCount = maxHeaderCount
    self.maxHeaderBytes = maxHeaderBytes
    self.maxBodyBytes = maxBodyBytes
    self.allowedMethods = allowedMethods
  }
}
