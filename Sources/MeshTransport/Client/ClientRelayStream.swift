import MeshCore

/// Told of a relayed call's upstream events, on the connection's loop.
public protocol ClientRelayHandler: AnyObject {
  /// The response headers arrived (`endStream`: a Trailers-Only response, the call's end).
  /// - Parameter fields: the fields as they came (pseudo-headers included), as bytes.
  func upstreamHeaders(_ fields: RawHeaderFields, endStream: Bool)
  /// Response DATA arrived; its window is granted only by `ClientRelayStream.consume`.
  func upstreamData(_ bytes: UnsafeRawBufferPointer)
  /// The trailers arrived: the call's end.
  /// - Parameter fields: the fields as they came, as bytes.
  func upstreamTrailers(_ fields: RawHeaderFields)
  /// The stream closed; `errorCode` is the RST_STREAM code (0 after a normal end). `refused`: the server
  /// never processed it (REFUSED_STREAM, a stream past a GOAWAY's last id, or one nghttp2 would not open).
  func upstreamClosed(errorCode: UInt32, refused: Bool)
  /// Request bytes queued earlier went out: the queue is at or below its low-water mark again.
  func upstreamWritable()
}

/// A gRPC call sent as bytes: request headers as given, DATA as it comes, the response's headers, DATA
/// and trailers handed over raw. The relay owns flow control: window for response bytes is granted when it
/// calls `consume`, and `canSend` says when the request queue is full. Loop-confined.
///
/// Its state is unchecked for exclusivity: each access began and ended a dynamic check (~100
/// instructions), some 17 per relayed call. Every access is on the connection's loop thread, and the
/// accesses that last across a call (`outbound`'s reads and appends, `fields.append`, the swaps and
/// recycling of `fields`) call into value types and the connection's storage pool only, never into the
/// handler or back into this stream, so no two can overlap; the handler is called with its reference
/// copied out first, so its calls back (`consume`, `cancel`, `send`) find no access open.
public final class ClientRelayStream: @unchecked Sendable {
  let connection: ClientConnection
  @exclusivity(unchecked) private(set) var id: Int32 = -1
  @exclusivity(unchecked) private var handler: (any ClientRelayHandler)?
  @exclusivity(unchecked) private var outbound: OutboundBuffer
  /// The header block being received; its storage serves the trailers after the headers.
  @exclusivity(unchecked) private var fields = RawHeaderFields()
  @exclusivity(unchecked) private var fieldBytes = 0
  @exclusivity(unchecked) private var closed = false
  @exclusivity(unchecked) private var waitsForRoom = false
  @exclusivity(unchecked) private var sawHeaders = false
  /// Set when the response ended while our request side was still open: the stream was reset with
  /// NO_ERROR and the request goes no further.
  @exclusivity(unchecked) private var requestReset = false

  init(connection: ClientConnection, handler: any ClientRelayHandler) {
    self.connection = connection
    self.handler = handler
    outbound = OutboundBuffer(highWater: connection.streamBufferHighWater, lowWater: connection.streamBufferLowWater)
    // Spare storage of the connection's ended calls: the response's fields and the request's bytes.
    fields = connection.headerStorage.receivedFields()
    var spare = connection.headerStorage.tail()
    outbound.adoptTail(&spare)
  }

  /// Submits the request headers; false when nghttp2 refused to open the stream.
  func start(path: String, fields: RequestHeaderFields, timeout: Duration?) -> Bool {
    // Sized for what goes in (a bearer token alone may pass the default's 256 bytes): grown at most once,
    // on a spare block of the connection's, given back once nghttp2 sent or dropped its frame.
    // `laidOutBound` is what `add(fields)` makes room for (no pass over the fields, as `byteCount` made):
    // reserved short of it, a block that had room for the fields grew all the same (0.2 allocations a call).
    var block = connection.headerStorage.block(
      capacity: 128 + path.utf8.count + connection.authority.utf8.count + fields.laidOutBound, fields: 7)
    // The connection's fixed fields come laid out (one append each side of `:path`), in the usual order.
    block.add(connection.relayRequestLead)
    block.add(":path", value: path)
    block.add(connection.relayRequestTail)
    // What is left of the call's deadline: a new value on every call, never indexed.
    if let timeout { GRPCTimeout(timeout).withHeaderValue { block.add("grpc-timeout", neverIndexed: $0) } }
    block.add(fields)
    // Read in place by nghttp2 when it sends the frame (which may wait in its queue for a stream slot the
    // upstream grants); the session gives the block back to the pool once that frame is sent or dropped.
    id = connection.withSession { $0.submitRequest(holding: &block) }
    guard id >= 0 else { return false }
    connection.register(self)
    connection.scheduleFlush()
    return true
  }

  /// Whether the request queue has room; when not, the handler is told by `upstreamWritable` once it drained.
  public var canSend: Bool {
    if outbound.isAboveHighWater { waitsForRoom = true }
    return !outbound.isAboveHighWater
  }

  /// Whether the stream has closed.
  public var isClosed: Bool { closed }

  /// Queues request DATA bytes.
  public func send(_ bytes: UnsafeRawBufferPointer) {
    guard !closed, !requestReset, !bytes.isEmpty else { return }
    if outbound.appendRaw(copying: bytes) { connection.withSession { $0.resumeData(streamID: id) } }
    connection.scheduleFlush()
  }

