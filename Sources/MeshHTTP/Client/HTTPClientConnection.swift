import MeshTransport
import Synchronization

/// One kept-alive HTTP/1.1 connection of the client: one request at a time. Confined to its loop,
/// except `isClosed`, which the pool reads from any thread.
final class HTTPClientConnection: FileEventHandler, @unchecked Sendable {
  private enum Phase { case connecting, idle, busy, closed }

  let loop: EventLoop
  private let fd: Int32
  private let maxBodyBytes: Int
  private var phase = Phase.connecting
  private var responseWaiter: CheckedContinuation<HTTPClientResponse, any Error>?
  /// While a streamed response runs: where its body goes (the head went to `responseWaiter`).
  private var bodyStream: AsyncThrowingStream<[UInt8], any Error>.Continuation?
  private var decoder: HTTPResponseDecoder
  private var output: [UInt8] = []
  private var outputSent = 0
  private var wantsWrite = true
  private var timer: TimerQueue.ID?
  /// Why the connect failed, when it failed before a request was given (that request gets this error).
  private var connectFailure: HTTPClientError?
  private let closedFlag = Atomic<Bool>(false)
  /// When it was last returned to the pool.
  var idleSince = ContinuousClock.now
  /// Whether a response byte arrived for the current request (a stale connection fails before one).
  var responseStarted: Bool { decoder.started }

  /// Whether the connection is gone (safe from any thread).
  var isClosed: Bool { closedFlag.load(ordering: .acquiring) }

  private init(loop: EventLoop, fd: Int32, maxBodyBytes: Int) {
    self.loop = loop
    self.fd = fd
    self.maxBodyBytes = maxBodyBytes
    self.decoder = HTTPResponseDecoder(maxBodyBytes: maxBodyBytes)
  }

  /// Starts connecting to `address` on `loop` and returns at once: the first request may be given while
  /// the connection is still being made, and the loop sends it as soon as it is. The caller's task is not
  /// needed between the connect and the request, so a call whose task waits for a thread (the cooperative
  /// pool busy with other work) does not spend its deadline there.
  /// - Throws: `HTTPClientError.connectFailed` when the socket cannot be made or the connect fails at once.
  static func open(to address: SocketAddress, loop: EventLoop, maxBodyBytes: Int) throws -> HTTPClientConnection {
    let fd: Int32
    do {
      fd = try Socket.startConnect(to: address)
    } catch {
      throw HTTPClientError.connectFailed("\(error)")
    }
    let connection = HTTPClientConnection(loop: loop, fd: fd, maxBodyBytes: maxBodyBytes)
    loop.execute { loop.register(fd, handler: connection, writable: true) }
    return connection
  }

  /// Sends a request and waits for its whole response, within `deadline`.
  func execute(_ request: HTTPClientRequest, deadline: ContinuousClock.Instant) async throws -> HTTPClientResponse {
    let bytes = request.encoded()
    let isHead = request.method == "HEAD"
    return try await withCheckedThrowingContinuation { continuation in
      loop.execute { [self] in
        guard acceptsRequest else { return continuation.resume(throwing: connectFailure ?? .connectionClosed) }
        decoder = HTTPResponseDecoder(maxBodyBytes: maxBodyBytes)
        decoder.expectsNoBody = isHead
        responseWaiter = continuation
        send(bytes, deadline: deadline)
      }
    }
  }

