import MeshCore

/// The protocol state of one client call, without I/O: events from the caller and from nghttp2 go in,
/// and what the stream must do comes out. `ClientStream` feeds it and carries out its answers.
///
/// The rules it keeps (PROTOCOL-HTTP2.md, http-grpc-status-mapping.md): the first HEADERS block that
/// does not end the stream is the response headers (`:status` 200 and a gRPC content type, else the
/// call fails); a block that ends the stream before them is a Trailers-Only response, and any later
/// block is the trailers; the status comes from them (or from the HTTP status), from a RST_STREAM's
/// code, or from the caller (cancel, deadline); the first end wins; a stream the server never saw
/// (REFUSED_STREAM before any headers, or one nghttp2 would not open) may be retried transparently.
struct ClientStreamStateMachine {
  /// Where the HTTP/2 stream is.
  enum Stream: Equatable {
    /// The request headers were not submitted yet.
    case idle
    /// Submitted: the stream exists in nghttp2.
    case open
    /// nghttp2 closed it (our END_STREAM and the server's, or a RST_STREAM either way).
    case closed
  }

  private(set) var stream = Stream.idle
  /// Whether the caller half-closed the request.
  private(set) var requestClosed = false
  /// Whether the first HEADERS block (headers or Trailers-Only) arrived.
  private(set) var receivedHeadersBlock = false
  /// Set when real response headers arrived (not a Trailers-Only response): the call is committed.
  private(set) var hadResponseHeaders = false
  /// The response headers' metadata, once known (empty for Trailers-Only).
  private(set) var initialMetadata: Metadata?
  /// Set when the server's application never saw the call: safe to retry transparently.
  private(set) var unprocessed = false
  /// A failure of the response body (bad framing, a message over the limit), thrown to the reader.
  private(set) var responseFailure: RPCError?
  /// The call's status and trailers, once it ended.
  private(set) var final: (status: Status, trailers: Metadata)?

  /// Whether the call ended.
  var hasEnded: Bool { final != nil }

  // MARK: Opening

  /// nghttp2 took the request headers.
  mutating func started() {
    if stream == .idle { stream = .open }
  }

  /// nghttp2 would not open a stream: the call ends UNAVAILABLE, and it never reached the server.
  mutating func refusedToStart() -> End {
    unprocessed = true
    return fail(Status(code: .unavailable, message: "The connection refused a new stream."), reset: false)
  }

  // MARK: The caller's side

  /// What to do with a request message.
  enum Send {
    /// Queue it.
    case queue
    /// Fail the write with this error.
    case fail(RPCError)
  }

  /// The caller sends a message of `byteCount` bytes; `limit` is the largest request message.
  func send(byteCount: Int, limit: Int) -> Send {
    guard final == nil, !requestClosed else { return .fail(endedError) }
    guard byteCount <= limit else {
      return .fail(RPCError(code: .resourceExhausted,
                            message: "Request message of \(byteCount) bytes exceeds the limit of \(limit)."))
    }
    return .queue
  }

  /// The caller half-closes; true the first time (END_STREAM must then be queued).
  mutating func closeRequest() -> Bool {
    guard !requestClosed else { return false }
    requestClosed = true
    return true
  }

  /// What a read of the response gets.
  enum Receive {
    /// The next queued message.
    case message
    /// The response body failed.
    case failed(RPCError)
    /// The call ended: no more messages.
    case end
    /// Nothing yet: wait for the next event.
    case wait
  }

  /// The caller reads a response message; `hasMessage` says whether one is queued.
  func receive(hasMessage: Bool) -> Receive {
    if hasMessage { return .message }
    if let responseFailure { return .failed(responseFailure) }
    return final == nil ? .wait : .end
  }

  /// The response headers' metadata for the caller: known, empty when the call ended without them,
  /// or nil (wait).
  var metadataForCaller: Metadata? {
    if let initialMetadata { return initialMetadata }
    return final == nil ? nil : []
  }

  /// The error a write gets after the end of the call or of the request.
  var endedError: RPCError {
    if let (status, trailers) = final, let error = RPCError(status: status, metadata: trailers) { return error }
    return RPCError(code: .failedPrecondition, message: "The request stream is already closed.")
  }

  /// The caller cancelled the call.
  mutating func cancel() -> End {
    fail(Status(code: .cancelled, message: "The call was cancelled."), reset: true)
  }

  /// The call's deadline passed.
  mutating func deadlineExpired() -> End {
    fail(Status(code: .deadlineExceeded, message: "Deadline exceeded."), reset: true)
  }

  // MARK: Events from nghttp2

  /// What a complete HEADERS block means.
  enum Headers {
    /// Response headers: the call goes on, decompressing messages with this algorithm when given.
    case responseHeaders(compression: CompressionAlgorithm?)
    /// Trailers (or Trailers-Only): the deframer must hold no partial message, then the call ends with
    /// `trailersReceived`.
    case trailers
    /// The call ended (bad headers) or had ended already.
    case ended(End)
  }

