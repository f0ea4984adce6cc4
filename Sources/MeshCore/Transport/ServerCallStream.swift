/// One RPC on the server side as a transport carries it: serialized messages in and out, then a status.
///
/// The transport implements it; `ServerRPCExecutor` drives it for a typed handler. Methods are called
/// from one task at a time (the handler's), except `isCancelled`.
public protocol ServerCallStream: AnyObject, Sendable {
  /// Waits for the next request message; nil when the client has finished sending.
  /// - Throws: `RPCError` when the stream fails: cancelled, a message over the limit, bad framing.
  func receive() async throws -> [UInt8]?

  /// Sends the response headers with `metadata`, if they have not been sent yet.
  /// - Parameter metadata: the initial metadata.
  func sendInitialMetadata(_ metadata: Metadata) async throws

  /// Sends one response message, after the response headers if they have not been sent.
  /// Suspends while the client's flow-control window and the connection's buffers are full.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - compress: whether to compress it with the encoding negotiated with the client.
  func send(_ message: [UInt8], compress: Bool) async throws

  /// Ends the call with a status and trailing metadata (as Trailers-Only when nothing was sent).
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  func finish(status: Status, trailers: Metadata)

  /// The next request if the stream has it now, without suspending: a forwarder that gets the whole
  /// request stream this way (a unary call arrives with END_STREAM) needs no task to pump it.
  /// - Throws: as `receive()`.
  func receiveWithoutWaiting() throws -> ImmediateRequest

  /// Sends the response headers (with `initialMetadata`, if they have not been sent yet) and a call's
  /// last response message, if the stream can do that now without suspending. For the one response of
  /// a unary or client-streaming call: nothing is written after it, so it need not wait for the
  /// client to read it, and a handler that never suspends then makes no executor hop to send.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - compress: whether to compress it with the encoding negotiated with the client.
  ///   - initialMetadata: the initial metadata, used if the headers are still to be sent.
  /// - Returns: false when nothing was sent (`sendInitialMetadata` and `send` then do it).
  /// - Throws: as `send(_:compress:)`.
  func sendLastWithoutWaiting(_ message: [UInt8], compress: Bool, initialMetadata: Metadata) throws -> Bool

  /// As `sendLastWithoutWaiting(_:compress:initialMetadata:)`, for a message in pieces (in order): a transport that
  /// writes large pieces by reference sends them without joining them first.
  /// - Returns: false when nothing was sent.
  func sendLastWithoutWaiting(pieces: [[UInt8]], compress: Bool, initialMetadata: Metadata) throws -> Bool
}

extension ServerCallStream {
  /// Joins the pieces (a copy) and sends them as one message: what a stream that has no use for pieces
  /// does (and a forwarding stream, so that what its subclasses see of each message stays whole).
  public func sendLastWithoutWaiting(pieces: [[UInt8]], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    try sendLastWithoutWaiting(WirePieces.pieces(pieces).joined, compress: compress, initialMetadata: initialMetadata)
  }
}

/// What `ServerCallStream.receiveWithoutWaiting()` found.
public enum ImmediateRequest: Sendable {
  /// The next request message.
  case message([UInt8])
  /// The client has finished sending.
  case end
  /// Not known without waiting: `receive()` tells.
  case unknown
}

extension ServerCallStream {
  /// Unknown: a stream that cannot tell without waiting leaves it to `receive()`.
  public func receiveWithoutWaiting() throws -> ImmediateRequest { .unknown }

  /// Nothing sent: a stream that cannot send without waiting leaves it to `send(_:compress:)`.
  public func sendLastWithoutWaiting(_ message: [UInt8], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    false
  }
}

/// What the transport knows of a call when it starts.
public struct ServerCallHead: Sendable {
  /// The method called.
  public var method: MethodDescriptor
  /// The request metadata (custom headers; reserved and pseudo-headers removed).
  public var metadata: Metadata
  /// When the call must end, from `grpc-timeout`.
  public var deadline: ContinuousClock.Instant?
  /// The peer's address, such as `ipv4:127.0.0.1:5000`.
  public var peer: String
  /// The host the client addressed (`:authority`, or `Host` over HTTP/1.1), when known: a gateway
  /// routes by it.
  public var authority: String?

  /// Creates a call head.
  /// - Parameters:
  ///   - method: the method called.
  ///   - metadata: the request metadata.
  ///   - deadline: when the call must end.
  ///   - peer: the peer's address.
  ///   - authority: the host the client addressed.
  public init(method: MethodDescriptor, metadata: Metadata, deadline: ContinuousClock.Instant?, peer: String,
              authority: String? = nil) {
    self.method = method
    self.metadata = metadata
    self.deadline = deadline
    self.peer = peer
    self.authority = authority
  }
}
