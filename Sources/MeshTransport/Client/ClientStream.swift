public import MeshCore

/// One call on a client connection: the transport's side of `ClientCallStream`.
///
/// A driver: the protocol state is a `ClientStreamStateMachine`, the request bytes an `OutboundBuffer`;
/// this class feeds them the caller's operations and nghttp2's events, and carries out their answers.
/// State lives on the connection's loop; the caller's task usually runs elsewhere, so every operation
/// hops onto the loop and resumes the caller with the result.
final class ClientStream: ClientCallStream, @unchecked Sendable {
  let connection: ClientConnection
  let options: CallOptions
  private(set) var id: Int32 = -1
  private var loop: EventLoop { connection.loop }
  private var state = ClientStreamStateMachine()

  // Inbound
  private var headers = ResponseHeaders()
  private var metadataWaiters: [UnsafeContinuation<Metadata, any Error>] = []
  private var deframer: MessageDeframer
  private var received = ReceivedMessages()
  private var receiveWaiter: UnsafeContinuation<[UInt8]?, any Error>?

  // Outbound
  private var outbound: OutboundBuffer
  private var sendWaiter: UnsafeContinuation<Void, any Error>?

  // End
  private var statusWaiters: [UnsafeContinuation<(Status, Metadata), Never>] = []
  private var endObservers: [@Sendable (ClientCallEnd) -> Void] = []
  private var deadlineTimer: TimerQueue.ID?

  /// Set when real response headers arrived (not a Trailers-Only response): the call is committed.
  var hadResponseHeaders: Bool { state.hadResponseHeaders }
  /// Set when the server's application never saw the call (REFUSED_STREAM, also sent for streams a
  /// GOAWAY did not cover, or a stream nghttp2 refused to open): safe to retry transparently.
  var unprocessed: Bool { state.unprocessed }

  init(connection: ClientConnection, options: CallOptions) {
    self.connection = connection
    self.options = options
    self.deframer = MessageDeframer(maxMessageSize: options.maxResponseMessageBytes)
    self.outbound = OutboundBuffer(highWater: connection.streamBufferHighWater, lowWater: connection.streamBufferLowWater)
  }

  /// Submits the request headers; loop thread. Fails the call when nghttp2 refuses the stream.
  func start(method: MethodDescriptor, metadata: Metadata, authority: String, scheme: String) {
    var block = HeaderBlock()
    block.add(":method", "POST")
    block.add(":scheme", scheme)
    block.add(":path", method.path)
    block.add(":authority", authority)
    block.add("content-type", "application/grpc")
    block.add("te", "trailers")
    block.add("user-agent", "grpc-swift-mesh/0.1")
    if let timeout = options.timeout {
      block.add("grpc-timeout", GRPCTimeout(timeout).headerValue)
      deadlineTimer = loop.schedule(at: .now + timeout) { [weak self] in
        guard let self else { return }
        self.deadlineTimer = nil
        self.carryOut(self.state.deadlineExpired())
      }
    }
    if let compression = options.compression, compression != .identity {
      block.add("grpc-encoding", compression.name)
    }
    block.add("grpc-accept-encoding", ServerConnection.acceptEncodingHeader)
    block.add(metadata)
    // Read in place when nghttp2 sends the frame; the block then joins the connection's spares.
    id = connection.session.submitRequest(holding: &block)
    if id < 0 { return carryOut(state.refusedToStart()) }
    state.started()
    connection.register(self)
    connection.scheduleFlush()
  }

  // MARK: ClientCallStream
  //
  // On the loop (a gateway forwarding a call it received on the same loop), every answer known now is
  // given now: a continuation resumed at once would still send the caller's task through the loop's
  // queue, a suspension and a turn of the loop per operation.

  func send(_ message: [UInt8], compress: Bool) async throws {
    if loop.inLoop {
      guard try appendRequest(message, compress: compress) else { return }
      return try await withUnsafeThrowingContinuation { continuation in
        if loop.inLoop { parkSender(continuation) } else { loop.execute { self.parkSender(continuation) } }
      }
    }
    try await onLoop { (continuation: UnsafeContinuation<Void, any Error>) in
      do {
        if try self.appendRequest(message, compress: compress) { self.parkSender(continuation) } else { continuation.resume() }
      } catch {
        continuation.resume(throwing: error)
      }
    }
  }