  /// A whole HEADERS block arrived, its fields collected in `headers`.
  mutating func headersReceived(_ headers: ResponseHeaders, endStream: Bool) -> Headers {
    guard final == nil else { return .ended(.ignore) }
    guard !receivedHeadersBlock && !endStream else {
      // Trailers, or a Trailers-Only response.
      if !receivedHeadersBlock { initialMetadata = [] }
      receivedHeadersBlock = true
      return .trailers
    }
    receivedHeadersBlock = true
    if let status = headers.httpStatus, status != 200 {
      return .ended(fail(headers.status, reset: true))
    }
    guard let contentType = headers.contentType, GRPCContentType.isGRPC(contentType) else {
      return .ended(fail(Status(code: .unknown, message: "The response is not gRPC (content-type \(headers.contentType ?? "missing")."),
                         reset: true))
    }
    var compression: CompressionAlgorithm?
    if let name = headers.encoding, name != "identity" {
      guard let algorithm = CompressionAlgorithm(name: name) else {
        return .ended(fail(Status(code: .internal, message: "The server used unsupported compression '\(name)'."), reset: true))
      }
      compression = algorithm
    }
    initialMetadata = headers.metadata
    hadResponseHeaders = true
    return .responseHeaders(compression: compression)
  }

  /// The trailers were complete and the response body held no partial message: the call ends with
  /// their status. `requestEndSent`: our END_STREAM has gone out. When it has not (the request still
  /// streams, or a unary's bytes are still queued), the server's END_STREAM leaves the stream half-open
  /// on our side only: it is reset with NO_ERROR, as grpc-go and grpc-core do (RFC 9113 8.1), so its
  /// slot and its queued request bytes are freed now rather than when the request would have ended.
  mutating func trailersReceived(_ headers: ResponseHeaders, requestEndSent: Bool) -> End {
    guard final == nil else { return .ignore }
    final = (headers.status, headers.metadata)
    return requestEndSent || stream != .open ? .ended(reset: false) : .endedRequestOpen
  }

  /// Whether DATA that arrived is read (else its window goes back at once).
  var acceptsData: Bool { final == nil }

  /// The response body broke the protocol (bad framing, a message over the limit): the reader gets
  /// the error; the call ends with its status, and the server is told with RST_STREAM.
  mutating func responseFailed(_ error: RPCError, reset: Bool) -> End {
    guard final == nil else { return .ignore }
    responseFailure = error
    return fail(error.status, reset: reset)
  }

  /// nghttp2 closed the stream; `errorCode` is the RST_STREAM code, or 0 when it closed normally.
  mutating func streamClosed(errorCode: UInt32) -> End {
    stream = .closed
    guard final == nil else { return .ignore }
    let status: Status
    switch errorCode {
    case 0: status = Status(code: .internal, message: "The stream closed without a status.")
    case 0x7:
      unprocessed = !receivedHeadersBlock
      status = Status(code: .unavailable, message: "The server refused the stream.")
    case 0x8: status = Status(code: .cancelled, message: "The server cancelled the call.")
    case 0xB: status = Status(code: .resourceExhausted, message: "The server asked to slow down.")
    default: status = Status(code: .internal, message: "The stream was reset (HTTP/2 error \(errorCode)).")
    }
    return end(status: status, trailers: [])
  }

  /// nghttp2 dropped the request headers (a header block over its 64 KiB) and closes the stream next,
  /// with REFUSED_STREAM: the call fails with INTERNAL, and is not retried as unprocessed (it would
  /// fail the same way again).
  mutating func requestHeadersNotSent(reason: String) -> End {
    fail(Status(code: .internal, message: "The request headers could not be sent: \(reason)."), reset: false)
  }

  /// The connection closed under the call.
  mutating func connectionClosed(reason: String) -> End {
    fail(Status(code: .unavailable, message: "The connection closed: \(reason)."), reset: false)
  }

  // MARK: Ending

  /// What the end of the call asks for.
  enum End: Equatable {
    /// It had ended already.
    case ignore
    /// It ends now (`final` holds the status): wake every waiter; with `reset`, send RST_STREAM(CANCEL)
    /// first.
    case ended(reset: Bool)
    /// It ends now with the server's status while our request side is still open: drop the queued
    /// request bytes and send RST_STREAM(NO_ERROR) (the call succeeded or failed on its own terms;
    /// nothing is cancelled), then wake every waiter.
    case endedRequestOpen
  }

  /// Ends the call locally with `status`; `reset` asks to tell the server, which happens only while
  /// the stream is open.
  mutating func fail(_ status: Status, reset: Bool) -> End {
    guard final == nil else { return .ignore }
    final = (status, [])
    return .ended(reset: reset && stream == .open)
  }

  private mutating func end(status: Status, trailers: Metadata) -> End {
    guard final == nil else { return .ignore }
    final = (status, trailers)
    return .ended(reset: false)
  }
}
