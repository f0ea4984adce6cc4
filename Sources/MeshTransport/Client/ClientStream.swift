public import MeshCore

/// One call on a client connection: the transport's side of `ClientCallStream`.
///
/// State lives on the connection's loop; the caller's task usually runs elsewhere, so every operation
/// hops onto the loop and resumes the caller with the result.
final class ClientStream: ClientCallStream, @unchecked Sendable {
  let connection: ClientConnection
  let options: CallOptions
  private(set) var id: Int32 = -1
  private var loop: EventLoop { connection.loop }

  // Inbound
  private var headers = ResponseHeaders()
  private var receivedHeaders = false
  private var initialMetadata: Metadata?
  private var metadataWaiters: [UnsafeContinuation<Metadata, any Error>] = []
  private var deframer: MessageDeframer
  /// The compressor of `options.compression`, made on the first compressed request message.
  private var compressor: MessageCompressor?
  private var received = ReceivedMessages()
  private var receiveWaiter: UnsafeContinuation<[UInt8]?, any Error>?
  private var localFailure: RPCError?
  /// Set when real response headers arrived (not a Trailers-Only response): the call is committed.
  private(set) var hadResponseHeaders = false
  /// Set when the server's application never saw the call (REFUSED_STREAM, also sent for streams a
  /// GOAWAY did not cover, or a stream nghttp2 refused to open): safe to retry transparently.
  private(set) var unprocessed = false

  // Outbound
  private var outbound: [UInt8] = []
  private var outboundOffset = 0
  private var dataDeferred = false
  private var sendingClosed = false
  private var sendWaiter: UnsafeContinuation<Void, any Error>?

  // End
  private var final: (Status, Metadata)?
  private var statusWaiters: [UnsafeContinuation<(Status, Metadata), Never>] = []
  private var deadlineTimer: TimerQueue.ID?
  private var closed = false

