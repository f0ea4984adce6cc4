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

  /// How long a listener stops accepting after the process ran out of file descriptors (EMFILE).
  public var acceptBackoff: Duration = .milliseconds(100)

  /// How long a new connection has to finish its TLS handshake and send the HTTP/2 preface and its
  /// SETTINGS; a half-open connection is closed after it.
  public var handshakeTimeout: Duration = .seconds(10)
  /// How long a request's header block (HEADERS and its CONTINUATIONs) may take to arrive; a client
  /// that trickles headers is sent GOAWAY and closed after it.
  public var headerReadTimeout: Duration = .seconds(10)
  /// A connection with no call open for this long is sent GOAWAY and closed (gRPC's
  /// MAX_CONNECTION_IDLE); nil keeps idle connections.
  public var maxConnectionIdle: Duration? = .seconds(300)
  /// A connection older than this is drained with GOAWAY so clients reconnect and rebalance (gRPC's
  /// MAX_CONNECTION_AGE, with ±10% jitter so connections do not all leave together); nil: no limit.
  public var maxConnectionAge: Duration?
  /// How long calls in flight may go on after the age GOAWAY before the connection is closed (gRPC's
  /// MAX_CONNECTION_AGE_GRACE); nil waits for them.
  public var maxConnectionAgeGrace: Duration?
  /// Keepalive enforcement (gRPC's A8): the shortest interval the client may send PINGs at while it
  /// has calls open; each faster PING is a strike.
  public var minPingInterval: Duration = .seconds(300)
  /// Whether the client may send keepalive PINGs when it has no call open (when not, each such PING
  /// within two hours of the previous one is a strike).
  public var permitPingsWithoutCalls = false
  /// Strikes allowed; one more and the connection gets GOAWAY ENHANCE_YOUR_CALM "too_many_pings".
  public var maxPingStrikes = 2

  /// Bytes one connection may hold in memory: request bytes its handlers have not read yet plus
  /// response bytes not sent yet. Above it the connection stops granting flow-control window,
  /// refuses new streams with REFUSED_STREAM (safe for the client to retry), and handlers' writes
  /// wait until what is buffered has been sent.
  public var maxBufferedBytesPerConnection = 32 << 20
  /// The same bound over every connection of the server together.
  public var maxBufferedBytesPerServer = 1 << 30

  /// A raw HTTP exchange over HTTP/2 (REST, Connect, gRPC-Web) whose whole response went out while
  /// its client has not ended its request is reset with NO_ERROR (RFC 9113 §8.1) once the client has
  /// sent nothing on it for this long: a client that stops sending without ending its request no
  /// longer keeps the stream (one of `maxConcurrentStreams`) until the connection closes. Not at once,
  /// as a gRPC call is, because curl 7.88 fails an upload reset while it still sends.
  public var answeredUploadQuietPeriod: Duration = .seconds(1)
  /// The same exchange is reset this long after its response's end even while its client still sends.
  public var answeredUploadLimit: Duration = .seconds(10)

  /// After the server closes a connection (an error GOAWAY, the end of a drain, a timeout) its sending
  /// half is shut and what the client still sends is read and dropped (`LingeringSocket`), so a client
  /// still sending does not get a TCP reset that destroys our GOAWAY before it reads it (nginx's
  /// `lingering_timeout`, Envoy's delayed close). The socket closes once the client has sent nothing for
  /// this long; zero closes at once.
  public var lingeringCloseQuietPeriod: Duration = .seconds(1)
  /// A lingering socket closes this long after the connection's end however much the client still
  /// sends (nginx's `lingering_time`); zero closes at once. A lingering socket holds a descriptor only,
  /// and no longer counts as a connection (drain, connection limits).
  public var lingeringCloseLimit: Duration = .seconds(5)

  /// The defaults: 4 MiB messages, 100 streams, 1 MiB stream window, 16 KiB headers.
  public init() {}
}