  /// Queues a request message; loop thread. True when the caller must wait for room (above the high-water mark).
  private func appendRequest(_ message: [UInt8], compress: Bool) throws -> Bool {
    if case .fail(let error) = state.send(byteCount: message.count, limit: options.maxRequestMessageBytes) {
      throw error
    }
    let compression = compress ? options.compression.flatMap { $0 == .identity ? nil : $0 } : nil
    if try outbound.appendMessage(message, compression: compression) { resumeData() }
    connection.scheduleFlush()
    return outbound.isAboveHighWater
  }

  /// Parks a sender until the buffer drains to the low-water mark; at once when it has or the call ended.
  private func parkSender(_ continuation: UnsafeContinuation<Void, any Error>) {
    if state.hasEnded {
      continuation.resume(throwing: state.endedError)
    } else if outbound.isAboveHighWater {
      sendWaiter = continuation
    } else {
      continuation.resume()
    }
  }

  func closeSending() async throws {
    if loop.inLoop { return closeOnLoop() }
    try await onLoop { (continuation: UnsafeContinuation<Void, any Error>) in
      self.closeOnLoop()
      continuation.resume()
    }
  }

  private func closeOnLoop() {
    // After the end nothing more goes out: the stream closed, or is being reset.
    if !state.hasEnded, state.closeRequest() {
      if outbound.finish(.endStream) { resumeData() }
      connection.scheduleFlush()
    }
  }

  func initialMetadata() async throws -> Metadata {
    if loop.inLoop, let metadata = state.metadataForCaller { return metadata }
    return try await onLoop { (continuation: UnsafeContinuation<Metadata, any Error>) in
      if let metadata = self.state.metadataForCaller {
        continuation.resume(returning: metadata)
      } else {
        self.metadataWaiters.append(continuation)
      }
    }
  }

  func receive() async throws -> [UInt8]? {
    if loop.inLoop {
      switch state.receive(hasMessage: !received.isEmpty) {
      case .message: if let message = popMessage() { return message }
      case .failed(let error): throw error
      case .end: return nil
      case .wait: break
      }
    }
    return try await onLoop { (continuation: UnsafeContinuation<[UInt8]?, any Error>) in
      switch self.state.receive(hasMessage: !self.received.isEmpty) {
      case .message: continuation.resume(returning: self.popMessage())
      case .failed(let error): continuation.resume(throwing: error)
      case .end: continuation.resume(returning: nil)
      case .wait: self.receiveWaiter = continuation
      }
    }
  }

  func finalStatus() async -> (Status, Metadata) {
    if loop.inLoop, let final = state.final { return final }
    return await withUnsafeContinuation { continuation in
      let answer: @Sendable () -> Void = {
        if let final = self.state.final { continuation.resume(returning: final) } else { self.statusWaiters.append(continuation) }
      }
      if loop.inLoop { answer() } else { loop.execute(answer) }
    }
  }

  /// Whether the server sent response headers, and whether it never saw the call; loop thread, or nil off it.
  var flagsIfOnLoop: (headers: Bool, unprocessed: Bool)? {
    loop.inLoop ? (state.hadResponseHeaders, state.unprocessed) : nil
  }

  func cancel() {
    loop.execute { self.carryOut(self.state.cancel()) }
  }

  /// Runs `body` on the loop when the call ends (at once, on the loop, when it has): no task waits for it.
  func whenEnded(_ body: @escaping @Sendable (ClientCallEnd) -> Void) {
    let register: @Sendable () -> Void = {
      if let (status, trailers) = self.state.final {
        body(ClientCallEnd(status: status, trailers: trailers, unprocessed: self.state.unprocessed))
      } else {
        self.endObservers.append(body)
      }
    }
    if loop.inLoop { register() } else { loop.execute(register) }
  }

  // MARK: Events from the connection

  func headerField(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    headers.add(name: name, value: value, limit: connection.maxHeaderListBytes)
  }

  func headersComplete(endStream: Bool) {
    let block = headers
    headers = ResponseHeaders()
    switch state.headersReceived(block, endStream: endStream) {
    case .ended(let end):
      carryOut(end)
    case .responseHeaders(let compression):
      if let compression {
        do {
          deframer = MessageDeframer(maxMessageSize: deframer.maxMessageSize,
                                     decompressor: try MessageDecompressor(algorithm: compression))
        } catch {
          return carryOut(state.fail(error.status, reset: true))
        }
      }
      let metadata = block.metadata
      for waiter in metadataWaiters { waiter.resume(returning: metadata) }
      metadataWaiters.removeAll()
    case .trailers:
      do {
        try deframer.finish()
      } catch {
        return carryOut(state.fail(RPCError(from: error).status, reset: false))
      }
      carryOut(state.trailersReceived(block, requestEndSent: connection.session.hasSentEndStream(streamID: id)))
    }
  }