  /// Queues request DATA bytes held by the relay.
  public func send(_ bytes: [UInt8]) {
    guard !closed, !requestReset, !bytes.isEmpty else { return }
    if outbound.appendRaw(bytes) { connection.withSession { $0.resumeData(streamID: id) } }
    connection.scheduleFlush()
  }

  /// Ends the request (END_STREAM after the queued bytes).
  public func closeSending() {
    guard !closed, !requestReset else { return }
    if outbound.finish(.endStream) { connection.withSession { $0.resumeData(streamID: id) } }
    connection.scheduleFlush()
  }

  /// Grants window for response bytes the relay passed on. After the stream closed only the connection's
  /// window is given back (the session does that for a stream it no longer has): bytes received and never
  /// granted would shrink the shared connection's window for good, until its calls stall.
  public func consume(_ count: Int) {
    guard count > 0 else { return }
    connection.withSession { $0.consume(streamID: id, count: count) }
    connection.scheduleFlush()
  }

  /// Resets the stream (CANCEL); the handler hears nothing more. After the response's end with the
  /// request still open the stream is being reset with NO_ERROR already: only the handler is let go.
  public func cancel() {
    guard !closed else { return }
    handler = nil
    guard !requestReset else { return }
    connection.withSession { $0.submitReset(streamID: id, errorCode: 0x8) }
    connection.scheduleFlush()
  }

  // MARK: Events from the connection

  func headerField(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    fieldBytes += name.count + value.count + 32
    guard fieldBytes <= connection.maxHeaderListBytes else { return false }
    // From nghttp2, which checked the name: marked lower-case, so relaying it checks nothing more.
    fields.appendReceived(name: name, value: value)
    return true
  }

  func headersComplete(endStream: Bool) {
    fieldBytes = 0
    // Lent to the handler from a local, moved out and back: passed from the property, the buffer was
    // retained and released around each call.
    var received = RawHeaderFields()
    swap(&received, &fields)
    if endStream { resetRequestIfOpen() }
    if sawHeaders {
      handler?.upstreamTrailers(received)
    } else {
      sawHeaders = true
      handler?.upstreamHeaders(received, endStream: endStream)
    }
    // The handler has passed the fields on by now: the buffer is this stream's alone again.
    received.removeAll()
    swap(&received, &fields)
  }

  /// The response ended (trailers, or Trailers-Only): with our END_STREAM not yet sent, the stream is
  /// reset with NO_ERROR, as grpc-go and grpc-core do (RFC 9113 8.1), before the handler hears of the end,
  /// so its slot and queued request bytes go now. nghttp2 sends the reset ahead of any queued DATA and
  /// closes the stream with it; the handler then hears `upstreamClosed(errorCode: 0)`, a normal close.
  private func resetRequestIfOpen() {
    guard !requestReset, !connection.withSession({ $0.hasSentEndStream(streamID: id) }) else { return }
    requestReset = true
    var tail: [UInt8] = []
    outbound.removeAll(keepingTailIn: &tail)
    connection.headerStorage.recycle(tail: &tail)
    connection.withSession { $0.submitReset(streamID: id, errorCode: 0x0) }
    connection.scheduleFlush()
  }

  func receivedData(_ bytes: UnsafeRawBufferPointer) {
    guard let handler else { return connection.withSession { $0.consume(streamID: id, count: bytes.count) } }
    handler.upstreamData(bytes)
  }

  func streamClosed(errorCode: UInt32) {
    guard !closed else { return }
    closed = true
    connection.callEnded()
    var tail: [UInt8] = []
    outbound.removeAll(keepingTailIn: &tail)
    connection.headerStorage.recycle(tail: &tail)
    connection.headerStorage.recycle(received: &fields)
    let handler = self.handler
    self.handler = nil
    handler?.upstreamClosed(errorCode: errorCode, refused: errorCode == 0x7 && !sawHeaders)
  }

  /// The connection closed under the stream: nothing was processed only if nothing came back, and even
  /// then the server may have seen it, so it is not called refused.
  func connectionClosed() { streamClosed(errorCode: 0x2) }

  func readData(into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    let read = outbound.read(into: buffer)
    if read.copied > 0, waitsForRoom, outbound.isAtOrBelowLowWater {
      waitsForRoom = false
      connection.loop.execute { [self] in if !self.closed { self.handler?.upstreamWritable() } }
    }
    switch read {
    case .deferred: return .deferred
    case .bytes(let count): return .bytes(count)
    case .end(let count, _): return .end(count, trailers: false)
    }
  }
}

extension GRPCChannel {
  /// Opens a relayed call on a ready connection of this channel that lives on the caller's loop, at once;
  /// nil when there is none (no ready connection, or it lives on another loop): the caller takes its
  /// usual path then. Loop thread.
  /// - Parameters:
  ///   - path: `:path`.
  ///   - fields: the request's metadata fields as they go on the wire, after the pseudo-headers,
  ///     `content-type`, `te` and `grpc-timeout` (the caller left out what must not cross: see the gateway's
  ///     `ForwardedMetadata`).
  ///   - timeout: sent as `grpc-timeout`; the relay keeps the deadline itself.
  ///   - handler: told of the response's events; held until the stream closes or is cancelled.
  public func openRelay(path: String, fields: RequestHeaderFields, timeout: Duration?,
                        handler: any ClientRelayHandler) -> ClientRelayStream? {
    guard let connection = readyConnectionOnCurrentLoop() else { return nil }
    let stream = ClientRelayStream(connection: connection, handler: handler)
    guard stream.start(path: path, fields: fields, timeout: timeout) else {
      connection.callEnded()
      return nil
    }
    return stream
  }
}