  /// Sends a request and returns its head as soon as it arrives, with the body as a stream of chunks as
  /// they are read. The whole call (body included) must end by `deadline`. The connection closes when
  /// the body ends, fails, or its consumer stops listening; it is never reused.
  func stream(_ request: HTTPClientRequest, deadline: ContinuousClock.Instant) async throws
    -> (HTTPClientResponse, AsyncThrowingStream<[UInt8], any Error>)
  {
    let bytes = request.encoded()
    let (body, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
    continuation.onTermination = { [weak self] _ in self?.shutdown() }
    let head = try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<HTTPClientResponse, any Error>) in
      loop.execute { [self] in
        guard acceptsRequest else {
          let error = connectFailure ?? .connectionClosed
          continuation.finish(throwing: error)
          return waiter.resume(throwing: error)
        }
        decoder = HTTPResponseDecoder(maxBodyBytes: maxBodyBytes)
        decoder.streamsBody = true
        decoder.expectsNoBody = request.method == "HEAD"
        responseWaiter = waiter
        bodyStream = continuation
        send(bytes, deadline: deadline)
      }
    }
    return (head, body)
  }

  /// Whether a request may start: the connection is idle, or still connecting with none given yet.
  private var acceptsRequest: Bool {
    phase == .idle || (phase == .connecting && responseWaiter == nil)
  }

  /// Starts the request whose waiter is set: sent now on an idle connection, or by `connected()`.
  private func send(_ bytes: [UInt8], deadline: ContinuousClock.Instant) {
    timer = loop.schedule(at: deadline) { [weak self] in self?.fail(.timeout) }
    output.append(contentsOf: bytes)
    guard phase == .idle else { return }
    phase = .busy
    flush()
  }

  /// The connect finished: the request given meanwhile goes out now, from the loop.
  private func connected() {
    guard responseWaiter != nil else {
      phase = .idle
      return setWantsWrite(false)
    }
    phase = .busy
    flush()
  }

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    if phase == .connecting {
      guard writable || hangup else { return }
      let error = Socket.pendingError(fd)
      guard error == 0 else { return fail(.connectFailed("connect: errno \(error)")) }
      return connected()
    }
    if writable { flush() }
    if readable { read() }
    if hangup && phase != .closed { endOfStream() }
  }

  func loopStopping() { fail(.connectionClosed) }

  private func read() {
    while phase != .closed {
      let count: Int?
      do {
        count = try SystemCall.read(fd, into: loop.readBuffer)
      } catch {
        return fail(.connectionClosed)
      }
      guard let count else { return }
      guard count > 0 else { return endOfStream() }
      guard phase == .busy else { return fail(.malformedResponse("bytes while no request was sent")) }
      deliver(decoder.feed(UnsafeRawBufferPointer(rebasing: loop.readBuffer[..<count])))
    }
  }

  private func endOfStream() {
    // A response delimited by the end of the connection completes here.
    if phase == .busy { deliver(decoder.feed(UnsafeRawBufferPointer(start: nil, count: 0))) }
    fail(.connectionClosed)
  }

  private func deliver(_ events: [HTTPResponseDecoder.Event]) {
    for event in events {
      switch event {
      case .failure(let error): return fail(error)
      case .head(let head):
        responseWaiter?.resume(returning: head)
        responseWaiter = nil
      case .body(let bytes):
        bodyStream?.yield(bytes)
      case .response(let response):
        cancelTimer()
        if let stream = bodyStream {
          // A streamed response: its connection is not reused.
          bodyStream = nil
          close()
          stream.finish()
          return
        }
        let waiter = responseWaiter
        responseWaiter = nil
        if response.keepAlive && phase == .busy {
          phase = .idle
        } else {
          close()
        }
        waiter?.resume(returning: response)
        return
      }
    }
  }

  private func flush() {
    while outputSent < output.count {
      let written: Int?
      do {
        written = try output.withUnsafeBytes { try SystemCall.write(fd, UnsafeRawBufferPointer(rebasing: $0[outputSent...])) }
      } catch {
        return fail(.connectionClosed)
      }
      guard let written else { return setWantsWrite(true) }
      outputSent += written
    }
    output.removeAll(keepingCapacity: true)
    outputSent = 0
    setWantsWrite(false)
  }

  private func setWantsWrite(_ wanted: Bool) {
    guard wanted != wantsWrite, phase != .closed else { return }
    wantsWrite = wanted
    loop.setInterest(fd, readable: true, writable: wanted)
  }

  private func cancelTimer() {
    if let timer { loop.cancelTimer(timer) }
    timer = nil
  }

  private func fail(_ error: HTTPClientError) {
    if phase == .connecting { connectFailure = error }
    let response = responseWaiter
    let stream = bodyStream
    responseWaiter = nil
    bodyStream = nil
    close()
    response?.resume(throwing: error)
    stream?.finish(throwing: error)
  }

  private func close() {
    guard phase != .closed else { return }
    phase = .closed
    closedFlag.store(true, ordering: .releasing)
    cancelTimer()
    loop.unregister(fd)
    SystemCall.close(fd)
  }

  /// Closes from any thread.
  func shutdown() { loop.execute { [self] in fail(.connectionClosed) } }
}
