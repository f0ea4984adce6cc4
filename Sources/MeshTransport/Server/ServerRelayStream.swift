public import MeshCore

/// Decides, on the connection's loop as a gRPC request's headers complete, whether the request is
/// relayed as bytes (a proxy that needs nothing at the message level) instead of served by a handler's
/// task. It must answer at once, without waiting; nil hands the request to the usual path untouched.
public protocol GRPCRelayRouter: Sendable {
  /// Takes the request, or leaves it.
  /// - Parameters:
  ///   - request: what the request's head carries; the router may take or edit its fields in place
  ///     (`request.fields`), but when it returns nil they must be as received (`RequestHeaderFields.revertEdits`).
  ///   - stream: the request's stream, to answer on; only used when a handler is returned.
  /// - Returns: the handler of the stream's events, or nil for the usual path.
  func relay(_ request: inout RelayRequest, stream: ServerRelayStream) -> (any ServerRelayHandler)?
}

/// What a relayed gRPC request's head carries.
public struct RelayRequest: Sendable {
  /// The method, from `:path`.
  public var method: MethodDescriptor
  /// The request's metadata fields as received (reserved headers left out, `-bin` values as sent, in base64),
  /// for the relay to read and edit in place; `fields.metadata` makes `Metadata` of them when needed.
  public var fields: RequestHeaderFields
  /// The call's `grpc-timeout`, counted from when the relay takes the call (microseconds after the head
  /// arrived). A `Duration` (two plain words), not the deadline as a `ContinuousClock.Instant?`: that type is
  /// resilient, so each copy of it (made, moved into the relayed call, read there) went through the runtime's
  /// value witnesses (~0.2k instructions per relayed call).
  public var timeout: Duration?
  /// `grpc-encoding` as the client sent it: the relayed bytes are in it.
  public var encoding: String?
  /// `grpc-accept-encoding` as the client sent it.
  public var acceptEncoding: String?
  /// The client's address.
  public var peer: String
  /// The host part of `peer` (`SocketAddress.host(ofPeer:)`), made once per connection: a local rate limit
  /// keyed by the client's address parsed it out of `peer` on every call (~340 instructions).
  public var peerHost: String
  /// `:authority`.
  public var authority: String?
  /// The loop the stream lives on; every call on the stream and every event happen there.
  public var loop: EventLoop
}

/// Told of a relayed request's events, on the connection's loop.
public protocol ServerRelayHandler: AnyObject {
  /// Request DATA arrived; its window is granted only by `ServerRelayStream.consume`.
  func clientData(_ bytes: UnsafeRawBufferPointer)
  /// The client half-closed.
  func clientEnded()
  /// The stream closed: after the response's end, or reset by the client (`errorCode` non-zero).
  func clientClosed(errorCode: UInt32)
  /// Response bytes queued earlier went out: the queue is at or below its low-water mark again.
  func clientWritable()
}

/// A gRPC request served as bytes: DATA in as it arrives, response headers, DATA and trailers out as
/// given. The relay owns flow control: window for request bytes is granted when it calls `consume`,
/// and `canSend` says when the response queue is full. Loop-confined.
///
/// Its state is unchecked for exclusivity (as `ClientRelayStream`'s): every access is on the connection's
/// loop thread, the accesses that last across a call (`outbound`'s appends, reads and takes) call into
/// value types only, and the handler is called with its reference copied out first, so its calls back
/// find no access open; each checked access cost a dynamic check (~100 instructions), ~8 per relayed call.
public final class ServerRelayStream: @unchecked Sendable {
  let stream: ServerStream
  private var connection: ServerConnection { stream.connection }
  /// The stream's connection, unretained (`withConnection`): the stream holds it for the relay's life. Read
  /// through the stream, every grant, queued write and accounting step retained and released it.
  private let unretainedConnection: Unmanaged<ServerConnection>
  @exclusivity(unchecked) var handler: (any ServerRelayHandler)?
  @exclusivity(unchecked) private var outbound: OutboundBuffer
  @exclusivity(unchecked) private var headersSent = false
  @exclusivity(unchecked) private var ended = false
  @exclusivity(unchecked) private var closed = false
  @exclusivity(unchecked) private var waitsForRoom = false
  /// Bytes this stream holds, as last reported to the connection's budget.
  @exclusivity(unchecked) private var accountedBytes = 0

