internal import Glibc

/// One HTTP/2 connection on a socket: reads feed the nghttp2 session, and what the session wants to
/// send is flushed once per turn of the loop. Server and client connections subclass it.
/// Loop-confined: every method runs on `loop`.
class HTTP2Connection: HTTP2SessionDelegate, FileEventHandler, TickEndHandler {
  let loop: EventLoop
  let fd: Int32
  /// The peer, for `ServerContext.peer` and logs.
  let peer: String
  /// The connection's nghttp2 session. A `let`, so that a use borrows it: read from a `var`, every
  /// submit, consume or resume retained and released it.
  let session: HTTP2Session
  /// The same session, unretained, for the streams' per-call submits and grants (`withSession`): even as
  /// a `let` read through a stream's connection, each use was retained and released.
  private let unretainedSession: Unmanaged<HTTP2Session>
  /// TLS over the socket, when the connection is encrypted; nil for h2c.
  let tls: TLSEngine?
  /// nghttp2's output before encryption, when `tls` is set: copied into one buffer (one record per
  /// piece of a message would cost more than the copy).
  private var plaintextOut = OutboundChunks(sharesLargePieces: false)
  /// What waits for the socket: for h2c nghttp2's output, large pieces of messages held by reference
  /// and sent with one gather write; for TLS the records.
  private var outbound: OutboundChunks
  /// The bytes of streams' arrays `outbound` holds, as last reported with `heldOutboundBytesChanged`.
  private var reportedHeldBytes = 0
  private var flushScheduled = false
  /// Calls finished, and response bytes queued, by handlers since the last flush (see `noteHandlerOutput`).
  private var callsSinceFlush = 0
  private var bytesSinceFlush = 0
  private var writeInterest = false
  private(set) var isClosed = false
  /// Why the connection closes once its queued output is written (`closeAfterWriting`); nil until then.
  /// Set, nghttp2 is neither fed nor asked for more: what the peer sends is read and dropped.
  private var closingReason: String?
  /// The bound on that wait, cancelled by the close.
  private var closingTimer: TimerQueue.ID?
  /// How long `closeAfterWriting` waits for a peer that does not read before closing anyway (output lost):
  /// long enough for a peer that is busy for a moment, short enough that one that never reads costs little.
  var closeWriteLimit: Duration = .seconds(1)
  /// Set when the connection should close once nghttp2 has nothing more to send (after GOAWAY).
  var closeWhenIdle = false
  /// Why the session could not be set up (nghttp2 refused our SETTINGS or connection window); `start`
  /// then closes the connection with it instead of serving without them.
  private(set) var setupFailure: String?
  /// Spare header and relay buffers of calls that ended, for the next calls (`HeaderStoragePool`).
  /// Unchecked for exclusivity (~8 dynamic checks per relayed call, ~70 instructions each): only the
  /// loop's streams use it, and its methods edit the pool's arrays without calling out, so no access to
  /// it can start while another is open.
  /// Sized by side: an upstream connection carries many client connections' calls (`maxUpstreamSpares`).
  @exclusivity(unchecked) var headerStorage: HeaderStoragePool

  init(loop: EventLoop, fd: Int32, peer: String, isServer: Bool, tls: TLSEngine?) {
    self.loop = loop
    self.fd = fd
    self.peer = peer
    self.tls = tls
    self.outbound = OutboundChunks(sharesLargePieces: tls == nil)
    headerStorage = HeaderStoragePool(upstream: !isServer)
    let session = HTTP2Session(isServer: isServer)
    self.session = session
    unretainedSession = Unmanaged.passUnretained(session)
    super.init()
    // The session callbacks are the base class's (they ignore every event) until a subclass overrides them.
    session.attach(self)
  }

  /// Calls `body` with the session, borrowed without a retain: the connection holds it for its life, and
  /// the caller (a stream of the connection) holds the connection.
  @inline(__always) @discardableResult
  final func withSession<R>(_ body: (HTTP2Session) -> R) -> R {
    unretainedSession._withUnsafeGuaranteedRef(body)
  }

  /// Queues our SETTINGS and sets the connection-level window; subclasses call it from `init`. A
  /// refusal is kept, with nghttp2's reason, and ends the connection when it starts.
  final func submitInitialSettings(_ settings: [(Int32, UInt32)], connectionWindow: Int32) {
    do {
      try session.submitSettings(settings)
      try session.setConnectionWindow(connectionWindow)
    } catch {
      setupFailure = "\(error)"
    }
  }

  /// Records why the connection cannot start (a setting that does not fit HTTP/2); `start` closes it.
  final func failSetup(_ reason: String) {
    if setupFailure == nil { setupFailure = reason }
  }

  /// Starts watching the socket; the subclass has queued its SETTINGS first.
  func start() {
    if let setupFailure { return close(reason: "HTTP/2 session setup failed: \(setupFailure)") }
    loop.register(fd, handler: self)
    // A connection whose handshake another handler ran (a port that chooses by ALPN) may already hold
    // the client's first records in TLS: read them now, as no socket event will announce them.
    if let tls, tls.isHandshakeComplete, !receiveCiphertext(UnsafeRawBufferPointer(start: nil, count: 0), tls: tls) { return }
    scheduleFlush()
  }