  init(connection: ClientConnection, options: CallOptions) {
    self.connection = connection
    self.options = options
    self.deframer = MessageDeframer(maxMessageSize: options.maxResponseMessageBytes)
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
        self?.fail(Status(code: .deadlineExceeded, message: "Deadline exceeded."), reset: true)
      }
    }
    if let compression = options.compression, compression != .identity {
      block.add("grpc-encoding", compression.name)
    }
    block.add("grpc-accept-encoding", ServerConnection.acceptEncodingHeader)
    ServerStream.addMetadata(metadata, to: &block)
    id = connection.session.submitRequest(headers: block)
    if id < 0 {
      unprocessed = true
      fail(Status(code: .unavailable, message: "The connection refused a new stream."), reset: false)
      return
    }
    connection.register(self)
    connection.scheduleFlush()
  }

  // MARK: ClientCallStream

  func send(_ message: [UInt8], compress: Bool) async throws {
    try await onLoop { (continuation: UnsafeContinuation<Void, any Error>) in
      guard self.final == nil, !self.sendingClosed else {
        return continuation.resume(throwing: self.endedError())
      }
      guard message.count <= self.options.maxRequestMessageBytes else {
        return continuation.resume(throwing: RPCError(code: .resourceExhausted,
          message: "Request message of \(message.count) bytes exceeds the limit of \(self.options.maxRequestMessageBytes)."))
      }
      do {
        try self.frame(message, compress: compress)
      } catch {
        return continuation.resume(throwing: error)
      }
      self.resumeData()
      if self.outbound.count - self.outboundOffset > self.connection.streamBufferHighWater {
        self.sendWaiter = continuation
      } else {
        continuation.resume()
      }
    }
  }

  func closeSending() async throws {
    try await onLoop { (continuation: UnsafeContinuation<Void, any Error>) in
      if !self.sendingClosed {
        self.sendingClosed = true
        self.resumeData()
      }
      continuation.resume()
    }
  }

  func initialMetadata() async throws -> Metadata {
    try await onLoop { (continuation: UnsafeContinuation<Metadata, any Error>) in
      if let metadata = self.initialMetadata {
        continuation.resume(returning: metadata)
      } else if self.final != nil {
        continuation.resume(returning: [])
      } else {
        self.metadataWaiters.append(continuation)
      }
    }
  }

  func receive() async throws -> [UInt8]? {
    try await onLoop { (continuation: UnsafeContinuation<[UInt8]?, any Error>) in
      if let message = self.popMessage() {
        continuation.resume(returning: message)
      } else if let failure = self.localFailure {
        continuation.resume(throwing: failure)
      } else if self.final != nil {
        continuation.resume(returning: nil)
      } else {
        self.receiveWaiter = continuation
      }
    }
  }

  func finalStatus() async -> (Status, Metadata) {
    await withUnsafeContinuation { continuation in
      loop.execute {
        if let final = self.final { continuation.resume(returning: final) } else { self.statusWaiters.append(continuation) }
      }
    }
  }

  func cancel() {
    loop.execute {
      self.fail(Status(code: .cancelled, message: "The call was cancelled."), reset: true)
    }
  }

  // MARK: Events from the connection

  func headerField(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    headers.add(name: name, value: value, limit: connection.maxHeaderListBytes)
  }

  func headersComplete(endStream: Bool) {
    if !receivedHeaders && !endStream {
      receivedHeaders = true
      if let status = headers.httpStatus, status != 200 {
        return fail(headers.status, reset: true)
      }
      guard let contentType = headers.contentType, GRPCContentType.isGRPC(contentType) else {
        return fail(Status(code: .unknown, message: "The response is not gRPC (content-type \(headers.contentType ?? "missing")."), reset: true)
      }
      if let name = headers.encoding, name != "identity" {
        guard let algorithm = CompressionAlgorithm(name: name) else {
          return fail(Status(code: .internal, message: "The server used unsupported compression '\(name)'."), reset: true)
        }
        do {
          deframer = MessageDeframer(maxMessageSize: deframer.maxMessageSize,
                                     decompressor: try MessageDecompressor(algorithm: algorithm))
        } catch {
          return fail(error.status, reset: true)
        }
      }
      initialMetadata = headers.metadata
      hadResponseHeaders = true
      for waiter in metadataWaiters { waiter.resume(returning: headers.metadata) }
      metadataWaiters.removeAll()
      headers = ResponseHeaders()
      return
    }
    // Trailers, or a Trailers-Only response.
    if !receivedHeaders { initialMetadata = [] }
    receivedHeaders = true
    do {
      try deframer.finish()
    } catch {
      return fail(RPCError(from: error).status, reset: false)
    }
    end(status: headers.status, trailers: headers.metadata)
  }

  func receivedData(_ bytes: UnsafeRawBufferPointer) {
    guard final == nil else {
      connection.session.consume(streamID: id, count: bytes.count)
      return
    }
    do {
      try deframer.process(bytes) { received.append($0, compressed: $1) }
    } catch {
      connection.session.consume(streamID: id, count: bytes.count + received.takeHeldBytes())
      localFailure = RPCError(from: error)
      return fail(localFailure!.status, reset: true)
    }
    received.hold(bytes.count)
    if let waiter = receiveWaiter, let message = popMessage() {
      receiveWaiter = nil
      waiter.resume(returning: message)
    }
    if received.isEmpty { grantHeldWindow() }
  }

  func streamClosed(errorCode: UInt32) {
    closed = true
    connection.session.consumeConnection(count: received.takeHeldBytes())
    guard final == nil else { return }
    let status: Status
    switch errorCode {
    case 0: status = Status(code: .internal, message: "The stream closed without a status.")
    case 0x7:
      unprocessed = !receivedHeaders
      status = Status(code: .unavailable, message: "The server refused the stream.")
    case 0x8: status = Status(code: .cancelled, message: "The server cancelled the call.")
    case 0xB: status = Status(code: .resourceExhausted, message: "The server asked to slow down.")
    default: status = Status(code: .internal, message: "The stream was reset (HTTP/2 error \(errorCode)).")
    }
    end(status: status, trailers: [])
  }

  func readData(into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    let count = min(outbound.count - outboundOffset, buffer.count)
    if count > 0 {
      outbound.withUnsafeBytes {
        buffer.baseAddress!.copyMemory(from: $0.baseAddress! + outboundOffset, byteCount: count)
      }
      outboundOffset += count
      if outboundOffset == outbound.count {
        outbound.removeAll(keepingCapacity: outbound.capacity <= 64 * 1024)
        outboundOffset = 0
      }
      if let waiter = sendWaiter, outbound.count - outboundOffset <= connection.streamBufferLowWater {
        sendWaiter = nil
        waiter.resume()
      }
    }
    if outboundOffset == outbound.count && sendingClosed { return .end(count, trailers: false) }
    if count == 0 {
      dataDeferred = true
      return .deferred
    }
    return .bytes(count)
  }

  // MARK: Helpers

  private func frame(_ message: [UInt8], compress: Bool) throws {
    if compress, let algorithm = options.compression, algorithm != .identity {
      if compressor == nil { compressor = try MessageCompressor(algorithm: algorithm) }
      try message.withUnsafeBytes { try MessageFramer.append($0, compressingWith: compressor!, to: &outbound) }
    } else {
      try MessageFramer.append(message, to: &outbound)
    }
  }

  private func popMessage() -> [UInt8]? {
    guard let (message, _) = received.pop() else { return nil }
    if received.isEmpty { grantHeldWindow() }
    return message
  }

  private func grantHeldWindow() {
    guard received.heldBytes > 0, !closed, id > 0 else { return }
    connection.session.consume(streamID: id, count: received.takeHeldBytes())
    connection.scheduleFlush()
  }

  private func resumeData() {
    guard id > 0, !closed else { return }
    if dataDeferred {
      dataDeferred = false
      connection.session.resumeData(streamID: id)
    }
    connection.scheduleFlush()
  }

  /// Ends the call locally with `status`; with `reset`, tells the server with RST_STREAM(CANCEL).
  func fail(_ status: Status, reset: Bool) {
    guard final == nil else { return }
    if reset && id > 0 && !closed {
      connection.session.submitReset(streamID: id, errorCode: 0x8)
      connection.scheduleFlush()
    }
    end(status: status, trailers: [])
  }

  private func end(status: Status, trailers: Metadata) {
    guard final == nil else { return }
    final = (status, trailers)
    connection.callEnded()
    if let timer = deadlineTimer { loop.cancelTimer(timer) }
    for waiter in metadataWaiters { waiter.resume(returning: initialMetadata ?? []) }
    metadataWaiters.removeAll()
    if let waiter = receiveWaiter {
      receiveWaiter = nil
      if let failure = localFailure { waiter.resume(throwing: failure) } else { waiter.resume(returning: popMessage()) }
    }
    if let waiter = sendWaiter {
      sendWaiter = nil
      waiter.resume(throwing: endedError())
    }
    for waiter in statusWaiters { waiter.resume(returning: (status, trailers)) }
    statusWaiters.removeAll()
  }

  private func endedError() -> RPCError {
    if let (status, trailers) = final, let error = RPCError(status: status, metadata: trailers) { return error }
    return RPCError(code: .failedPrecondition, message: "The request stream is already closed.")
  }

  private func onLoop<T>(_ body: @escaping @Sendable (UnsafeContinuation<T, any Error>) -> Void) async throws -> T {
    try await withUnsafeThrowingContinuation { continuation in
      if loop.inLoop { body(continuation) } else { loop.execute { body(continuation) } }
    }
  }
}
