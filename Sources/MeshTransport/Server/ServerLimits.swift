/// The bounds a server keeps per connection and per call; bad or greedy peers hit them, not memory.
public struct ServerLimits: Sendable {
  /// The largest request message accepted, in bytes (larger: RESOURCE_EXHAUSTED).
  public var maxRequestMessageBytes = 4 << 20
  /// The largest response message a handler may send, in bytes.
  public var maxResponseMessageBytes = 4 << 20
  /// SETTINGS_MAX_CONCURRENT_STREAMS: calls a client may have open on one connection.
  public var maxConcurrentStreams = 100
  /// SETTINGS_INITIAL_WINDOW_SIZE: bytes a client may send on a call before the handler reads.
  public var initialStreamWindow = 1 << 20
  /// The connection-level window: bytes a client may send on all its calls before handlers read.
  public var connectionWindow = 8 << 20
  /// SETTINGS_MAX_HEADER_LIST_SIZE: the largest request header list.
  public var maxHeaderListBytes = 16 << 10
  /// Response bytes buffered per call before a handler's `write` waits for the client to read.
  public var streamBufferHighWater = 256 << 10
  /// Buffered response bytes below which a waiting `write` resumes.
  public var streamBufferLowWater = 64 << 10

  /// The defaults: 4 MiB messages, 100 streams, 1 MiB stream window, 16 KiB headers.
  public init() {}
}
