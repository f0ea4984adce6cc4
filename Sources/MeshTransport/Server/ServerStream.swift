public import MeshCore

/// One RPC on a server connection: the transport's side of `ServerCallStream`.
///
/// A driver: the protocol state is a `ServerStreamStateMachine`, the response bytes an `OutboundBuffer`;
/// this class feeds them nghttp2's events and the handler's calls, and carries out their answers. State
/// lives on the connection's loop. The handler's task prefers that loop as its executor, so its calls
/// normally arrive there directly; from anywhere else they hop onto the loop first.
final class ServerStream: ServerCallStream, @unchecked Sendable {
  let id: Int32
  let connection: ServerConnection
  private var loop: EventLoop { connection.loop }
  private var session: HTTP2Session { connection.session }
  private var state = ServerStreamStateMachine()

  // Inbound
  private var deframer: MessageDeframer
  private var received = ReceivedMessages()
  /// The call's context, told whether each request message was compressed as it is handed over.
  var context: ServerContext?
  private var receiveWaiter: UnsafeContinuation<[UInt8]?, any Error>?

  // Outbound
  private var outbound: OutboundBuffer
  private var sendWaiter: UnsafeContinuation<Void, any Error>?
  /// A writer waiting for the connection to go back under its memory budget before it adds a message.
  private var budgetWaiter: UnsafeContinuation<Void, any Error>?
  /// The encoding of compressed response messages, if the client accepts one.
  var responseEncoding: CompressionAlgorithm?

  /// Whether the request is served by an `HTTPStreamHandler`: its DATA is handed over as it came,
  /// not as gRPC messages.
  var carriesRawBody = false

  /// Bytes this stream holds in memory, as last reported to the connection's budget.
  private var accountedBytes = 0

  // Lifecycle
  /// Whether the call has ended (its status is submitted, or the stream is gone).
  var finished: Bool { state.response == .finished }
  var task: Task<Void, Never>?
  var deadlineTimer: TimerQueue.ID?

  init(id: Int32, connection: ServerConnection) {
    self.id = id
    self.connection = connection
    self.deframer = MessageDeframer(maxMessageSize: connection.limits.maxRequestMessageBytes)
    self.outbound = OutboundBuffer(highWater: connection.limits.streamBufferHighWater,
                                   lowWater: connection.limits.streamBufferLowWater)
  }

  private static let ended = RPCError(code: .cancelled, message: "The call has ended.")

  // MARK: ServerCallStream

  func receive() async throws -> [UInt8]? {
    // On the loop, every answer known now is given now: a continuation resumed at once would still
    // send the task through the loop's queue and delay the call by a turn (a unary handler's check
    // for a second request is one such case on every call).
    if loop.inLoop {
      switch state.receive(hasMessage: !received.isEmpty) {
      case .message: if let message = popMessage() { return message }
      case .end: return nil
      case .failed(let error): throw error
      case .callEnded: throw Self.ended
      case .wait: break
      }
    }
    return try await withUnsafeThrowingContinuation { continuation in
      if loop.inLoop {
        receiveOnLoop(continuation)
      } else {
        loop.execute { self.receiveOnLoop(continuation) }
      }
    }
  }

  func receiveWithoutWaiting() throws -> ImmediateRequest {
    // Off the loop, the state is not ours to read.
    guard loop.inLoop else { return .unknown }
    switch state.receive(hasMessage: !received.isEmpty) {
    case .message: return popMessage().map { .message($0) } ?? .unknown
    case .end: return .end
    case .failed(let error): throw error
    case .callEnded: throw Self.ended
    case .wait: return .unknown
    }
  }

  private func receiveOnLoop(_ continuation: UnsafeContinuation<[UInt8]?, any Error>) {
    loop.assertInLoop()
    switch state.receive(hasMessage: !received.isEmpty) {
    case .message: continuation.resume(returning: popMessage())
    case .end: continuation.resume(returning: nil)
    case .failed(let error): continuation.resume(throwing: error)
    case .callEnded: continuation.resume(throwing: Self.ended)
    case .wait: receiveWaiter = continuation
    }
  }