  init(stream: ServerStream) {
    self.stream = stream
    unretainedConnection = Unmanaged.passUnretained(stream.connection)
    let limits = stream.connection.limits
    outbound = OutboundBuffer(highWater: limits.streamBufferHighWater, lowWater: limits.streamBufferLowWater)
    var spare = stream.connection.headerStorage.tail()
    outbound.adoptTail(&spare)
  }

  /// Calls `body` with the stream's connection, borrowed without a retain.
  @inline(__always) @discardableResult
  private func withConnection<R>(_ body: (ServerConnection) -> R) -> R {
    unretainedConnection._withUnsafeGuaranteedRef(body)
  }

  /// The connection's maximum request message size.
  public var maxRequestMessageBytes: Int { connection.limits.maxRequestMessageBytes }

  /// Whether the response queue has room (at or below its high-water mark); when not, the handler is
  /// told by `clientWritable` once it drained.
  public var canSend: Bool {
    if outbound.isAboveHighWater { waitsForRoom = true }
    return !outbound.isAboveHighWater
  }

  /// Whether the stream has ended (the response's end was submitted, or the stream closed).
  public var hasEnded: Bool { ended || closed }

  /// Takes back the storage of the request's fields (`RelayRequest.fields`) for the connection's next request,
  /// once the relay no longer reads them (its call ended); `fields` is left empty. The transport made them
  /// on spare storage too (`HeaderStoragePool.requestFields`): two allocations per request less.
  public func recycle(requestFields fields: inout RequestHeaderFields) {
    withConnection { $0.headerStorage.recycle(request: &fields) }
  }

  /// Sends response headers (`:status` 200 and `content-type` are added), once.
  /// - Parameters:
  ///   - fields: the upstream's header fields as they came; those that cross a proxy are passed on
  ///     (`RawHeaderFields.crossesProxy`), as bytes.
  ///   - own: fields of the relay's own after them (a request id), all passed on.
  public func sendHeaders(relaying fields: RawHeaderFields, adding own: RawHeaderFields = RawHeaderFields()) {
    guard !headersSent, !hasEnded else { return }
    headersSent = true
    submitHead(fields, own, hasData: true)
  }

  /// Queues response DATA bytes (response headers go first if not sent).
  public func send(_ bytes: UnsafeRawBufferPointer) {
    guard !hasEnded, !bytes.isEmpty else { return }
    if !headersSent { sendHeaders(relaying: RawHeaderFields()) }
    let id = stream.id
    withConnection { connection in
      if outbound.appendRaw(copying: bytes) { connection.withSession { $0.resumeData(streamID: id) } }
      updateAccounting(connection)
      connection.scheduleFlush()
    }
  }

  /// Ends the response with trailers: after the DATA, or as a Trailers-Only response when no header was sent.
  /// - Parameters:
  ///   - fields: the upstream's trailer fields (`grpc-status` among them) as they came; those that cross
  ///     a proxy are passed on, as bytes.
  ///   - own: fields of the relay's own for a Trailers-Only response (the headers it would have sent).
  public func finish(relayingTrailers fields: RawHeaderFields, adding own: RawHeaderFields = RawHeaderFields()) {
    guard !hasEnded else { return }
    if headersSent {
      // Submitted when nghttp2 asks for the last DATA, then taken back (`reserveData`).
      var block = connection.headerStorage.block(capacity: fields.byteCount, fields: 0)
      block.addRelayed(fields)
      finishData(with: block)
    } else {
      ended = true
      submitHead(fields, own, hasData: false)
    }
  }

  /// The response's first header block (`:status` 200 and `content-type` added, the relayed fields, then
  /// `own`).
  private func submitHead(_ fields: RawHeaderFields, _ own: RawHeaderFields, hasData: Bool) {
    // Sized for what goes in, so it grows at most once whatever the upstream sent; on a spare block of the
    // connection's, given back once nghttp2 sent or dropped its frame.
    let id = stream.id
    withConnection { connection in
      var block = connection.headerStorage.block(capacity: 48 + fields.byteCount + own.byteCount, fields: 2)
      block.add(":status", literal: "200")
      block.add("content-type", literal: "application/grpc")
      block.addRelayed(fields)
      block.addAll(own)
      // Submitted without a copy: the session gives the block back to the pool once nghttp2 sent its frame.
      connection.withSession { $0.submitResponse(streamID: id, holding: &block, hasData: hasData) }
      connection.scheduleFlush()
    }
  }