  // MARK: Reading

  func handleEvents(readable: Bool, writable: Bool, hangup: Bool) {
    loop.assertInLoop()
    if let closingReason { return finishClosing(reason: closingReason, readable: readable || hangup) }
    if writable {
      writePending()
      // The socket took everything: take the next batch from nghttp2.
      if outbound.isEmpty { scheduleFlush() }
    }
    if readable || hangup { readAvailable() }
  }

  private func readAvailable() {
    let buffer = loop.readBuffer
    // Bounded per event so one busy connection cannot starve the others on the loop.
    for _ in 0..<4 {
      guard !isClosed else { return }
      let count: Int?
      do {
        count = try SystemCall.read(fd, into: buffer)
      } catch {
        close(reason: "\(error)")
        return
      }
      guard let count else { break }
      if count == 0 {
        close(reason: "the peer closed the connection")
        return
      }
      // A large read (a peer sending large messages) makes the loop block after this turn, not poll.
      loop.noteRead(byteCount: count)
      let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
      // Closing after a last write (a protocol error's GOAWAY): the rest is dropped.
      guard closingReason == nil else { break }
      if let tls {
        guard receiveCiphertext(bytes, tls: tls) else { return }
      } else {
        receivePlaintext(bytes)
      }
      if count < buffer.count { break }
    }
    scheduleFlush()
  }

