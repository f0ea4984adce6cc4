public import MeshCore
internal import CNGHTTP2
internal import CLinux

/// The server side of one HTTP/2 connection: validates requests, routes them to handlers, and drains
/// gracefully on shutdown. Loop-confined.
final class ServerConnection: HTTP2Connection {
  static let acceptEncodingHeader = CompressionAlgorithm.supported.map(\.name).joined(separator: ",")

  let router: RPCRouter
  /// Where calls to a path no service registered go (a gateway's dispatcher); nil answers them
  /// UNIMPLEMENTED.
  let fallback: RPCRouter.Handler?
  /// Asked about each call the fallback would serve; a call it takes is relayed as bytes.
  let relayRouter: (any GRPCRelayRouter)?
  /// Whether there is a relay router: asked per call, `relayRouter != nil` copied and destroyed the
  /// existential through its value witnesses (as did binding it), ~80 instructions each time.
  private let hasRelayRouter: Bool
  /// The relayed streams (they stay in `streams` too, for the connection's idle and drain accounting).
  ///
  /// Unchecked exclusivity (here and on `streams`, `keepalive`, `idleSince`, `headersStreamID`,
  /// `collectingStreamID` and `headerTimer`): each access began and ended a dynamic check (~70
  /// instructions), some 12 per relayed call, in every session callback (`sessionBeginHeaders`,
  /// `sessionData`, `sessionReserveData`, `sessionWriteData`, `sessionStreamClosed`, ...). Every access is
  /// on the connection's loop thread (`close`, `drain` and the session's callbacks assert or run there;
  /// nothing else reaches these private properties), and each one ends before any call out: the tables'
  /// `find`/`insert`/`remove`/`removeAll` and `KeepaliveEnforcer.callStarted` touch their own storage only,
  /// and a stream found is called after its lookup returned (`find` hands back an unretained reference),
  /// so a stream or relay calling back into the connection finds no access open.
  @exclusivity(unchecked) private var relays = StreamTable<ServerRelayStream>()
  /// The handlers of the content types served beside gRPC.
  let httpHandlers: HTTPStreamHandlers
  let limits: ServerLimits
  private let onClose: (ServerConnection) -> Void
  /// The host part of the peer (`SocketAddress.host(ofPeer:)`), handed to each relayed request.
  private let peerHost: String
  @exclusivity(unchecked) private var streams = StreamTable<ServerStream>()
  private(set) var draining = false
  /// The id of the stream whose header block is being received; 0 when none is (an id, not the stream:
  /// holding the stream retained and released it on every request).
  @exclusivity(unchecked) private var headersStreamID: Int32 = 0
  /// The request head being received, and its stream's id (0 when the block being received is not a
  /// request's): kept here rather than in the stream, so that each field is added without loading the
  /// stream (a retain and a release per field, some nine per call).
  /// Unchecked exclusivity (here and on `previousHead`): each field's `add` began and ended two dynamic
  /// access checks (18 per relayed call). Every access is on the connection's loop thread, within one of
  /// its callbacks, and `RequestHead.add`/`finish`/`makeMetadata` call out to nothing, so no access to
  /// either property can begin while another is open; the two are distinct properties, so passing both
  /// `inout` to one call does not overlap either.
  @exclusivity(unchecked) private var collectingHead = RequestHead()
  @exclusivity(unchecked) private var collectingStreamID: Int32 = 0
  /// What the previous request's head carried, so a request that repeats it (the usual case) shares
  /// its path, authority and metadata instead of making them again.
  @exclusivity(unchecked) private var previousHead = PreviousRequestHead()

