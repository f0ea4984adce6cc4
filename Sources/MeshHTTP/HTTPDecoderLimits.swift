/// Bounds on what one HTTP/1.1 request may carry; beyond them it is refused with 414, 431 or 413.
public struct HTTPDecoderLimits: Sendable {
  /// The longest request target, in bytes (414 beyond).
  public var maxTargetBytes: Int
  /// The most bytes of header names and values together (431 beyond).
  public var maxHeaderBytes: Int
  /// The most header fields (431 beyond).
  public var maxHeaderCount: Int
  /// The largest body, declared or de-chunked (413 beyond).
  public var maxBodyBytes: Int
  /// Whether a request whose body goes past `maxBodyBytes` goes to the handler (marked
  /// `HTTPRequest.bodyExceedsLimit`, the body cut one byte past the limit) for it to refuse in its own
  /// protocol's words (a gateway's Connect or gRPC-Web error), instead of the decoder's plain 413.
  /// Either way nothing more of the connection is read, and it closes after the answer.
  public var handsOverOversizedBodies = false

  /// Creates limits.
  /// - Parameters:
  ///   - maxTargetBytes: the longest request target.
  ///   - maxHeaderBytes: the most header bytes.
  ///   - maxHeaderCount: the most header fields.
  ///   - maxBodyBytes: the largest body.
  public init(maxTargetBytes: Int = 8 * 1024, maxHeaderBytes: Int = 16 * 1024, maxHeaderCount: Int = 100,
              maxBodyBytes: Int = 1024 * 1024) {
    self.maxTargetBytes = maxTargetBytes
    self.maxHeaderBytes = maxHeaderBytes
    self.maxHeaderCount = maxHeaderCount
    self.maxBodyBytes = maxBodyBytes
  }
}