  private func finishData(with trailers: HeaderBlock) {
    ended = true
    let id = stream.id
    withConnection { connection in
      if outbound.finish(.trailers(trailers)) { connection.withSession { $0.resumeData(streamID: id) } }
      connection.scheduleFlush()
    }
  }

  /// Ends the call with a status of the relay's own (a refusal, an upstream that failed, a filter's answer).
  /// - Parameters:
  ///   - status: the status.
  ///   - trailers: trailing metadata.
  public func finish(status: Status, trailers: Metadata) {
    guard !hasEnded else { return }
    if headersSent {
      finishData(with: GRPCHeaderBlocks.trailers(status, trailers: trailers))
    } else {
      ended = true
      let block = GRPCHeaderBlocks.trailersOnly(status, trailers: trailers)
      connection.withSession { $0.submitResponse(streamID: stream.id, headers: block, hasData: false) }
      connection.scheduleFlush()
    }
  }

  /// Resets the stream (CANCEL): the client sees the call cancelled.
  public func reset() {
    guard !closed else { return }
    ended = true
    connection.withSession { $0.submitReset(streamID: stream.id, errorCode: 0x8) }
    connection.scheduleFlush()
  }

  /// Grants window for request bytes the relay passed on. After the stream closed only the connection's
  /// window is given back (the session does that for a stream it no longer has): bytes received and never
  /// granted would shrink the client connection's window for good, until its calls stall.
  public func consume(_ count: Int) {
    guard count > 0 else { return }
    let id = stream.id
    withConnection { connection in
      connection.withSession { $0.consume(streamID: id, count: count) }
      connection.scheduleFlush()
    }
  }

  private func updateAccounting() { withConnection { updateAccounting($0) } }

  private func updateAccounting(_ connection: ServerConnection) {
    let now = outbound.pendingCount
    if now != accountedBytes {
      connection.bufferedBytesChanged(by: now - accountedBytes)
      accountedBytes = now
    }
  }

  // MARK: Events from the connection

  func receivedData(_ bytes: UnsafeRawBufferPointer) {
    guard let handler, !ended else {
      let id = stream.id
      return withConnection { connection in connection.withSession { $0.consume(streamID: id, count: bytes.count) } }
    }
    handler.clientData(bytes)
  }

  func receivedEnd() { if !ended { handler?.clientEnded() } }

  func streamClosed(errorCode: UInt32) {
    guard !closed else { return }
    closed = true
    var tail: [UInt8] = []
    outbound.removeAll(keepingTailIn: &tail)
    withConnection { connection in
      connection.headerStorage.recycle(tail: &tail)
      updateAccounting(connection)
    }
    let handler = self.handler
    self.handler = nil
    handler?.clientClosed(errorCode: errorCode)
  }

  func reserveData(max: Int) -> HTTP2Session.DataRead {
    switch outbound.reserve(max: max) {
    case .deferred: return .deferred
    case .bytes(let count): return .bytes(count)
    case .end(let count, nil): return .end(count, trailers: false)
    case .end(let count, .some):
      let id = stream.id
      return withConnection { connection in
        // Submitted without a copy (we are inside `send`: the flush that runs it gives the block back to the
        // pool once nghttp2 packed the frame, for the connection's next blocks).
        guard var submitted = outbound.takeTrailers(),
              connection.withSession({ $0.submitTrailer(streamID: id, holding: &submitted) }) else { return .fail }
        return .end(count, trailers: true)
      }
    }
  }

  func writeData(count: Int, into chunks: inout OutboundChunks) -> Bool {
    guard outbound.take(count, into: &chunks) else { return false }
    if count > 0 {
      updateAccounting()
      if waitsForRoom, outbound.isAtOrBelowLowWater {
        waitsForRoom = false
        // After the frame is written: nghttp2 is inside its send loop now.
        connection.loop.execute { [self] in if !self.closed { self.handler?.clientWritable() } }
      }
    }
    return true
  }
}