  func receivedData(_ bytes: UnsafeRawBufferPointer) {
    guard state.acceptsData else {
      connection.session.consume(streamID: id, count: bytes.count)
      return
    }
    do {
      try deframer.process(bytes) { received.append($0, compressed: $1) }
    } catch {
      connection.session.consume(streamID: id, count: bytes.count + received.takeHeldBytes())
      return carryOut(state.responseFailed(RPCError(from: error), reset: true))
    }
    received.hold(bytes.count)
    if let waiter = receiveWaiter, let message = popMessage() {
      receiveWaiter = nil
      waiter.resume(returning: message)
    }
    if received.isEmpty { grantHeldWindow() }
  }

  func streamClosed(errorCode: UInt32) {
    let end = state.streamClosed(errorCode: errorCode)
    connection.session.consumeConnection(count: received.takeHeldBytes())
    carryOut(end)
  }

  /// The connection closed under the call.
  func connectionClosed(reason: String) {
    carryOut(state.connectionClosed(reason: reason))
  }

  /// nghttp2 dropped the request headers; it closes the stream next.
  func requestHeadersNotSent(reason: String) {
    carryOut(state.requestHeadersNotSent(reason: reason))
  }

  func readData(into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    let read = outbound.read(into: buffer)
    if read.copied > 0, let waiter = sendWaiter, outbound.isAtOrBelowLowWater {
      sendWaiter = nil
      waiter.resume()
    }
    switch read {
    case .deferred: return .deferred
    case .bytes(let count): return .bytes(count)
    // A client sends no trailers: its DATA ends with END_STREAM.
    case .end(let count, _): return .end(count, trailers: false)
    }
  }

  // MARK: Helpers

  private func popMessage() -> [UInt8]? {
    guard let (message, _) = received.pop() else { return nil }
    if received.isEmpty { grantHeldWindow() }
    return message
  }

  private func grantHeldWindow() {
    guard received.heldBytes > 0, state.stream == .open else { return }
    connection.session.consume(streamID: id, count: received.takeHeldBytes())
    connection.scheduleFlush()
  }

  private func resumeData() {
    guard state.stream == .open else { return }
    connection.session.resumeData(streamID: id)
  }

  /// Carries out the end of the call the state machine decided: RST_STREAM(CANCEL) or, after the
  /// server's status with our request still open, RST_STREAM(NO_ERROR) when asked, then every waiter is
  /// told.
  private func carryOut(_ end: ClientStreamStateMachine.End) {
    let resetCode: UInt32?
    switch end {
    case .ignore: return
    case .ended(let reset): resetCode = reset ? 0x8 : nil
    case .endedRequestOpen:
      // The reset goes out before any DATA still queued (nghttp2 sends control frames first) and closes
      // the stream; the bytes are dropped here so their memory goes back now.
      outbound.removeAll()
      resetCode = 0x0
    }
    guard let (status, trailers) = state.final else { return }
    if let resetCode {
      connection.session.submitReset(streamID: id, errorCode: resetCode)
      connection.scheduleFlush()
    }
    connection.callEnded()
    if let timer = deadlineTimer {
      loop.cancelTimer(timer)
      deadlineTimer = nil
    }
    let metadata = state.metadataForCaller ?? []
    for waiter in metadataWaiters { waiter.resume(returning: metadata) }
    metadataWaiters.removeAll()
    if let waiter = receiveWaiter {
      receiveWaiter = nil
      if let failure = state.responseFailure { waiter.resume(throwing: failure) } else { waiter.resume(returning: popMessage()) }
    }
    if let waiter = sendWaiter {
      sendWaiter = nil
      waiter.resume(throwing: state.endedError)
    }
    for waiter in statusWaiters { waiter.resume(returning: (status, trailers)) }
    statusWaiters.removeAll()
    if !endObservers.isEmpty {
      let end = ClientCallEnd(status: status, trailers: trailers, unprocessed: state.unprocessed)
      let observers = endObservers
      endObservers.removeAll()
      for observer in observers { observer(end) }
    }
  }

  private func onLoop<T>(_ body: @escaping @Sendable (UnsafeContinuation<T, any Error>) -> Void) async throws -> T {
    try await withUnsafeThrowingContinuation { continuation in
      if loop.inLoop { body(continuation) } else { loop.execute { body(continuation) } }
    }
  }
}
