/// Where an HTTP/1.1 server listens, and its bounds and timeouts.
public struct HTTPServerConfiguration: Sendable {
  /// The numeric host to bind.
  public var host: String
  /// The port; 0 picks a free one.
  public var port: Int
  /// Bounds on each request.
  public var limits: HTTPDecoderLimits
  /// How long a request's head may take to arrive once its first byte has (408 after).
  public var headerReadTimeout: Duration
  /// How long its body may take after the head.
  public var bodyReadTimeout: Duration
  /// How long a kept-alive connection may sit with no request before it is closed.
  public var idleTimeout: Duration
  /// Requests read ahead of the one being answered (pipelining); reading pauses beyond.
  public var maxPipelined: Int
  /// Body bytes read ahead of the request being answered (queued pipelined requests and the one being
  /// decoded); reading pauses beyond, so a connection's memory is bounded in bytes, not by
  /// `maxPipelined` times the body limit.
  public var maxReadAheadBytes: Int = 1 << 20
  /// After a response that closes the connection while its client may still send (an early 413, a
  /// refused request), what the client sends is dropped until it has been quiet this long
  /// (`LingeringSocket`); zero closes at once.
  public var lingeringCloseQuietPeriod: Duration = .seconds(1)
  /// Such a connection's socket closes this long after the response at most; zero closes at once.
  public var lingeringCloseLimit: Duration = .seconds(5)

  /// Creates a configuration.
  /// - Parameters:
  ///   - host: the numeric host.
  ///   - port: the port; 0 for any free one.
  ///   - limits: bounds on each request.
  ///   - headerReadTimeout: time for a head once it started.
  ///   - bodyReadTimeout: time for a body after its head.
  ///   - idleTimeout: time a connection may idle between requests.
  ///   - maxPipelined: requests queued behind the one being answered.
  public init(host: String = "127.0.0.1", port: Int = 0, limits: HTTPDecoderLimits = HTTPDecoderLimits(),
              headerReadTimeout: Duration = .seconds(10), bodyReadTimeout: Duration = .seconds(30),
              idleTimeout: Duration = .seconds(60), maxPipelined: Int = 16) {
    self.host = host
    self.port = port
    self.limits = limits
    self.headerReadTimeout = headerReadTimeout
    self.bodyReadTimeout = bodyReadTimeout
    self.idleTimeout = idleTimeout
    self.maxPipelined = maxPipelined
  }
}
