public import MeshCore

/// One RPC on a server connection: the transport's side of `ServerCallStream`.
///
/// State lives on the connection's loop. The handler's task prefers that loop as its executor, so its
/// calls normally arrive there directly; from anywhere else they hop onto the loop first.
final class ServerStream: ServerCallStream, @unchecked Sendable {
  let id: Int32
  let connection: ServerConnection
  var head = RequestHead()
  private var loop: EventLoop { connection.loop }
  private var session: HTTP2Session { connection.session }

  // Inbound
  private var deframer: MessageDeframer
  private var received = ReceivedMessages()
  /// The call's context, told whether each request message was compressed as it is handed over.
  var context: ServerContext?
  private var inboundEnded = false
  private var inboundFailure: RPCError?
  private var receiveWaiter: UnsafeContinuation<[UInt8]?, any Error>?

  // Outbound
  private var headersSubmitted = false
  private var outbound: [UInt8] = []
  private var outboundOffset = 0
  private var dataDeferred = false
  private var pendingTrailers: HeaderBlock?
  /// Set when a raw (non-gRPC) response ends without trailers: END_STREAM on the last DATA.
  private var pendingEndWithoutTrailers = false
  private var sendWaiter: UnsafeContinuation<Void, any Error>?
  /// The encoding of compressed response messages, if the client accepts one.
  var responseEncoding: CompressionAlgorithm?
  /// Made on the first compressed response message, then reused for the call.
  private var compressor: MessageCompressor?

  /// Whether the request is served by an `HTTPStreamHandler`: its DATA is handed over as it came,
  /// not as gRPC messages.
  var carriesRawBody = false

  // Lifecycle
  private(set) var finished = false
  private(set) var closed = false
  var task: Task<Void, Never>?
  var deadlineTimer: TimerQueue.ID?

  init(id: Int32, connection: ServerConnection) {
    self.id = id
    self.connection = connection
    self.deframer = MessageDeframer(maxMessageSize: connection.limits.maxRequestMessageBytes)
  }

  // MARK: ServerCallStream

  func receive() async throws -> [UInt8]? {
    // On the loop, every answer known now is given now: a continuation resumed at once would still
    // send the task through the loop's queue and delay the call by a turn (a unary handler's check
    // for a second request is one such case on every call).
    if loop.inLoop {
      if let message = popMessage() { return message }
      if let failure = inboundFailure { throw failure }
      if inboundEnded { return nil }
      if closed || finished { throw RPCError(code: .cancelled, message: "The call has ended.") }
    }
    return try await withUnsafeThrowingContinuation { continuation in
      if loop.inLoop {
        receiveOnLoop(continuation)
      } else {
        loop.execute { self.receiveOnLoop(continuation) }
      }
    }
  }

  private func receiveOnLoop(_ continuation: UnsafeContinuation<[UInt8]?, any Error>) {
    if let message = popMessage() {
      continuation.resume(returning: message)
    } else if let failure = inboundFailure {
      continuation.resume(throwing: failure)
    } else if inboundEnded {
      continuation.resume(returning: nil)
    } else if closed || finished {
      continuation.resume(throwing: RPCError(code: .cancelled, message: "The call has ended."))
    } else {
      receiveWaiter = continuation
    }
  }

  private func popMessage() -> [UInt8]? {
    guard let (message, compressed) = received.pop() else { return nil }
    context?.recordRequestMessage(compressed: compressed)
    if received.isEmpty { grantHeldWindow() }
    return message
  }

  private func grantHeldWindow() {
    guard received.heldBytes > 0, !closed else { return }
    session.consume(streamID: id, count: received.takeHeldBytes())
    connection.scheduleFlush()
  }

  func sendInitialMetadata(_ metadata: Metadata) async throws {
    if loop.inLoop { return try sendHeadersOnLoop(metadata) }
    try await onLoop { try self.sendHeadersOnLoop(metadata) }
  }