  // Time bounds (see ServerLimits); every timer is cancelled when the connection closes.
  private var prefaceReceived = false
  private var handshakeTimer: TimerQueue.ID?
  @exclusivity(unchecked) private var headerTimer: TimerQueue.ID?
  private var idleTimer: TimerQueue.ID?
  /// When the last call ended; nil while calls are open. The idle timer checks it when it fires, so
  /// calls starting and ending do not add and cancel a timer each.
  @exclusivity(unchecked) private var idleSince: ContinuousClock.Instant?
  private var ageTimer: TimerQueue.ID?
  /// The final GOAWAY of a drain, and the close at the end of the age grace period.
  private var drainTimer: TimerQueue.ID?
  private var graceTimer: TimerQueue.ID?
  /// Set when the socket closes without lingering (`closeAtOnce`).
  private var closesAtOnce = false
  @exclusivity(unchecked) private var keepalive: KeepaliveEnforcer

  // Memory (see ServerLimits.maxBufferedBytesPerConnection)
  /// What every connection of the server holds.
  private let budget: BufferedBytesBudget
  /// What this connection's streams hold.
  private(set) var bufferedBytes = 0
  private var peakBufferedBytes = 0
  /// Runs while window is withheld, to grant it once memory is back under the budget.
  private var budgetTimer: TimerQueue.ID?

  /// Raw HTTP exchanges answered while their client may still send (`ServerConnection+AnsweredUploads`).
  var answeredUploads: AnsweredUploads
  /// Runs while an answered upload lingers, to reset it when it is due.
  var answeredUploadTimer: TimerQueue.ID?

  init(loop: EventLoop, fd: Int32, peer: String, router: RPCRouter, fallback: RPCRouter.Handler? = nil,
       relay: (any GRPCRelayRouter)? = nil, httpHandlers: HTTPStreamHandlers = HTTPStreamHandlers(),
       limits: ServerLimits, budget: BufferedBytesBudget = BufferedBytesBudget(), tls: TLSEngine?,
       onClose: @escaping (ServerConnection) -> Void) {
    self.router = router
    self.fallback = fallback
    self.relayRouter = relay
    hasRelayRouter = relay != nil
    self.budget = budget
    self.httpHandlers = httpHandlers
    self.limits = limits
    self.answeredUploads = AnsweredUploads(quietPeriod: limits.answeredUploadQuietPeriod, limit: limits.answeredUploadLimit)
    self.onClose = onClose
    peerHost = SocketAddress.host(ofPeer: peer)
    keepalive = KeepaliveEnforcer(minInterval: limits.minPingInterval, permitWithoutCalls: limits.permitPingsWithoutCalls,
                                  maxStrikes: limits.maxPingStrikes)
    super.init(loop: loop, fd: fd, peer: peer, isServer: true, tls: tls)
    // `HTTP2ServerTransport.start` has validated the limits; a connection made some other way fails when it starts.
    do {
      let (settings, window) = try limits.http2Settings()
      submitInitialSettings(settings, connectionWindow: window)
    } catch {
      failSetup("\(error)")
    }
  }

  override func start() {
    // The timers hold the connection strongly and are all cancelled when it closes: a weak reference
    // would give every connection a side table, and every retain and release of it (several per call)
    // would then take the runtime's slow path.
    handshakeTimer = loop.schedule(at: .now + limits.handshakeTimeout) { [self] in
      guard !self.prefaceReceived else { return }
      self.handshakeTimer = nil
      self.close(reason: "no HTTP/2 preface within the handshake timeout")
    }
    if let age = limits.maxConnectionAge {
      // ±10% so that connections opened together do not all go away together.
      let jittered = age * Double.random(in: 0.9...1.1)
      ageTimer = loop.schedule(at: .now + jittered) { [self] in
        self.ageTimer = nil
        self.drainForAge()
      }
    }
    // Last: with a handshake done elsewhere it may read the client's first requests at once.
    super.start()
  }

  // MARK: Time bounds

  override func sessionSettingsReceived() {
    guard !prefaceReceived else { return }
    prefaceReceived = true
    if let timer = handshakeTimer { loop.cancelTimer(timer) }
    handshakeTimer = nil
    becameIdle()
  }

  /// Notes that no call is open and makes sure the idle timer runs (gRPC's MAX_CONNECTION_IDLE).
  private func becameIdle() {
    idleSince = .now
    armIdleTimer(at: .now + (limits.maxConnectionIdle ?? .zero))
  }

