import MeshCore

/// The protocol state of one server stream, without I/O: events from the handler and from nghttp2 go
/// in, and what the stream must do comes out. `ServerStream` feeds it and carries out its answers.
///
/// The rules it keeps (PROTOCOL-HTTP2.md): response headers go out once, before the first message; a
/// call that ends before any was sent ends with a Trailers-Only response (one HEADERS frame with the
/// status and END_STREAM), else with trailers after the last DATA; the first end wins (a handler's
/// status, a deadline, bad input, the client's RST_STREAM); nothing is read or written after it.
struct ServerStreamStateMachine {
  /// Where the response is.
  enum Response: Equatable {
    /// Nothing sent yet.
    case idle
    /// The response headers were submitted.
    case headersSent
    /// The call ended: its status is submitted or the stream is gone (the handler may still run).
    case finished
  }

  /// Where the request body is.
  enum Request {
    /// Messages may still arrive.
    case open
    /// The client half-closed and every byte was a whole message.
    case ended
    /// The request broke the protocol (bad framing, a message over the limit); the call was aborted.
    case failed(RPCError)
  }

  private(set) var response = Response.idle
  private(set) var request = Request.open
  /// Whether the HTTP/2 stream closed: after our END_STREAM and the client's, or by RST_STREAM.
  private(set) var isClosed = false

  /// Whether the call has ended for the handler: nothing more may be sent.
  var hasEnded: Bool { response == .finished || isClosed }

  // MARK: The handler's side

  /// What to do with a request to send the response headers.
  enum SendHeaders: Equatable {
    /// Submit them now.
    case submit
    /// They went out already (with the first message, or an earlier call).
    case alreadySent
    /// The call has ended: fail the handler's write with CANCELLED.
    case callEnded
  }

  /// The handler sends response headers (`sendInitialMetadata`, or before its first message).
  mutating func sendHeaders() -> SendHeaders {
    if response == .headersSent { return .alreadySent }
    guard !hasEnded else { return .callEnded }
    response = .headersSent
    return .submit
  }

  /// What to do with a response message.
  enum SendMessage: Equatable {
    /// Queue it; submit the response headers first when `headersFirst`.
    case queue(headersFirst: Bool)
    /// The call has ended: fail the handler's write with CANCELLED.
    case callEnded
  }

  /// The handler sends a message: the headers go first if they have not.
  mutating func sendMessage() -> SendMessage {
    guard !hasEnded else { return .callEnded }
    return .queue(headersFirst: sendHeaders() == .submit)
  }

  /// How the call ends.
  enum Finish: Equatable {
    /// It ended already (by an earlier status, or the stream is gone): nothing to do.
    case ignore
    /// No headers went out: one HEADERS frame with the status and END_STREAM (Trailers-Only).
    case trailersOnly
    /// Headers went out: trailers after the queued messages.
    case trailers
  }

  /// The call ends with a status: the handler returned or threw, or the transport aborts it (a
  /// deadline, bad input). The first end wins.
  mutating func finish() -> Finish {
    // A closed stream is finished too (`streamClosed`), so what is left has a stream to send on.
    guard response != .finished else { return .ignore }
    let sent = response == .headersSent
    response = .finished
    return sent ? .trailers : .trailersOnly
  }

  /// The call's deadline passed: it ends with DEADLINE_EXCEEDED unless it ended already.
  mutating func deadlineExpired() -> Finish { finish() }

  /// The stream was refused before its handler started (REFUSED_STREAM was sent).
  mutating func refused() { response = .finished }

  /// What the handler's read gets.
  enum Receive {
    /// The next queued message.
    case message
    /// The end of the request stream.
    case end
    /// The request broke the protocol.
    case failed(RPCError)
    /// The call ended before the request did: CANCELLED.
    case callEnded
    /// Nothing yet: wait for the next event.
    case wait
  }

  /// The handler reads a request message; `hasMessage` says whether one is queued.
  func receive(hasMessage: Bool) -> Receive {
    if hasMessage { return .message }
    switch request {
    case .failed(let error): return .failed(error)
    case .ended: return .end
    case .open: return hasEnded ? .callEnded : .wait
    }
  }

  // MARK: Events from nghttp2

  /// Whether DATA that arrived is read (else its window goes back at once, as nobody will read it).
  var acceptsData: Bool {
    guard case .open = request else { return false }
    return response != .finished
  }

  /// The request broke the protocol: the call ends with the error's status (`abort`).
  mutating func requestFailed(_ error: RPCError) -> Finish {
    request = .failed(error)
    return finish()
  }

  /// Whether an END_STREAM from the client is taken (the deframer must then hold no partial message).
  var acceptsEndOfRequest: Bool {
    guard case .open = request else { return false }
    return true
  }

  /// Whether the client may still send on the stream: it has not half-closed and the stream is open. A
  /// call that ends so is reset once its status has gone out (`ServerConnection.resetWhenResponseSent`).
  var clientMaySend: Bool {
    if isClosed { return false }
    if case .ended = request { return false }
    return true
  }

  /// The client half-closed and the deframer held no partial message.
  mutating func requestEnded() {
    guard case .open = request else { return }
    request = .ended
  }

  /// What the stream does when HTTP/2 closes it.
  enum Closed: Equatable {
    /// The call had not ended (the client reset it, or the connection went): cancel the handler.
    case cancelHandler
    /// The call had ended: release what it holds.
    case release
  }

  /// The HTTP/2 stream closed, after our END_STREAM or by RST_STREAM.
  mutating func streamClosed() -> Closed {
    isClosed = true
    guard response != .finished else { return .release }
    response = .finished
    return .cancelHandler
  }
}
