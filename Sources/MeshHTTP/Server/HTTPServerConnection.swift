import MeshTransport

/// One HTTP/1.1 connection of the server: reads requests, answers them one at a time in the order they
/// came (pipelined ones wait their turn), and closes when either side asks. Over TLS when a TLS port
/// handed it over after ALPN chose `http/1.1`. Confined to its event loop.
final class HTTPServerConnection: FileEventHandler, @unchecked Sendable {
  private enum Pending {
    case request(HTTPRequest)
    case failure(status: Int, reason: String)
  }

  private let loop: EventLoop
  private let fd: Int32
  /// The client's address, given to every request.
  private let peer: String
  private let handler: any HTTPHandler
  /// TLS with its handshake done; nil on a cleartext port.
  private let tls: TLSRecordLayer?
  private let configuration: HTTPServerConfiguration
  private let decoder: HTTPRequestDecoder
  private let onClose: (HTTPServerConnection) -> Void

  private var queue: [Pending] = []
  private var answering = false
  private var output: [UInt8] = []
  private var outputSent = 0
  private var closeWhenFlushed = false
  private var closed = false
  private var readingStopped = false
  private var peerFinished = false
  private var wantsWrite = false
  private var continueOwed = false
  private var draining = false
  private var readTimer: TimerQueue.ID?
  private var idleTimer: TimerQueue.ID?
  /// Set when a request was refused (4xx from the decoder or a read timeout): the rest of it may follow.
  private var refusedRequest = false
  /// Body bytes of the requests in `queue` (read ahead of the one being answered).
  private var queuedBodyBytes = 0
  /// Streamed bodies wait here while the peer is slow to read.
  private var writeWaiters: [CheckedContinuation<Void, any Error>] = []
  private static let highWater = 256 * 1024

  init(loop: EventLoop, fd: Int32, peer: String = "unknown", handler: any HTTPHandler, tls: TLSRecordLayer? = nil,
       configuration: HTTPServerConfiguration, onClose: @escaping (HTTPServerConnection) -> Void) {
    self.loop = loop
    self.tls = tls
    self.peer = peer
    self.fd = fd
    self.handler = handler
    self.configuration = configuration
    self.decoder = HTTPRequestDecoder(limits: configuration.limits)
    self.onClose = onClose
  }

  func start() {
    loop.register(fd, handler: self)
    armIdleTimer()
    // The handshake ran elsewhere: send what it left (its last flight, session tickets) and read the
    // requests the client may have sent with its Finished, which no socket event will announce.
    if tls != nil { receive(UnsafeRawBufferPointer(start: nil, count: 0)) }
  }