  private func armIdleTimer(at deadline: ContinuousClock.Instant) {
    guard limits.maxConnectionIdle != nil, idleTimer == nil, !draining, !isClosed else { return }
    idleTimer = loop.schedule(at: deadline) { [self] in
      self.idleTimer = nil
      guard let idle = self.limits.maxConnectionIdle, let since = self.idleSince, self.streams.isEmpty else { return }
      if ContinuousClock.now - since >= idle {
        self.drain()
      } else {
        self.armIdleTimer(at: since + idle)
      }
    }
  }

  /// After each read: a header block still incomplete gets a timer (complete ones, the usual case,
  /// never schedule one).
  override func receivePlaintext(_ bytes: UnsafeRawBufferPointer) {
    super.receivePlaintext(bytes)
    if headersStreamID != 0, headerTimer == nil, !isClosed {
      headerTimer = loop.schedule(at: .now + limits.headerReadTimeout) { [self] in self.headerReadTimedOut() }
    }
  }

  /// The connection reached its maximum age: GOAWAY, then close after the grace period.
  private func drainForAge() {
    drain()
    guard let grace = limits.maxConnectionAgeGrace else { return }
    // The final GOAWAY goes out 100 ms after the notice; the grace period counts from there.
    guard graceTimer == nil, !isClosed else { return }
    graceTimer = loop.schedule(at: .now + .milliseconds(100) + grace) { [self] in
      self.graceTimer = nil
      self.close(reason: "the connection's maximum age and grace period are over")
    }
  }

  /// A header block did not arrive in full in time: GOAWAY ENHANCE_YOUR_CALM and close.
  private func headerReadTimedOut() {
    headerTimer = nil
    guard headersStreamID != 0, !isClosed else { return }
    session.submitGoAway(errorCode: Self.enhanceYourCalm, debugData: "header read timeout")
    closeAfterWriting(reason: "a header block did not arrive within the header-read timeout")
  }

  override func sessionPingReceived() {
    guard keepalive.pingReceived(at: .now, hasOpenCalls: !streams.isEmpty) == .tooManyPings, !isClosed else { return }
    session.submitGoAway(errorCode: Self.enhanceYourCalm, debugData: "too_many_pings")
    closeAfterWriting(reason: "the client sent too many pings")
  }

  // MARK: Memory budget

  /// Whether this connection, or the server as a whole, holds more than its bound.
  var isOverBudget: Bool {
    bufferedBytes > limits.maxBufferedBytesPerConnection || budget.bytes > limits.maxBufferedBytesPerServer
  }

  /// How large a request message a stream may reserve whole as soon as its prefix announces it: at
  /// most `maxEagerReservation`, and no more than this connection and the server may still hold, so
  /// that peers announcing messages they do not send cannot make us allocate past the bounds.
  var eagerReservationRoom: Int {
    let connectionRoom = limits.maxBufferedBytesPerConnection - bufferedBytes
    let serverRoom = limits.maxBufferedBytesPerServer - budget.bytes
    return max(0, min(Self.maxEagerReservation, connectionRoom, serverRoom))
  }

  /// The largest request message reserved whole before it arrived (larger ones grow as they arrive).
  static let maxEagerReservation = 1 << 20

  /// A stream's buffers grew or shrank.
  func bufferedBytesChanged(by delta: Int) {
    loop.assertInLoop()
    bufferedBytes += delta
    if bufferedBytes > peakBufferedBytes { peakBufferedBytes = bufferedBytes }
    budget.add(delta)
  }

  /// Response bytes taken from the streams but held by reference until the socket takes them count
  /// in the bound as they did in the streams.
  override func heldOutboundBytesChanged(by delta: Int) { bufferedBytesChanged(by: delta) }