  private func sendHeadersOnLoop(_ metadata: Metadata) throws {
    guard !headersSubmitted else { return }
    guard !finished, !closed else { throw RPCError(code: .cancelled, message: "The call has ended.") }
    headersSubmitted = true
    if responseEncoding == nil && metadata.isEmpty {
      session.submitResponse(streamID: id, headers: Self.plainResponseHeaders, hasData: true)
    } else {
      var block = Self.responseHeaderPrefix
      if let encoding = responseEncoding { block.add("grpc-encoding", encoding.name) }
      block.add("grpc-accept-encoding", ServerConnection.acceptEncodingHeader)
      ServerStream.addMetadata(metadata, to: &block)
      session.submitResponse(streamID: id, headers: block, hasData: true)
    }
    connection.scheduleFlush()
  }

  /// The headers of most responses, made once: nghttp2 copies them on every submission.
  private static let plainResponseHeaders: HeaderBlock = {
    var block = responseHeaderPrefix
    block.add("grpc-accept-encoding", ServerConnection.acceptEncodingHeader)
    return block
  }()

  private static let responseHeaderPrefix: HeaderBlock = {
    var block = HeaderBlock()
    block.add(":status", "200")
    block.add("content-type", "application/grpc")
    return block
  }()

  /// The trailers of a call that ended well with no trailing metadata, made once.
  private static let okTrailers: HeaderBlock = {
    var block = HeaderBlock()
    block.add("grpc-status", "0")
    return block
  }()

  func send(_ message: [UInt8], compress: Bool) async throws {
    if loop.inLoop {
      try sendOnLoop(message, compress: compress)
    } else {
      try await onLoop { try self.sendOnLoop(message, compress: compress) }
    }
    try await waitForRoom()
  }

  /// Suspends while more than the high-water mark is buffered for the client.
  private func waitForRoom() async throws {
    if outbound.count - outboundOffset > connection.limits.streamBufferHighWater {
      try await withUnsafeThrowingContinuation { continuation in
        if loop.inLoop { parkSender(continuation) } else { loop.execute { self.parkSender(continuation) } }
      }
    }
  }

  // MARK: Raw responses (HTTPStreamHandler)

  /// Sends a raw response head, once.
  func sendRawHead(status: Int, headers: [(String, String)]) async throws {
    try await onLoop { try self.sendRawHeadOnLoop(status: status, headers: headers) }
  }

  private func sendRawHeadOnLoop(status: Int, headers: [(String, String)]) throws {
    guard !headersSubmitted else { return }
    guard !finished, !closed else { throw RPCError(code: .cancelled, message: "The call has ended.") }
    headersSubmitted = true
    var block = HeaderBlock()
    block.add(":status", String(status))
    for (name, value) in headers { block.add(name, value) }
    session.submitResponse(streamID: id, headers: block, hasData: true)
    connection.scheduleFlush()
  }

  /// Queues raw body bytes; suspends while the client is not reading.
  func sendRaw(_ bytes: [UInt8]) async throws {
    try await onLoop {
      try self.sendRawHeadOnLoop(status: 200, headers: [])
      guard !self.finished, !self.closed else { throw RPCError(code: .cancelled, message: "The call has ended.") }
      self.outbound.append(contentsOf: bytes)
      self.resumeDataIfDeferred()
      self.connection.scheduleFlush()
    }
    try await waitForRoom()
  }

  /// Ends a raw response: trailers after the body, END_STREAM on the last DATA without them, or a
  /// bare `200` when nothing was written.
  func finishRaw(trailers: [(String, String)]) {
    let transfer = UnsafeTransfer(trailers)
    let body: @Sendable () -> Void = { [self] in
      guard !finished else { return }
      finished = true
      guard !closed else { return }
      if !headersSubmitted {
        headersSubmitted = true
        var block = HeaderBlock()
        block.add(":status", "200")
        for (name, value) in transfer.value { block.add(name, value) }
        session.submitResponse(streamID: id, headers: block, hasData: false)
      } else if transfer.value.isEmpty {
        pendingEndWithoutTrailers = true
        resumeDataIfDeferred()
      } else {
        var block = HeaderBlock()
        for (name, value) in transfer.value { block.add(name, value) }
        pendingTrailers = block
        resumeDataIfDeferred()
      }
      if receiveWaiter != nil || sendWaiter != nil {
        failWaiters(RPCError(code: .cancelled, message: "The call has ended."))
      }
      connection.scheduleFlush()
    }
    if loop.inLoop { body() } else { loop.execute(body) }
  }