  // MARK: Events

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    if writable { flush() }
    if readable && !closed && !readingStopped { read() }
    if hangup && !closed { close() }
  }

  func loopStopping() { close() }

  private func read() {
    while !closed && !readingStopped {
      let count: Int?
      do {
        count = try SystemCall.read(fd, into: loop.readBuffer)
      } catch {
        return close()
      }
      guard let count else { return }
      if count == 0 { return peerEnded() }
      receive(UnsafeRawBufferPointer(rebasing: loop.readBuffer[..<count]))
    }
  }

  /// The client will send nothing more (EOF, or TLS close_notify).
  private func peerEnded() {
    peerFinished = true
    stopReading()
    if !answering && queue.isEmpty { close() }
  }

  /// Bytes read from the socket: decrypted first over TLS, then decoded.
  private func receive(_ bytes: UnsafeRawBufferPointer) {
    guard let tls else { return consume(bytes) }
    var plaintext: [UInt8] = []
    var records: [UInt8] = []
    let open: Bool
    do {
      // The ciphertext is copied into OpenSSL first, so the loop's read buffer can take the plaintext.
      open = try tls.open(bytes, scratch: loop.readBuffer, output: &records) { plaintext.append(contentsOf: $0) }
    } catch {
      // A bad record or an alert: send what TLS queued for the peer, then give up on the connection.
      output.append(contentsOf: records)
      flush()
      return close()
    }
    if !records.isEmpty {
      output.append(contentsOf: records)
      flush()
    }
    if !plaintext.isEmpty { plaintext.withUnsafeBytes { consume($0) } }
    if !open { peerEnded() }
  }

  private func consume(_ bytes: UnsafeRawBufferPointer) {
    guard !closed else { return }
    for event in decoder.feed(bytes) { handle(event) }
    if readAheadIsFull { stopReading() }
    answerNext()
  }

  private func handle(_ event: HTTPRequestDecoder.Event) {
    switch event {
    case .headStarted:
      cancel(&idleTimer)
      armReadTimer(configuration.headerReadTimeout)
    case .headComplete:
      armReadTimer(configuration.bodyReadTimeout)
    case .expectContinue:
      // The 100 goes out only when it is this request's turn, so it never lands inside another response.
      if !answering && queue.isEmpty { send(HTTPResponseEncoder.continueResponse) } else { continueOwed = true }
    case .request(var request):
      cancel(&readTimer)
      request.peer = peer
      request.isSecure = tls != nil
      queuedBodyBytes += request.body.count
      queue.append(.request(request))
      if request.bodyExceedsLimit {
        // The decoder took none of the rest: answered, then closed with lingering, as a refusal is.
        refusedRequest = true
        stopReading()
      }
    case .failure(let status, let reason):
      cancel(&readTimer)
      queue.append(.failure(status: status, reason: reason))
      stopReading()
    }
  }

  /// Whether the connection has read as far ahead of the request being answered as it may: as many
  /// requests as `maxPipelined`, or as many body bytes (queued, and of the request being decoded) as
  /// `maxReadAheadBytes`. A request alone on the connection may still be read up to the body limit, so
  /// a connection holds at most about one body being answered, one being decoded, and the read-ahead.
  private var readAheadIsFull: Bool {
    if queue.count >= configuration.maxPipelined { return true }
    guard answering || !queue.isEmpty else { return false }
    return queuedBodyBytes + decoder.bufferedBodyBytes >= configuration.maxReadAheadBytes
  }

  private func stopReading() {
    guard !readingStopped, !closed else { return }
    readingStopped = true
    loop.setInterest(fd, readable: false, writable: wantsWrite)
  }

  private func resumeReading() {
    guard readingStopped, !closed, !peerFinished, !closeWhenFlushed else { return }
    readingStopped = false
    loop.setInterest(fd, readable: true, writable: wantsWrite)
  }

  // MARK: Answering

  private func answerNext() {
    guard !answering, !closed, !queue.isEmpty else { return }
    let next = queue.removeFirst()
    if case .request(let request) = next { queuedBodyBytes -= request.body.count }
    answering = true
    switch next {
    case .failure(let status, let reason):
      closeWhenFlushed = true
      refusedRequest = true
      writeResponse(HTTPResponseEncoder.errorResponse(status: status, reason: reason), head: false, close: true)
    case .request(let request):
      let handler = handler
      Task(executorPreference: loop) { [self] in
        var response: HTTPResponse
        do {
          response = try await handler.handle(request)
        } catch {
          response = HTTPResponseEncoder.errorResponse(status: 500, reason: "internal error")
        }
        let answer = response
        loop.execute { [self] in
          let close = !request.keepAlive || draining || peerFinished
          if close { closeWhenFlushed = true }
          writeResponse(answer, head: request.method == "HEAD", close: close,
                        http10: request.version.minor == 0)
        }
      }
    }
  }

  private func writeResponse(_ response: HTTPResponse, head: Bool, close: Bool, http10: Bool = false) {
    guard !closed else { return }
    switch response.body {
    case .bytes(let bytes):
      // Head and body in one write: an early answer (a 413 while the client still uploads) reaches the
      // client whole, never as a head the body might not follow.
      send(HTTPResponseEncoder.head(status: response.status, headers: response.headers,
                                    framing: .length(bytes.count), close: close, announceKeepAlive: http10),
           flushing: head || bytes.isEmpty)
      if !head && !bytes.isEmpty { send(bytes) }
      finishResponse()
    case .stream(let producer):
      let framing: HTTPResponseEncoder.Framing = http10 ? .untilClose : .chunked
      if framing == .untilClose { closeWhenFlushed = true }
      send(HTTPResponseEncoder.head(status: response.status, headers: response.headers, framing: framing,
                                    close: close || framing == .untilClose))
      if head { return finishResponse() }
      let writer = StreamWriter(connection: self, chunked: framing == .chunked)
      Task(executorPreference: loop) { [self] in
        do {
          try await producer(writer)
          loop.execute { [self] in
            if framing == .chunked { send(HTTPResponseEncoder.lastChunk) }
            finishResponse()
          }
        } catch {
          // Ending without the last chunk tells the client the body failed.
          loop.execute { [self] in
            answering = false
            closeWhenFlushed = true
            flush()
          }
        }
      }
    }
  }

  private func finishResponse() {
    answering = false
    if closeWhenFlushed {
      stopReading()
      return flush()
    }
    if continueOwed && queue.isEmpty {
      continueOwed = false
      send(HTTPResponseEncoder.continueResponse)
    }
    if !readAheadIsFull { resumeReading() }
    answerNext()
    if !answering && queue.isEmpty && !decoder.inMessage { armIdleTimer() }
  }

  // MARK: Streamed bodies

  private struct StreamWriter: HTTPBodyWriter {
    let connection: HTTPServerConnection
    let chunked: Bool

    func write(_ bytes: [UInt8]) async throws {
      guard !bytes.isEmpty else { return }
      let connection = connection
      let frame = chunked ? HTTPResponseEncoder.chunk(bytes) : bytes
      try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
        connection.loop.execute { connection.streamWrite(frame, continuation) }
      }
    }
  }

  private func streamWrite(_ frame: [UInt8], _ continuation: CheckedContinuation<Void, any Error>) {
    guard !closed else { return continuation.resume(throwing: HTTPClientError.connectionClosed) }
    send(frame)
    if output.count - outputSent > Self.highWater {
      writeWaiters.append(continuation)
    } else {
      continuation.resume()
    }
  }

  // MARK: Output

  /// Queues `bytes` (sealed under TLS) and, when `flushing`, writes what is queued.
  private func send(_ bytes: [UInt8], flushing: Bool = true) {
    guard !closed else { return }
    if let tls {
      do {
        try tls.seal(bytes, appendingTo: &output)
      } catch {
        return close()
      }
    } else {
      output.append(contentsOf: bytes)
    }
    if flushing { flush() }
  }

  private func flush() {
    guard !closed else { return }
    while outputSent < output.count {
      let written: Int?
      do {
        written = try output.withUnsafeBytes { try SystemCall.write(fd, UnsafeRawBufferPointer(rebasing: $0[outputSent...])) }
      } catch {
        return close()
      }
      guard let written else {
        setWantsWrite(true)
        return
      }
      outputSent += written
    }
    output.removeAll(keepingCapacity: output.capacity <= 64 * 1024)
    outputSent = 0
    setWantsWrite(false)
    let waiters = writeWaiters
    writeWaiters.removeAll()
    waiters.forEach { $0.resume() }
    if closeWhenFlushed && !answering { closeOrLinger() }
  }

  private func setWantsWrite(_ wanted: Bool) {
    guard wanted != wantsWrite else { return }
    wantsWrite = wanted
    loop.setInterest(fd, readable: !readingStopped, writable: wanted)
  }

  // MARK: Timers and closing

  private func armReadTimer(_ timeout: Duration) {
    cancel(&readTimer)
    readTimer = loop.schedule(at: .now + timeout) { [weak self] in
      guard let self, !closed else { return }
      readTimer = nil
      // A request that is too slow to arrive is refused (slowloris); its place in the queue is last.
      queue.append(.failure(status: 408, reason: "the request took too long to arrive"))
      stopReading()
      answerNext()
    }
  }

  private func armIdleTimer() {
    cancel(&idleTimer)
    idleTimer = loop.schedule(at: .now + configuration.idleTimeout) { [weak self] in
      guard let self, !closed else { return }
      idleTimer = nil
      if !answering && queue.isEmpty && !decoder.inMessage { close() }
    }
  }

  private func cancel(_ timer: inout TimerQueue.ID?) {
    if let id = timer { loop.cancelTimer(id) }
    timer = nil
  }

  /// Finishes the response in progress, then closes (server shutdown).
  func drain() {
    loop.execute { [self] in
      guard !closed else { return }
      draining = true
      if !answering && queue.isEmpty { close() }
    }
  }

  /// Closes at once (shutdown after the grace period).
  func forceClose() { loop.execute { [self] in close() } }

  /// Closes once the last response is out. When the client may still be sending a request's body (an
  /// early answer such as 413, or a body nobody read), closing now would make the kernel answer the
  /// unread bytes with a TCP reset, and a reset reaching the client before it read the response
  /// destroys it (curl: "Send failure: Connection reset by peer", no status). So, as RFC 9112 9.6
  /// advises, the socket lingers (`LingeringSocket`: the sending half closes first, what the client
  /// still sends is dropped) and the connection is gone for the server at once.
  private func closeOrLinger() {
    guard !closed else { return }
    close(lingering: !peerFinished && (decoder.inMessage || refusedRequest))
  }

  private func close(lingering: Bool = false) {
    guard !closed else { return }
    if let tls, outputSent == output.count {
      // close_notify, best effort: one write, as the connection goes anyway.
      var notify: [UInt8] = []
      tls.close(appendingTo: &notify)
      _ = notify.withUnsafeBytes { try? SystemCall.write(fd, $0) }
    }
    closed = true
    cancel(&readTimer)
    cancel(&idleTimer)
    loop.unregister(fd)
    if lingering {
      LingeringSocket.linger(fd, on: loop, quietPeriod: configuration.lingeringCloseQuietPeriod,
                             limit: configuration.lingeringCloseLimit)
    } else {
      SystemCall.close(fd)
    }
    let waiters = writeWaiters
    writeWaiters.removeAll()
    waiters.forEach { $0.resume(throwing: HTTPClientError.connectionClosed) }
    onClose(self)
  }
}