  /// A stream withheld window, or a writer waits, because of the budget: check again shortly, and
  /// tell the streams once memory is back under the bound (which may happen on another connection,
  /// so this one polls while something waits, and only then).
  func waitForBudgetRelief() {
    guard budgetTimer == nil, !isClosed else { return }
    budgetTimer = loop.schedule(at: .now + .milliseconds(20)) { [self] in
      self.budgetTimer = nil
      if self.isOverBudget {
        self.waitForBudgetRelief()
      } else {
        for stream in self.streams.streams { stream.budgetRelieved() }
      }
    }
  }

  // MARK: Streams answered before the client half-closed

  /// A call ended (its status is queued) while its client may still send: once its END_STREAM has gone
  /// out, the stream gets RST_STREAM(NO_ERROR), which asks the client to stop sending a request nobody
  /// reads (RFC 9113 §8.1, as grpc-go and grpc-core servers do). Left half-open, such a stream kept one
  /// of the connection's `maxConcurrentStreams` for as long as the client did not half-close (a client
  /// that stops sending once it has the status: until the connection closed), and enough of them
  /// left the connection refusing every new stream.
  func resetWhenResponseSent(_ streamID: Int32) { streamsToReset.append(streamID) }

  /// See `resetWhenResponseSent`; ids whose END_STREAM is still queued (the client's window) wait here.
  private var streamsToReset: [Int32] = []

  /// After the turn's flush: reset what `resetWhenResponseSent` asked for whose END_STREAM went out (a
  /// reset submitted before it would make nghttp2 drop the queued status), and write the resets.
  override func tickEnded() {
    super.tickEnded()
    if answeredUploads.hasAwaitingEnd { startAnsweredUploadsWhoseEndWentOut() }
    guard !streamsToReset.isEmpty, !isClosed else { return }
    var submitted = false
    streamsToReset.removeAll { id in
      // Closed meanwhile (the client half-closed or reset it): nothing to do.
      guard streams.contains(id) else { return true }
      guard session.hasSentEndStream(streamID: id) else { return false }
      session.submitReset(streamID: id, errorCode: Self.noError)
      submitted = true
      return true
    }
    if submitted { flushNow() }
  }

  /// Whether the stream is still open (not closed by both ends, nor reset).
  func isOpen(_ streamID: Int32) -> Bool { streams.contains(streamID) }

  /// HTTP/2's NO_ERROR error code.
  static let noError: UInt32 = 0x0

  /// HTTP/2's REFUSED_STREAM error code: the stream was not processed, the client may retry it.
  static let refusedStream: UInt32 = 0x7

  /// HTTP/2's ENHANCE_YOUR_CALM error code.
  static let enhanceYourCalm: UInt32 = 0xb

  // MARK: Requests

  override func sessionBeginHeaders(streamID: Int32, category: HTTP2Session.HeadersCategory) {
    if category == .request {
      idleSince = nil
      keepalive.callStarted()
      let stream = ServerStream(id: streamID, connection: self)
      // Fresh already unless a block was cut short: completing one swaps a fresh head in, and a stream's
      // close clears its own (reassigning a fresh head releases its empty arrays for nothing).
      if collectingHead.listSize != 0 { collectingHead = RequestHead() }
      // A relay may take the request: its metadata fields are kept as bytes, not made into `Metadata`.
      collectingHead.keepsFields = hasRelayRouter
      // Its fields on the storage of an ended relayed call's (given back by `ServerRelayStream.recycle`).
      if hasRelayRouter, collectingHead.fields.storageCapacity == 0 { collectingHead.fields = headerStorage.requestFields() }
      collectingStreamID = streamID
      streams.insert(stream, for: streamID)
      headersStreamID = streamID
    } else {
      // Trailers from a client carry nothing gRPC uses; only the request headers are kept.
      collectingStreamID = 0
      headersStreamID = streams.contains(streamID) ? streamID : 0
    }
  }