  private func popMessage() -> [UInt8]? {
    guard let (message, compressed) = received.pop() else { return nil }
    context?.recordRequestMessage(compressed: compressed)
    if received.isEmpty { grantHeldWindowWithinBudget() }
    updateAccounting()
    return message
  }

  /// Grants the held window unless the connection is over its memory budget; then the connection
  /// grants it later, when memory has gone back under the budget.
  private func grantHeldWindowWithinBudget() {
    guard received.heldBytes > 0, !state.isClosed else { return }
    if connection.isOverBudget {
      connection.waitForBudgetRelief()
    } else {
      grantHeldWindow()
    }
  }

  /// The connection is back under its budget: grant what was withheld, if no message waits unread,
  /// and let a waiting writer go on.
  func budgetRelieved() {
    if received.isEmpty { grantHeldWindow() }
    if let waiter = budgetWaiter {
      budgetWaiter = nil
      waiter.resume()
    }
  }

  /// Waits, before adding a response message, while the connection is over its memory budget: every
  /// handler may otherwise add one whole message after the bound was reached.
  private func waitForBudget() async throws {
    try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Void, any Error>) in
      if loop.inLoop { parkForBudget(continuation) } else { loop.execute { self.parkForBudget(continuation) } }
    }
  }

  private func parkForBudget(_ continuation: UnsafeContinuation<Void, any Error>) {
    if state.hasEnded {
      continuation.resume(throwing: Self.ended)
    } else if !connection.isOverBudget {
      continuation.resume()
    } else {
      budgetWaiter = continuation
      connection.waitForBudgetRelief()
    }
  }

  /// Reports the bytes this stream holds to the connection's budget: the message being reassembled,
  /// the messages not read yet, and the response bytes not sent yet.
  private func updateAccounting() {
    let now = deframer.reservedByteCount + received.byteCount + outbound.pendingCount
    if now != accountedBytes {
      connection.bufferedBytesChanged(by: now - accountedBytes)
      accountedBytes = now
    }
  }

  private func grantHeldWindow() {
    guard received.heldBytes > 0, !state.isClosed else { return }
    session.consume(streamID: id, count: received.takeHeldBytes())
    connection.scheduleFlush()
  }

  func sendInitialMetadata(_ metadata: Metadata) async throws {
    if loop.inLoop { return try sendHeadersOnLoop(metadata) }
    try await onLoop { try self.sendHeadersOnLoop(metadata) }
  }

  private func sendHeadersOnLoop(_ metadata: Metadata) throws {
    loop.assertInLoop()
    switch state.sendHeaders() {
    case .alreadySent: return
    case .callEnded: throw Self.ended
    case .submit: submitHeaders(metadata)
    }
  }

  private func submitHeaders(_ metadata: Metadata) {
    session.submitResponse(streamID: id, headers: GRPCHeaderBlocks.response(encoding: responseEncoding, metadata: metadata),
                           hasData: true)
    connection.scheduleFlush()
  }

  func send(_ message: [UInt8], compress: Bool) async throws {
    if loop.inLoop {
      if connection.isOverBudget { try await waitForBudget() }
      try sendOnLoop(message, compress: compress)
      connection.noteHandlerOutput(finishedCalls: 0, bytes: message.count)
    } else {
      try await waitForBudget()
      try await onLoop {
        try self.sendOnLoop(message, compress: compress)
        self.connection.noteHandlerOutput(finishedCalls: 0, bytes: message.count)
      }
    }
    // Checked here, not inside an async function: entering one is an executor hop even when there
    // is no wait. Off the loop, `parkSender` checks again on it.
    if !loop.inLoop || mustWaitForRoom { try await waitForRoom() }
  }

  /// Queues the call's last message at once when on the loop and within the memory budget: no async
  /// call, and no wait for room (nothing is written after it).
  func sendLastWithoutWaiting(_ message: [UInt8], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    guard loop.inLoop, !connection.isOverBudget else { return false }
    try sendHeadersOnLoop(initialMetadata)
    try sendOnLoop(message, compress: compress)
    connection.noteHandlerOutput(finishedCalls: 0, bytes: message.count)
    return true
  }

  /// As above, for a message in pieces: uncompressed, its large pieces are queued by reference, not
  /// joined (a compressed one is joined: the compressor reads it whole).
  func sendLastWithoutWaiting(pieces: [[UInt8]], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    if compress && responseEncoding != nil {
      return try sendLastWithoutWaiting(WirePieces.pieces(pieces).joined, compress: compress, initialMetadata: initialMetadata)
    }
    guard loop.inLoop, !connection.isOverBudget else { return false }
    try sendHeadersOnLoop(initialMetadata)
    let count = WirePieces.pieces(pieces).count
    try prepareToQueue(count: count)
    queued(resume: try outbound.appendMessage(pieces: pieces, count: count))
    connection.noteHandlerOutput(finishedCalls: 0, bytes: count)
    return true
  }

  /// Suspends while more than the high-water mark is buffered for the client.
  private func waitForRoom() async throws {
    try await withUnsafeThrowingContinuation { continuation in
      if loop.inLoop { parkSender(continuation) } else { loop.execute { self.parkSender(continuation) } }
    }
  }

  /// Whether a writer must wait: past the high-water mark, or with anything unsent while the
  /// connection is over its memory budget.
  private var mustWaitForRoom: Bool {
    outbound.isAboveHighWater || (outbound.pendingCount > 0 && connection.isOverBudget)
  }

  // MARK: Raw responses (HTTPStreamHandler)

  /// Sends a raw response head, once.
  func sendRawHead(status: Int, headers: [(String, String)]) async throws {
    try await onLoop { try self.sendRawHeadOnLoop(status: status, headers: headers) }
  }

  private func sendRawHeadOnLoop(status: Int, headers: [(String, String)]) throws {
    switch state.sendHeaders() {
    case .alreadySent: return
    case .callEnded: throw Self.ended
    case .submit:
      session.submitResponse(streamID: id, headers: GRPCHeaderBlocks.raw(status: status, headers), hasData: true)
      connection.scheduleFlush()
    }
  }

  /// Queues raw body bytes; suspends while the client is not reading.
  func sendRaw(_ bytes: [UInt8]) async throws {
    try await waitForBudget()
    try await onLoop {
      try self.sendRawHeadOnLoop(status: 200, headers: [])
      guard !self.state.hasEnded else { throw Self.ended }
      if self.outbound.appendRaw(bytes) { self.session.resumeData(streamID: self.id) }
      self.updateAccounting()
      self.connection.scheduleFlush()
    }
    if !loop.inLoop || mustWaitForRoom { try await waitForRoom() }
  }

  /// Sends a whole raw response: head, body and end of stream in one nghttp2 submit (the body as its data),
  /// so they leave in the same flush. Written in steps, the head could go out alone, and a client still
  /// uploading that nghttp2 resets in between (curl 7.88's short END_STREAM, RFC 9113 §8.1.1) got the head
  /// without the body. After an earlier head, the body and the end follow it as `sendRaw` and `finishRaw`
  /// would send them.
  func respondRaw(status: Int, headers: [(String, String)], body: [UInt8]) async throws {
    if !body.isEmpty { try await waitForBudget() }
    try await onLoop { try self.respondRawOnLoop(status: status, headers: headers, body: body) }
  }

  private func respondRawOnLoop(status: Int, headers: [(String, String)], body: [UInt8]) throws {
    loop.assertInLoop()
    switch state.sendHeaders() {
    case .callEnded:
      throw Self.ended
    case .alreadySent:
      guard !state.hasEnded else { throw Self.ended }
      if outbound.appendRaw(body) { session.resumeData(streamID: id) }
      finishRawOnLoop(trailers: [])
    case .submit:
      // Headers were just marked sent, so this is `.trailers`: the end rides on the last DATA frame, or
      // on the HEADERS frame itself when there is no body.
      _ = state.finish()
      if !body.isEmpty {
        _ = outbound.appendRaw(body)
        _ = outbound.finish(.endStream)
      }
      session.submitResponse(streamID: id, headers: GRPCHeaderBlocks.raw(status: status, headers), hasData: !body.isEmpty)
      updateAccounting()
      rawResponseEnded()
    }
  }

  /// Ends a raw response: trailers after the body, END_STREAM on the last DATA without them, or a
  /// bare `200` when nothing was written.
  func finishRaw(trailers: [(String, String)]) {
    if loop.inLoop { return finishRawOnLoop(trailers: trailers) }
    let transfer = UnsafeTransfer(trailers)
    loop.execute { [self] in finishRawOnLoop(trailers: transfer.value) }
  }

  private func finishRawOnLoop(trailers: [(String, String)]) {
    loop.assertInLoop()
    switch state.finish() {
    case .ignore:
      return
    case .trailersOnly:
      session.submitResponse(streamID: id, headers: GRPCHeaderBlocks.raw(status: 200, trailers), hasData: false)
    case .trailers:
      let end = trailers.isEmpty ? OutboundBuffer.End.endStream : .trailers(GRPCHeaderBlocks.raw(status: nil, trailers))
      if outbound.finish(end) { session.resumeData(streamID: id) }
    }
    rawResponseEnded()
  }

  /// What follows the end of a raw response, once it is submitted.
  private func rawResponseEnded() {
    // Not reset at once after the response, as a gRPC call is: HTTP clients such as curl 7.88 fail
    // a request whose stream is reset while they still upload, even with NO_ERROR after the whole
    // response. The body's bytes are dropped and their window granted, so such a client finishes its
    // upload and half-closes, and the stream closes; one that goes quiet without ending its request
    // is reset once it has been quiet a while (`AnsweredUploads`).
    dropUnreadRequest()
    if state.clientMaySend { connection.answeredWhileClientMaySend(id) }
    failWaiters(Self.ended)
    connection.scheduleFlush()
  }

  private func sendOnLoop(_ message: [UInt8], compress: Bool) throws {
    try prepareToQueue(count: message.count)
    queued(resume: try outbound.appendMessage(message, compression: compress ? responseEncoding : nil))
  }

  /// The checks every message of `count` bytes passes before it is queued, and the headers if they are
  /// still to go. (No closure around the queuing: that cost a retain per call.)
  private func prepareToQueue(count: Int) throws {
    loop.assertInLoop()
    guard !state.hasEnded else { throw Self.ended }
    if count > connection.limits.maxResponseMessageBytes {
      throw RPCError(code: .resourceExhausted,
                     message: "Response message of \(count) bytes exceeds the limit of \(connection.limits.maxResponseMessageBytes).")
    }
    guard case .queue(let headersFirst) = state.sendMessage() else { throw Self.ended }
    if headersFirst { submitHeaders([]) }
  }

  /// After a message was queued: resumes the stream when its data callback had deferred, then accounts
  /// and flushes.
  private func queued(resume: Bool) {
    if resume { session.resumeData(streamID: id) }
    updateAccounting()
    connection.scheduleFlush()
  }

  private func parkSender(_ continuation: UnsafeContinuation<Void, any Error>) {
    if state.hasEnded {
      continuation.resume(throwing: Self.ended)
    } else if !mustWaitForRoom {
      continuation.resume()
    } else {
      sendWaiter = continuation
    }
  }

  func finish(status: Status, trailers: Metadata) {
    // The handler's task or a closure on the loop's queue: never inside an nghttp2 callback, so the
    // connection may write at once.
    if loop.inLoop {
      finishOnLoop(status: status, trailers: trailers)
      connection.noteHandlerOutput(finishedCalls: 1, bytes: 0)
    } else {
      loop.execute {
        self.finishOnLoop(status: status, trailers: trailers)
        self.connection.noteHandlerOutput(finishedCalls: 1, bytes: 0)
      }
    }
  }

  /// Ends the call with a status: trailers after a response, or a Trailers-Only response.
  func finishOnLoop(status: Status, trailers: Metadata) {
    loop.assertInLoop()
    carryOut(state.finish(), status: status, trailers: trailers)
  }

  private func carryOut(_ finish: ServerStreamStateMachine.Finish, status: Status, trailers: Metadata) {
    switch finish {
    case .ignore:
      return
    case .trailersOnly:
      cancelDeadline()
      session.submitResponse(streamID: id, headers: GRPCHeaderBlocks.trailersOnly(status, trailers: trailers), hasData: false)
    case .trailers:
      cancelDeadline()
      if outbound.finish(.trailers(GRPCHeaderBlocks.trailers(status, trailers: trailers))) {
        session.resumeData(streamID: id)
      }
    }
    dropUnreadRequest()
    if state.clientMaySend { connection.resetWhenResponseSent(id) }
    failWaiters(Self.ended)
    connection.scheduleFlush()
  }

  /// The call ended with a status while request bytes wait unread: nobody reads them any more (a read
  /// now gets the end of the call, never these bytes), so they leave memory and the budget, and their
  /// window goes back, now. Left until the stream closed, they stayed charged for as long as the
  /// client kept it half-open (a client that never half-closes after the status: until the connection
  /// closed), and enough such calls put the connection, then the whole server, over its budget: every
  /// connection then refused new streams and withheld window. A call that read all its request (the
  /// usual case) passes the first check and does nothing else.
  private func dropUnreadRequest() {
    guard !received.isEmpty || received.heldBytes > 0 || deframer.reservedByteCount > 0 else { return }
    received.removeAll()
    // Its partial message's bytes were granted as they came; what comes after the end is granted at
    // once (`receivedData`), so a fresh deframer never sees this request again.
    deframer = MessageDeframer(maxMessageSize: deframer.maxMessageSize)
    let held = received.takeHeldBytes()
    if held > 0, !state.isClosed {
      session.consume(streamID: id, count: held)
    }
    updateAccounting()
  }

  private func cancelDeadline() {
    if let timer = deadlineTimer {
      loop.cancelTimer(timer)
      deadlineTimer = nil
    }
  }

  /// Marks a stream refused before it started (REFUSED_STREAM was sent).
  func markRefused() { state.refused() }

  /// Ends the request with a plain HTTP response (an error the client is not a gRPC peer for).
  /// Loop thread only.
  func respondHTTP(status: Int, text: String) {
    loop.assertInLoop()
    guard state.response == .idle, state.finish() == .trailersOnly else { return }
    let body = Array(text.utf8)
    var block = HeaderBlock()
    block.add(":status", String(status))
    block.add("content-type", "text/plain; charset=utf-8")
    block.add("content-length", String(body.count))
    _ = outbound.appendRaw(body)
    _ = outbound.finish(.endStream)
    updateAccounting()
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
    carryOut(state.finish(), status: error.status, trailers: error.metadata)
    task?.cancel()
  }

  /// The deadline passed: DEADLINE_EXCEEDED to the client, and the handler is cancelled.
  func deadlineExpired() {
    deadlineTimer = nil
    carryOut(state.deadlineExpired(), status: Status(code: .deadlineExceeded, message: "Deadline exceeded."), trailers: [])
    task?.cancel()
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
    if let waiter = budgetWaiter {
      budgetWaiter = nil
      waiter.resume(throwing: error)
    }
  }

  // MARK: Events from the connection

  /// DATA payload arrived.
  func receivedData(_ bytes: UnsafeRawBufferPointer) {
    loop.assertInLoop()
    guard state.acceptsData else {
      // Nobody will read it: give the window back at once so other streams are not starved.
      session.consume(streamID: id, count: bytes.count)
      // A client still uploading after a raw exchange's response is not reset yet (`AnsweredUploads`).
      if state.response == .finished { connection.heardAfterAnswer(id) }
      return
    }
    do {
      if carriesRawBody {
        received.append(Array(bytes), compressed: false)
      } else {
        deframer.eagerReservationLimit = connection.eagerReservationRoom
        try deframer.process(bytes) { received.append($0, compressed: $1) }
      }
    } catch {
      session.consume(streamID: id, count: bytes.count + received.takeHeldBytes())
      failRequest(RPCError(from: error))
      updateAccounting()
      return
    }
    received.hold(bytes.count)
    updateAccounting()
    if let waiter = receiveWaiter, let message = popMessage() {
      receiveWaiter = nil
      waiter.resume(returning: message)
    }
    // Bytes of a message still incomplete are granted at once (they are bounded by the message
    // limit), unless the connection holds more than its budget.
    if received.isEmpty { grantHeldWindowWithinBudget() }
  }

  /// The client finished sending.
  func receivedEnd() {
    loop.assertInLoop()
    guard state.acceptsEndOfRequest else { return }
    do {
      if !carriesRawBody { try deframer.finish() }
    } catch {
      failRequest(RPCError(from: error))
      return
    }
    state.requestEnded()
    if let waiter = receiveWaiter, received.isEmpty {
      receiveWaiter = nil
      waiter.resume(returning: nil)
    }
  }

  private func failRequest(_ error: RPCError) {
    carryOut(state.requestFailed(error), status: error.status, trailers: error.metadata)
    task?.cancel()
  }

  /// The HTTP/2 stream closed: normally after our trailers, or reset by the client (then CANCELLED).
  func streamClosed(errorCode: UInt32) {
    loop.assertInLoop()
    let closed = state.streamClosed()
    session.consumeConnection(count: received.takeHeldBytes())
    // Nobody will read or send these any more: their memory goes back now, not when the task ends.
    received.removeAll()
    deframer = MessageDeframer(maxMessageSize: deframer.maxMessageSize)
    outbound.removeAll()
    updateAccounting()
    cancelDeadline()
    if closed == .cancelHandler { task?.cancel() }
    failWaiters(RPCError(code: .cancelled, message: "The client cancelled the call."))
  }

  /// nghttp2 wants DATA: say how many framed bytes the next frame carries (`writeData` hands them over
  /// when the frame goes out); after the last one, hand over the trailers.
  func reserveData(max: Int) -> HTTP2Session.DataRead {
    loop.assertInLoop()
    switch outbound.reserve(max: max) {
    case .deferred: return .deferred
    case .bytes(let count): return .bytes(count)
    case .end(let count, nil): return .end(count, trailers: false)
    case .end(let count, let trailers?):
      // Refused trailers would leave the stream open, waiting for an end never sent: `.fail` makes
      // nghttp2 reset it with INTERNAL_ERROR, and the client ends the call with INTERNAL.
      guard session.submitTrailer(streamID: id, headers: trailers) else { return .fail }
      return .end(count, trailers: true)
    }
  }

  /// The DATA frame `reserveData` announced goes out: its bytes go from the response buffer into the
  /// connection's write list (large pieces by reference), and a writer waiting for room may go on.
  func writeData(count: Int, into chunks: inout OutboundChunks) -> Bool {
    loop.assertInLoop()
    guard outbound.take(count, into: &chunks) else { return false }
    if count > 0 {
      updateAccounting()
      if let waiter = sendWaiter, outbound.isAtOrBelowLowWater {
        sendWaiter = nil
        waiter.resume()
      }
    }
    return true
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
}