  private func sendOnLoop(_ message: [UInt8], compress: Bool) throws {
    guard !finished, !closed else { throw RPCError(code: .cancelled, message: "The call has ended.") }
    if message.count > connection.limits.maxResponseMessageBytes {
      throw RPCError(code: .resourceExhausted,
                     message: "Response message of \(message.count) bytes exceeds the limit of \(connection.limits.maxResponseMessageBytes).")
    }
    try sendHeadersOnLoop([])
    // Drop what nghttp2 already took once it is at least half the buffer, so a long stream reuses
    // one buffer instead of growing it (the move is never larger than what was consumed).
    if outboundOffset > 0 && outboundOffset >= outbound.count - outboundOffset {
      outbound.removeSubrange(0..<outboundOffset)
      outboundOffset = 0
    }
    if compress, let encoding = responseEncoding {
      if compressor == nil { compressor = try MessageCompressor(algorithm: encoding) }
      try message.withUnsafeBytes { try MessageFramer.append($0, compressingWith: compressor!, to: &outbound) }
    } else {
      try MessageFramer.append(message, to: &outbound)
    }
    resumeDataIfDeferred()
    connection.scheduleFlush()
  }

  private func parkSender(_ continuation: UnsafeContinuation<Void, any Error>) {
    if closed || finished {
      continuation.resume(throwing: RPCError(code: .cancelled, message: "The call has ended."))
    } else if outbound.count - outboundOffset <= connection.limits.streamBufferHighWater {
      continuation.resume()
    } else {
      sendWaiter = continuation
    }
  }

  func finish(status: Status, trailers: Metadata) {
    if loop.inLoop {
      finishOnLoop(status: status, trailers: trailers)
    } else {
      loop.execute { self.finishOnLoop(status: status, trailers: trailers) }
    }
  }

  /// Ends the call with a status: trailers after a response, or a Trailers-Only response.
  func finishOnLoop(status: Status, trailers: Metadata) {
    guard !finished else { return }
    finished = true
    if let timer = deadlineTimer { loop.cancelTimer(timer) }
    guard !closed else { return }
    if !headersSubmitted {
      headersSubmitted = true
      var block = Self.responseHeaderPrefix
      ServerStream.addStatus(status, trailers: trailers, to: &block)
      session.submitResponse(streamID: id, headers: block, hasData: false)
    } else {
      if status.code == .ok && status.message.isEmpty && trailers.isEmpty {
        pendingTrailers = Self.okTrailers
      } else {
        var block = HeaderBlock()
        ServerStream.addStatus(status, trailers: trailers, to: &block)
        pendingTrailers = block
      }
      resumeDataIfDeferred()
    }
    if receiveWaiter != nil || sendWaiter != nil {
      failWaiters(RPCError(code: .cancelled, message: "The call has ended."))
    }
    connection.scheduleFlush()
  }

  /// Ends the request with a plain HTTP response (an error the client is not a gRPC peer for).
  /// Loop thread only.
  func respondHTTP(status: Int, text: String) {
    guard !finished, !closed, !headersSubmitted else { return }
    finished = true
    headersSubmitted = true
    let body = Array(text.utf8)
    var block = HeaderBlock()
    block.add(":status", String(status))
    block.add("content-type", "text/plain; charset=utf-8")
    block.add("content-length", String(body.count))
    outbound = body
    outboundOffset = 0
    pendingEndWithoutTrailers = true
    session.submitResponse(streamID: id, headers: block, hasData: true)
  }

  /// Sets the encoding of compressed request messages.
  /// - Throws: `RPCError` when zlib cannot be set up.
  func setRequestEncoding(_ algorithm: CompressionAlgorithm) throws {
    deframer = MessageDeframer(maxMessageSize: deframer.maxMessageSize,
                               decompressor: try MessageDecompressor(algorithm: algorithm))
  }

  /// Ends the call from the transport's side (a deadline, bad input): the status goes to the client
  /// and the handler's task is cancelled.
  func abort(_ error: RPCError) {
    finishOnLoop(status: error.status, trailers: error.metadata)
    task?.cancel()
  }

  private func resumeDataIfDeferred() {
    if dataDeferred {
      dataDeferred = false
      session.resumeData(streamID: id)
    }
  }

  private func failWaiters(_ error: RPCError) {
    if let waiter = receiveWaiter {
      receiveWaiter = nil
      waiter.resume(throwing: error)
    }
    if let waiter = sendWaiter {
      sendWaiter = nil
      waiter.resume(throwing: error)
    }
  }