  /// Feeds ciphertext to TLS, advances the handshake, and hands what it decrypts to nghttp2 (through
  /// the loop's read buffer: the ciphertext was copied into OpenSSL's BIO first). False when the
  /// connection failed and closed.
  private func receiveCiphertext(_ bytes: UnsafeRawBufferPointer, tls: TLSEngine) -> Bool {
    tls.feedCiphertext(bytes)
    do {
      if !tls.isHandshakeComplete {
        guard try tls.handshake() else { return true }
        handshakeCompleted()
      }
      let buffer = loop.readBuffer
      while !isClosed {
        switch try tls.readPlaintext(into: buffer) {
        case .bytes(let count): receivePlaintext(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        case .needsCiphertext: return true
        case .closed:
          close(reason: "the peer closed TLS")
          return false
        }
      }
      return !isClosed
    } catch {
      // Send the alert OpenSSL queued, then give up on the connection.
      outbound.appendInPlace { tls.drainCiphertext(appendingTo: &$0) }
      writePending()
      close(reason: "TLS: \(error)")
      return false
    }
  }

  /// Called once the TLS handshake is complete; subclasses may check the peer.
  func handshakeCompleted() {}

  /// Feeds bytes to nghttp2; a protocol error ends the connection after the GOAWAY nghttp2 queued.
  func receivePlaintext(_ bytes: UnsafeRawBufferPointer) {
    // Closing after a last write: nghttp2 has had its last word.
    guard closingReason == nil else { return }
    do {
      try session.receive(bytes)
    } catch {
      closeWhenIdle = true
      closeAfterWriting(reason: "HTTP/2 protocol error: \(error)")
    }
  }

  // MARK: Writing

  /// Asks for a flush at the end of this turn of the loop.
  final func scheduleFlush() {
    loop.assertInLoop()
    guard !flushScheduled, !isClosed else { return }
    flushScheduled = true
    loop.runAtEndOfTick(self)
  }

  func tickEnded() {
    flushScheduled = false
    flushNow()
  }

  /// A handler finished a call or queued a response message, from its task (never from inside an
  /// nghttp2 callback). Past `earlyFlushCalls` calls or `earlyFlushBytes` bytes since the last flush,
  /// what is ready leaves now instead of at the end of the turn: with one connection carrying many
  /// calls, a turn that answered them all at its end left the server idle while the client read the
  /// whole batch and sent the next; answering in parts lets the client's next requests arrive while
  /// the rest of the turn runs. Connections with fewer calls per turn write once per turn, as before.
  final func noteHandlerOutput(finishedCalls: Int, bytes: Int) {
    callsSinceFlush += finishedCalls
    bytesSinceFlush += bytes
    guard callsSinceFlush >= Self.earlyFlushCalls || bytesSinceFlush >= Self.earlyFlushBytes else { return }
    // Inside one of nghttp2's callbacks (a handler cancelled from one finishes at once) the flush waits
    // for the end of the turn, as it always did.
    if !session.isBusy { flushNow() }
  }

  /// Calls finished in one turn after which the connection writes without waiting for the turn's end.
  static let earlyFlushCalls = 32
  /// Response bytes queued in one turn after which the connection writes without waiting for its end.
  static let earlyFlushBytes = 256 * 1024

  /// Collects what nghttp2 wants to send and writes it, a batch at a time: nghttp2 is asked for more
  /// only once the socket took the previous batch, so a slow reader leaves response bytes in the
  /// streams' bounded buffers (where writers wait) instead of in one growing connection buffer.
  final func flushNow() {
    guard !isClosed, closingReason == nil else { return }
    callsSinceFlush = 0
    bytesSinceFlush = 0
    var more = true
    while more && !isClosed {
      do {
        if let tls {
          // A client speaks first: this makes the ClientHello on the first flush.
          if !tls.isHandshakeComplete, try tls.handshake() { handshakeCompleted() }
          more = try session.send(into: &plaintextOut, limit: Self.batchBytes)
          try plaintextOut.drain { try tls.writePlaintext($0) }
          outbound.appendInPlace { tls.drainCiphertext(appendingTo: &$0) }
        } else {
          more = try session.send(into: &outbound, limit: Self.batchBytes)
        }
      } catch {
        close(reason: "send failed: \(error)")
        return
      }
      writePending()
      // The socket is full: EPOLLOUT resumes the flush.
      if !outbound.isEmpty { more = false }
    }
    // Header blocks nghttp2 read in place are free again once it sent or dropped their frames.
    if session.hasFinishedBlocks { session.giveBackBlocks(into: &headerStorage) }
    if !isClosed && outbound.isEmpty && (!session.isActive || (closeWhenIdle && canCloseWhenIdle)) {
      close(reason: "finished")
    }
  }

  /// Whether nothing is in flight, so a draining connection may close; subclasses refine it.
  var canCloseWhenIdle: Bool { true }

  private func writePending() {
    while !outbound.isEmpty && !isClosed {
      let written: Int?
      do {
        written = try outbound.withPendingVectors { vectors in
          // One buffer (small responses, TLS) goes with send(2); several with one gather write.
          vectors.count == 1
            ? try SystemCall.write(fd, UnsafeRawBufferPointer(start: vectors[0].iov_base, count: vectors[0].iov_len))
            : try SystemCall.write(fd, vectors: vectors)
        }
      } catch {
        close(reason: "\(error)")
        return
      }
      guard let written else { break }
      // Written bytes leave the list (a message's array is released once all of it is out); a
      // partial write resumes at the first byte not taken.
      outbound.advance(by: written)
    }
    reportHeldBytes()
    guard !isClosed else { return }
    let wantsWrite = !outbound.isEmpty
    if wantsWrite != writeInterest {
      writeInterest = wantsWrite
      loop.setWriteInterest(fd, wantsWrite)
    }
  }

  /// Tells the subclass how many bytes of streams' arrays the write list holds now, when it changed:
  /// they left the streams' buffers (and their accounting) but stay in memory until written.
  private func reportHeldBytes() {
    let held = outbound.sharedByteCount
    guard held != reportedHeldBytes else { return }
    heldOutboundBytesChanged(by: held - reportedHeldBytes)
    reportedHeldBytes = held
  }

  /// Bytes of streams' arrays held for the socket grew or shrank by `delta`; a server counts them in
  /// its memory bound.
  func heldOutboundBytesChanged(by delta: Int) {}

  /// Bytes taken from nghttp2 per write: large enough for one write to carry many frames. At 128 KiB
  /// a connection answering 64 KiB calls wrote two per `sendmsg` and the third one's first frames
  /// alone with `send` (0.8 writes per call; 0.3 at 512 KiB, with no lone `send`s).
  static let batchBytes = 512 * 1024

  // MARK: Closing

  func loopStopping() { close(reason: "the event loop stopped") }

  /// Closes once what nghttp2 queued (a GOAWAY, a last response) is written: a socket that is full when
  /// the connection decides to close would otherwise lose it (`close` drops unwritten output). Nothing more
  /// is read into nghttp2 or asked of it; the wait is bounded by `closeWriteLimit`, and a peer that goes
  /// away meanwhile ends it (a hard close). For a close that must not wait (an error, the peer gone), `close`.
  final func closeAfterWriting(reason: String) {
    guard !isClosed, closingReason == nil else { return }
    flushNow()
    guard !isClosed else { return }
    if outbound.isEmpty { return close(reason: reason) }
    closingReason = reason
    closingTimer = loop.schedule(at: .now + closeWriteLimit) { [self] in
      closingTimer = nil
      close(reason: "\(reason); the peer did not read the last output within \(closeWriteLimit)")
    }
  }

  /// A socket event while closing after a last write: writes what is left, reads and drops what the peer
  /// sends, and closes once all is written (or the peer is gone).
  private func finishClosing(reason: String, readable: Bool) {
    writePending()
    guard !isClosed else { return }
    if outbound.isEmpty { return close(reason: reason) }
    guard readable else { return }
    if case .ended(let why) = DiscardedInput.read(fd, buffer: loop.readBuffer) { close(reason: "\(reason); then \(why)") }
  }

  /// Closes the socket and tells the subclass; safe to call more than once.
  func close(reason: String) {
    loop.assertInLoop()
    guard !isClosed else { return }
    isClosed = true
    if let closingTimer { loop.cancelTimer(closingTimer) }
    closingTimer = nil
    loop.unregister(fd)
    SystemCall.close(fd)
    // What was never written goes back now (the subclass forgets its accounting when told below).
    outbound.removeAll()
    plaintextOut.removeAll()
    reportedHeldBytes = 0
    connectionClosed(reason: reason)
  }

  /// Called once when the connection has closed; subclasses fail their streams here.
  func connectionClosed(reason: String) {}
}
