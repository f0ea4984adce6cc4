/// Per-call settings of a client call: deadline, compression, message-size limits, wait-for-ready.
public struct CallOptions: Sendable {
  /// How long the call may take; sent as `grpc-timeout` and enforced on both sides. Nil: no deadline.
  public var timeout: Duration?
  /// How request messages are compressed; nil or `.identity` sends them uncompressed.
  public var compression: CompressionAlgorithm?
  /// The largest request message the client will send, in bytes.
  public var maxRequestMessageBytes: Int
  /// The largest response message the client will accept, in bytes.
  public var maxResponseMessageBytes: Int
  /// Whether the call waits for a connection to be ready instead of failing fast with `UNAVAILABLE`.
  public var waitForReady: Bool
  /// The endpoints the call's earlier attempts went to, so that a balancing transport sends this one
  /// elsewhere when it can; set by a call with a retry or hedging policy for each of its attempts, nil
  /// for a call of one attempt.
  public var attemptedEndpoints: AttemptedEndpoints?

  /// Creates options.
  /// - Parameters:
  ///   - timeout: how long the call may take.
  ///   - compression: how request messages are compressed.
  ///   - maxRequestMessageBytes: the largest request message, 4 MiB by default.
  ///   - maxResponseMessageBytes: the largest response message, 4 MiB by default.
  ///   - waitForReady: whether to wait for a ready connection.
  public init(timeout: Duration? = nil, compression: CompressionAlgorithm? = nil,
              maxRequestMessageBytes: Int = 4 << 20, maxResponseMessageBytes: Int = 4 << 20,
              waitForReady: Bool = false) {
    self.timeout = timeout
    self.compression = compression
    self.maxRequestMessageBytes = maxRequestMessageBytes
    self.maxResponseMessageBytes = maxResponseMessageBytes
    self.waitForReady = waitForReady
  }

  /// The defaults: no deadline, no compression, 4 MiB limits, fail fast.
  public static var defaults: CallOptions { CallOptions() }
}