  override func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    // A header block's fields arrive together (CONTINUATION frames cannot interleave), so the head begun
    // with the block takes them all; a block that is not a request's (trailers) is not kept.
    guard streamID == collectingStreamID else { return true }
    // Past the limit the field is dropped and the request answered with a status when it is complete.
    _ = collectingHead.add(name: name, value: value, limit: limits.maxHeaderListBytes, previous: &previousHead)
    return true
  }

  override func sessionHeadersComplete(streamID: Int32, category: HTTP2Session.HeadersCategory, endStream: Bool) {
    headersStreamID = 0
    if let timer = headerTimer {
      loop.cancelTimer(timer)
      headerTimer = nil
    }
    let collected = streamID == collectingStreamID
    collectingStreamID = 0
    guard let found = streams.find(streamID) else { return }
    found._withUnsafeGuaranteedRef { stream in
      if category == .request {
        // Moved out, not copied: a copy would retain and release each of its strings once more per call.
        // (A request block always began here; were it not, the empty head gets the call refused, not lost.)
        var head = RequestHead()
        if collected { swap(&head, &collectingHead) }
        head.finish(previous: &previousHead)
        startCall(stream, head: consume head)
      }
      if endStream {
        if !relays.isEmpty, let relay = relays.find(streamID) {
          relay._withUnsafeGuaranteedRef { $0.receivedEnd() }
        } else {
          stream.receivedEnd()
        }
      }
    }
  }

  /// `head` is consumed (the caller's last use): a borrowed head copied into a `var` shared its field
  /// arrays with the caller's, so the relay's first edit of the fields copied them on write.
  private func startCall(_ stream: ServerStream, head: consuming RequestHead) {
    if isOverBudget {
      stream.markRefused()
      session.submitReset(streamID: stream.id, errorCode: Self.refusedStream)
      return scheduleFlush()
    }
    if head.overflowed { return rejectOversizedHeaders(stream, contentType: head.contentType) }
    // A content type served by a registered handler goes to it, whatever the method; gRPC is the
    // default entry, served below.
    // A request without one (a GET) goes to a handler registered for every content type (prefix "").
    // Checked once: each check read the string through an iterator (a retain and a release).
    let isGRPC = head.contentType.map(GRPCContentType.isGRPC) ?? false
    if !isGRPC, let handler = httpHandlers.handler(for: head.contentType ?? "") {
      head.makeMetadata(previous: &previousHead)
      return startExchange(stream, head: head, handler: handler, contentType: head.contentType ?? "")
    }
    guard head.method == "POST" else { return rejectHTTP(stream, status: 405) }
    guard isGRPC else { return rejectHTTP(stream, status: 415) }
    var method: MethodDescriptor
    // The handler is bound only once the call takes the usual path: binding the fallback's closure
    // here retained its context on every relayed call.
    let route = router.route(forPath: head.path)
    let relayable: Bool
    if let route {
      method = route.method
      relayable = false
    } else if fallback != nil, let parsed = previousHead.method(forPath: head.path) {
      method = parsed
      relayable = hasRelayRouter
    } else {
      let service = MethodDescriptor(path: head.path)?.service
      let known = service.map { router.services.contains($0) } ?? false
      return stream.abort(RPCError(code: .unimplemented, message: known
        ? "Method not found: \(head.path)" : "Service not found: \(service ?? head.path)"))
    }
    if let name = head.invalidBinaryHeader {
      return stream.abort(RPCError(code: .internal, message: "Metadata '\(name)' is not valid base64."))
    }
    // The timeout is kept as a `Duration` (two plain words) and the deadline made from it where it goes:
    // `ContinuousClock.Instant` is resilient, so the `Instant?` this function held (made, passed to the
    // relay, kept for the usual path) was copied and destroyed through the runtime's value witnesses, three
    // times per relayed call (~0.5k instructions).
    var timeout: Duration?
    if let text = head.timeout {
      guard let parsed = GRPCTimeout(headerValue: text) else {
        return stream.abort(RPCError(code: .internal, message: "Malformed grpc-timeout '\(text)'."))
      }
      timeout = parsed.duration
    }
    if relayable, !draining {
      let relay = ServerRelayStream(stream: stream)
      // The fields move to the request (not shared: the relay edits them in place without a copy), and
      // back when the relay declines (as received: see `GRPCRelayRouter.relay`). Swapped in place: a local
      // passed to the initializer stayed alive across the router's call (an unknown function ends no
      // lifetime early), so the fields' two arrays were shared and the relay's first edit copied both.
      // The head's strings move too (copied, each was retained, and released with the head).
      var request = RelayRequest(method: consume method, fields: RequestHeaderFields(),
                                 timeout: timeout,
                                 encoding: head.encoding.take(), acceptEncoding: head.acceptEncoding.take(), peer: peer,
                                 peerHost: peerHost,
                                 authority: head.authority.take(), loop: loop)
      swap(&request.fields, &head.fields)
      // Called through the stored optional, not a bound copy of it (see `hasRelayRouter`).
      if let relayHandler = relayRouter?.relay(&request, stream: relay) {
        relay.handler = relayHandler
        relays.insert(relay, for: stream.id)
        return
      }
      swap(&request.fields, &head.fields)
      head.encoding = request.encoding.take()
      head.acceptEncoding = request.acceptEncoding.take()
      head.authority = request.authority.take()
      method = request.method
    }
    // Counted from now: for a call a relay declined, a few microseconds after the relay's own.
    let deadline = timeout.map { ContinuousClock.now + $0 }
    head.makeMetadata(previous: &previousHead)
    if let name = head.encoding, name != "identity" {
      guard let algorithm = CompressionAlgorithm(name: name) else {
        var trailers = Metadata()
        trailers.addString(Self.acceptEncodingHeader, forKey: "grpc-accept-encoding")
        return stream.abort(RPCError(code: .unimplemented, message: "Compression '\(name)' is not supported.",
                                     metadata: trailers))
      }
      do {
        try stream.setRequestEncoding(algorithm)
      } catch {
        return stream.abort(RPCError(from: error))
      }
    }
    stream.responseEncoding = Self.responseEncoding(request: head.encoding, accepted: head.acceptEncoding)
    if draining {
      return stream.abort(RPCError(code: .unavailable, message: "The server is shutting down."))
    }
    // Bound branch by branch, not with `??`: the generic operator wrapped the closure in two reabstraction
    // thunks (two allocations per call).
    let handler: RPCRouter.Handler
    if let route {
      handler = route.handler
    } else if let fallback {
      handler = fallback
    } else {
      // Not reached: a call without a route was parsed above only when there is a fallback.
      return stream.abort(RPCError(code: .unimplemented, message: "Method not found: \(head.path)"))
    }
    let context = ServerContext(head: ServerCallHead(method: method, metadata: head.metadata, deadline: deadline,
                                                     peer: peer, authority: head.authority))
    if let deadline {
      // Strong, like the connection's timers: the stream cancels it when it ends or closes.
      stream.deadlineTimer = loop.schedule(at: deadline) { stream.deadlineExpired() }
    }
    stream.context = context
    stream.task = Task(executorPreference: loop) { await handler(stream, context) }
  }

  /// Starts a request served by an `HTTPStreamHandler`.
  private func startExchange(_ stream: ServerStream, head: RequestHead, handler: any HTTPStreamHandler, contentType: String) {
    guard !draining else { return rejectHTTP(stream, status: 503) }
    var headers = head.metadata
    if let value = head.timeout { headers.addString(value, forKey: "grpc-timeout") }
    if let value = head.encoding { headers.addString(value, forKey: "grpc-encoding") }
    if let value = head.acceptEncoding { headers.addString(value, forKey: "grpc-accept-encoding") }
    stream.carriesRawBody = true
    let exchange = HTTPExchange(
      request: HTTPRequestHead(method: head.method, path: head.path, contentType: contentType, headers: headers, peer: peer,
                               authority: head.authority, isSecure: tls != nil),
      stream: stream)
    stream.task = Task(executorPreference: loop) {
      await handler.handle(exchange)
      exchange.finish()
    }
  }

  /// The response encoding: the request's own when it is supported, else the first the client accepts.
  private static func responseEncoding(request: String?, accepted: String?) -> CompressionAlgorithm? {
    if let request, let algorithm = CompressionAlgorithm(name: request), algorithm != .identity { return algorithm }
    guard let accepted else { return nil }
    return AcceptEncoding(headerValue: accepted).algorithms.first { $0 != .identity }
  }

  /// Answers a request that is not gRPC with an HTTP status and a one-line text body that says why,
  /// so a client (or a conformance suite) sees a complete response.
  private func rejectHTTP(_ stream: ServerStream, status: Int) {
    let reason = switch status {
    case 405: "Method not allowed: gRPC calls are POST requests.\n"
    case 415: "Unsupported content type: this server speaks gRPC (application/grpc).\n"
    case 431: "Request header fields too large: the limit is \(limits.maxHeaderListBytes) bytes.\n"
    case 503: "The server is shutting down.\n"
    default: "HTTP \(status).\n"
    }
    stream.respondHTTP(status: status, text: reason)
    // Its client may still send (the request's END_STREAM, if it came with the headers, is taken after
    // this; such a stream is closed by then and forgotten).
    answeredUploads.answered(stream.id)
    scheduleFlush()
  }

  /// A request whose headers passed `maxHeaderListBytes`: gRPC clients get RESOURCE_EXHAUSTED as a
  /// Trailers-Only response they can read, other clients HTTP 431.
  private func rejectOversizedHeaders(_ stream: ServerStream, contentType: String?) {
    guard let contentType, GRPCContentType.isGRPC(contentType) else {
      return rejectHTTP(stream, status: 431)
    }
    stream.abort(RPCError(code: .resourceExhausted,
                          message: "Request metadata larger than \(limits.maxHeaderListBytes) bytes."))
  }

  // MARK: Data and stream ends

  override func sessionData(streamID: Int32, bytes: UnsafeRawBufferPointer) {
    if !relays.isEmpty, let relay = relays.find(streamID) { return relay._withUnsafeGuaranteedRef { $0.receivedData(bytes) } }
    if let stream = streams.find(streamID) {
      stream._withUnsafeGuaranteedRef { $0.receivedData(bytes) }
    } else {
      session.consume(streamID: streamID, count: bytes.count)
    }
  }

  override func sessionDataEndStream(streamID: Int32) {
    if !relays.isEmpty, let relay = relays.find(streamID) { return relay._withUnsafeGuaranteedRef { $0.receivedEnd() } }
    streams.find(streamID)?._withUnsafeGuaranteedRef { $0.receivedEnd() }
  }

  override func sessionStreamClosed(streamID: Int32, errorCode: UInt32) {
    if headersStreamID == streamID { headersStreamID = 0 }
    if collectingStreamID == streamID {
      collectingStreamID = 0
      collectingHead = RequestHead()
    }
    guard let stream = streams.remove(streamID) else { return }
    if !relays.isEmpty, let relay = relays.remove(streamID) {
      relay.streamClosed(errorCode: errorCode)
    } else {
      stream.streamClosed(errorCode: errorCode)
    }
    if !answeredUploads.isEmpty { answeredUploads.closed(streamID) }
    if draining && streams.isEmpty { scheduleFlush() }
    if streams.isEmpty { becameIdle() }
  }

  override func sessionReserveData(streamID: Int32, maxLength: Int) -> HTTP2Session.DataRead {
    if !relays.isEmpty, let relay = relays.find(streamID) { return relay._withUnsafeGuaranteedRef { $0.reserveData(max: maxLength) } }
    return streams.find(streamID)?._withUnsafeGuaranteedRef { $0.reserveData(max: maxLength) } ?? .deferred
  }

  override func sessionWriteData(streamID: Int32, count: Int, into chunks: inout OutboundChunks) -> Bool {
    if !relays.isEmpty, let relay = relays.find(streamID) {
      return relay._withUnsafeGuaranteedRef { $0.writeData(count: count, into: &chunks) }
    }
    return streams.find(streamID)?._withUnsafeGuaranteedRef { $0.writeData(count: count, into: &chunks) } ?? false
  }

  /// A response HEADERS frame (headers, Trailers-Only or trailers, such as metadata over 64 KiB) was
  /// dropped: reset the stream with INTERNAL_ERROR, so the client ends the call with INTERNAL instead
  /// of waiting for the end of a stream that never comes, and the handler is cancelled if it still runs.
  override func sessionHeadersNotSent(streamID: Int32, errorCode: Int32) {
    guard streams.contains(streamID) else { return }
    session.submitReset(streamID: streamID, errorCode: HTTP2Session.internalError)
    scheduleFlush()
  }

  // MARK: Shutdown

  /// Starts a graceful drain: a GOAWAY notice now, the final GOAWAY after a round trip; calls in
  /// flight finish, new ones are refused; the connection closes when the last call ends.
  func drain() {
    loop.assertInLoop()
    guard !draining, !isClosed else { return }
    draining = true
    session.submitShutdownNotice()
    scheduleFlush()
    drainTimer = loop.schedule(at: .now + .milliseconds(100)) { [self] in
      self.drainTimer = nil
      guard !self.isClosed else { return }
      self.session.submitGoAway(errorCode: 0)
      self.closeWhenIdle = true
      self.scheduleFlush()
    }
  }

  override var canCloseWhenIdle: Bool { streams.isEmpty }

  /// Closes the connection, and hands its socket to a `LingeringSocket` (`ServerLimits.lingeringCloseLimit`)
  /// unless it is to close at once: the base class closes its descriptor, so a duplicate keeps the socket
  /// for the lingering. A socket whose peer already closed it closes at once there.
  override func close(reason: String) {
    guard !isClosed else { return }
    let kept = closesAtOnce ? nil : SystemCall.duplicate(fd)
    super.close(reason: reason)
    if let kept {
      LingeringSocket.linger(kept, on: loop, quietPeriod: limits.lingeringCloseQuietPeriod, limit: limits.lingeringCloseLimit)
    }
  }

  /// Closes without lingering (the server's shutdown grace period is over, or the loop stops).
  func closeAtOnce(reason: String) {
    closesAtOnce = true
    close(reason: reason)
  }

  override func loopStopping() { closeAtOnce(reason: "the event loop stopped") }

  override func connectionClosed(reason: String) {
    headersStreamID = 0
    for timer in [handshakeTimer, headerTimer, idleTimer, ageTimer, drainTimer, graceTimer].compactMap({ $0 }) {
      loop.cancelTimer(timer)
    }
    handshakeTimer = nil
    headerTimer = nil
    idleTimer = nil
    ageTimer = nil
    drainTimer = nil
    graceTimer = nil
    let open = streams.removeAll()
    var openRelays: [Int32: ServerRelayStream] = [:]
    for (id, relay) in relays.removeAll() { openRelays[id] = relay }
    for (id, stream) in open {
      if let relay = openRelays[id] { relay.streamClosed(errorCode: 0x8) } else { stream.streamClosed(errorCode: 0x8) }
    }
    if let timer = budgetTimer { loop.cancelTimer(timer) }
    budgetTimer = nil
    streamsToReset = []
    if let timer = answeredUploadTimer { loop.cancelTimer(timer) }
    answeredUploadTimer = nil
    answeredUploads.removeAll()
    // Whatever is left (streams whose tasks still run hold nothing now) leaves the server's count.
    budget.add(-bufferedBytes)
    bufferedBytes = 0
    // A connection that held many megabytes leaves freed heap the allocator keeps; give it back, now and
    // once more when the closed streams' tasks (on this loop) have let go of their buffers.
    if peakBufferedBytes > 4 << 20 {
      FreedMemoryRelease.releaseOnThisThread()
      _ = loop.schedule(at: .now + .milliseconds(250)) { FreedMemoryRelease.releaseOnThisThread() }
    }
    onClose(self)
  }
}