  // MARK: Events from the connection

  /// DATA payload arrived.
  func receivedData(_ bytes: UnsafeRawBufferPointer) {
    if finished || inboundEnded || inboundFailure != nil {
      // Nobody will read it: give the window back at once so other streams are not starved.
      session.consume(streamID: id, count: bytes.count)
      return
    }
    do {
      if carriesRawBody {
        received.append(Array(bytes), compressed: false)
      } else {
        try deframer.process(bytes) { received.append($0, compressed: $1) }
      }
    } catch {
      session.consume(streamID: id, count: bytes.count + received.takeHeldBytes())
      failInbound(RPCError(from: error))
      return
    }
    received.hold(bytes.count)
    if let waiter = receiveWaiter, let message = popMessage() {
      receiveWaiter = nil
      waiter.resume(returning: message)
    }
    // Bytes of a message still incomplete are granted at once: they are bounded by the message limit.
    if received.isEmpty { grantHeldWindow() }
  }

  /// The client finished sending.
  func receivedEnd() {
    guard !inboundEnded, inboundFailure == nil else { return }
    do {
      if !carriesRawBody { try deframer.finish() }
    } catch {
      failInbound(RPCError(from: error))
      return
    }
    inboundEnded = true
    if let waiter = receiveWaiter, received.isEmpty {
      receiveWaiter = nil
      waiter.resume(returning: nil)
    }
  }

  private func failInbound(_ error: RPCError) {
    inboundFailure = error
    abort(error)
  }

  /// The HTTP/2 stream closed: normally after our trailers, or reset by the client (then CANCELLED).
  func streamClosed(errorCode: UInt32) {
    closed = true
    session.consumeConnection(count: received.takeHeldBytes())
    if let timer = deadlineTimer { loop.cancelTimer(timer) }
    if !finished {
      finished = true
      task?.cancel()
    }
    failWaiters(RPCError(code: .cancelled, message: "The client cancelled the call."))
  }

  /// nghttp2 wants DATA: copy framed bytes; after the last one, hand over the trailers.
  func readData(into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    let count = min(outbound.count - outboundOffset, buffer.count)
    if count > 0 {
      outbound.withUnsafeBytes {
        buffer.baseAddress!.copyMemory(from: $0.baseAddress! + outboundOffset, byteCount: count)
      }
      outboundOffset += count
      if outboundOffset == outbound.count {
        // A streaming call keeps its buffer (bounded by the high-water mark) for the next messages.
        outbound.removeAll(keepingCapacity: outbound.capacity <= 2 * connection.limits.streamBufferHighWater)
        outboundOffset = 0
      }
      if let waiter = sendWaiter, outbound.count - outboundOffset <= connection.limits.streamBufferLowWater {
        sendWaiter = nil
        waiter.resume()
      }
    }
    if outboundOffset == outbound.count, let trailers = pendingTrailers {
      pendingTrailers = nil
      session.submitTrailer(streamID: id, headers: trailers)
      return .end(count, trailers: true)
    }
    if outboundOffset == outbound.count, pendingEndWithoutTrailers {
      pendingEndWithoutTrailers = false
      return .end(count, trailers: false)
    }
    if count == 0 {
      dataDeferred = true
      return .deferred
    }
    return .bytes(count)
  }

  // MARK: Helpers

  private func onLoop(_ body: @escaping @Sendable () throws -> Void) async throws {
    try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Void, any Error>) in
      loop.execute {
        do {
          try body()
          continuation.resume()
        } catch {
          continuation.resume(throwing: error)
        }
      }
    }
  }

  static func addStatus(_ status: Status, trailers: Metadata, to block: inout HeaderBlock) {
    block.add("grpc-status", String(status.code.rawValue))
    if !status.message.isEmpty { block.add("grpc-message", StatusMessageCoding.encode(status.message)) }
    addMetadata(trailers, to: &block)
  }

  static func addMetadata(_ metadata: Metadata, to block: inout HeaderBlock) {
    for entry in metadata {
      switch entry.value {
      case .string(let text): block.add(entry.key, text)
      case .binary(let bytes): block.add(entry.key, Base64.encode(bytes))
      }
    }
  }
}
