import MeshCore
import MeshLogging
import MeshTransport

/// One native gRPC call relayed as bytes (see `GatewayRelayRouter`): the client's DATA goes upstream as
/// it arrives and the upstream's headers, DATA and trailers come back the same way, on the connection's
/// loop, driven by the two streams' callbacks. No message is deframed: the 5-byte prefixes are read as
/// the bytes pass, for the size limits and the byte counts.
///
/// Flow control: window for the client's bytes is granted once the upstream stream has room for them,
/// and window for the upstream's once the client's stream has, so what the gateway holds per call is
/// bounded by the streams' high-water marks whatever the two peers' speeds.
/// A stream the upstream refused (REFUSED_STREAM, or past a GOAWAY's last id) before it answered is sent
/// again to another endpoint, within the cluster's retry budget, while the request bytes are still held
/// (up to `retryHoldLimit`).
///
/// Its state is unchecked for exclusivity (as the relay streams' is): each checked access began and ended
/// a dynamic check (~70 instructions), some 19 per relayed call. Every access is on the connection's loop
/// (the streams' callbacks, the loop's deadline watch), and the accesses that last across a call edit value
/// types only (`head.fields`, the scanners, whose closures touch locals, `held`, `line`) or read (`head` lent
/// to `openRelayAttempt` inout, the observer's record), never with a write of the same property inside; calls
/// into the streams and the cluster happen with no access open (`attempt?.stream` is copied out first), but
/// for `openRelayAttempt`, which opens the stream and calls back nothing (its events come from the loop later).
final class RelayedCall: ServerRelayHandler, ClientRelayHandler, DeadlineWatched {
  /// Request bytes held for a retry of a refused stream; past it, no retry.
  static let retryHoldLimit = 64 << 10
  private let client: ServerRelayStream
  /// What the call keeps of its request besides its head (moved out of it: `RelayedRequest`); read in
  /// `start()` only: it holds a `ContinuousClock.Instant` (a resilient type), so every read of a part of it
  /// copied that instant through its value witnesses (~170 instructions, four times per call).
  private let request: RelayedRequest
  /// The loop the call's streams live on (the request's, kept apart for the reason above).
  private let loop: EventLoop
  /// The call's head as the filters and interceptors left it: its fields go upstream, its response fields
  /// back to the client with the upstream's headers.
  @exclusivity(unchecked) private var head: RelayHead
  /// The call's route, read where it lies (a copy of it per call retained each of its strings).
  private let route: RouteEntry
  private let cluster: UpstreamCluster
  /// The observer (metrics), the access log and the body limit, shared by the listener's relayed calls.
  private let settings: Settings
  /// The access log line, gathered as the call runs; nil without an access log.
  @exclusivity(unchecked) private var line: RelayAccessLine?
  /// When the router took the call (`RelayClock`; it is read as few times as it can be per call: three).
  private let started: Int64
  @exclusivity(unchecked) private var upstreamStarted: Int64

  @exclusivity(unchecked) private var attempt: UpstreamCluster.RelayAttempt?
  /// Endpoints whose stream refused the call, for a retry to avoid (filled only then: a set per call cost an
  /// allocation on every relayed call).
  @exclusivity(unchecked) private var tried: Set<Int> = []
  /// The request bytes sent so far, while a refused stream may still be sent again.
  @exclusivity(unchecked) private var held: HeldRequestBytes? = HeldRequestBytes()
  @exclusivity(unchecked) private var requestScanner = GRPCPrefixScanner()
  @exclusivity(unchecked) private var responseScanner = GRPCPrefixScanner()
  /// Window withheld from the client until the upstream stream has room, and the reverse.
  @exclusivity(unchecked) private var clientWindowOwed = 0
  @exclusivity(unchecked) private var upstreamWindowOwed = 0
  @exclusivity(unchecked) private var requestEnded = false
  @exclusivity(unchecked) private var responseStarted = false
  /// The status the client's call ended with, once it has.
  @exclusivity(unchecked) private var ended: Status.Code?
  /// Where the loop keeps the call's deadline while it watches it (`EventLoop.watchDeadline`).
  @exclusivity(unchecked) var deadlineSlot: Int?
  /// The upstream call's timeout from `upstreamStarted` (the client's deadline, less nothing: counted from
  /// the gateway's clock): what is left of it is a retry's timeout. The loop watches the deadline as a
  /// `ContinuousClock` instant; held as a `Duration`, copies of it cost nothing.
  @exclusivity(unchecked) private var timeout: Duration?

  init(stream: ServerRelayStream, request: consuming RelayedRequest, head: consuming RelayHead, sentRequestID: String?,
       route: RouteEntry, cluster: UpstreamCluster, settings: Settings, started: Int64) {
    // The line first, from the parameters as lent; then each parameter moves into its property at its last
    // use (a property set before the line was read from copied the head and the route: a retain of each of
    // their strings per call).
    if settings.accessLog != nil {
      // Made in place (an optional local edited, then stored, was copied: a retain of each of the line's
      // strings per call). The route is not copied into it: its text is written from `route` at the end.
      line = RelayAccessLine(path: head.method.path, peer: head.peer, sentRequestID: sentRequestID)
    } else {
      line = nil
    }
    client = stream
    self.head = head
    self.cluster = cluster
    self.settings = settings
    self.route = route
    loop = request.loop
    self.request = request
    self.started = started
    upstreamStarted = started
  }

  /// A call the relay router ended before it went upstream (a filter's answer, an interceptor's refusal):
  /// the status goes back, the access log has its line, and the handler takes the stream's last events.
  static func ended(_ stream: ServerRelayStream, status: Status, trailers: Metadata, head: RelayHead,
                    sentRequestID: String?, started: Int64, accessLog: AccessLog?) -> any ServerRelayHandler {
    stream.finish(status: status, trailers: trailers)
    if let accessLog {
      var line = RelayAccessLine(path: head.method.path, peer: head.peer, sentRequestID: sentRequestID)
      line.complete(code: status.code, bytes: (0, 0), upstreamDuration: nil)
      line.write(to: accessLog, fields: head.fields, duration: RelayClock.duration(from: started, to: RelayClock.now()))
    }
    return Drain(stream: stream)
  }

  /// Opens the upstream attempt: the deadline less what the gateway spent, the client's encodings (its
  /// bytes go on as they are), the fields the filters and interceptors left, less what must not cross.
  func start() {
    cluster.relayedCallStarted()
    let now = RelayClock.now()
    // The shorter of the route's timeout and the client's (counted from now: the call began microseconds ago);
    // both `Duration`s, so no `ContinuousClock.Instant?` is copied (a resilient type, each copy through the
    // runtime's value witnesses).
    var timeout = route.route.timeout
    if let clientTimeout = request.timeout {
      guard clientTimeout > .zero else {
        return end(RPCError(code: .deadlineExceeded, message: "Deadline exceeded."), upstreamTold: true)
      }
      if let routeTimeout = timeout, routeTimeout <= clientTimeout {} else { timeout = clientTimeout }
    }
    if let timeout {
      // Watched, not scheduled: a call that ends in time (nearly all) leaves no timer to cancel. The
      // continuous clock only for a deadline: the loop watches its instants.
      self.timeout = timeout
      loop.watchDeadline(self, until: ContinuousClock.now + timeout)
    }
    // Edited in place: hop-by-hop and reserved fields dropped (the client's `user-agent` among them),
    // the client's encodings and the gateway's user agent added.
    head.fields.removeAll(where: ForwardedMetadata.dropped)
    if let encoding = request.encoding { head.fields.append("grpc-encoding", encoding) }
    if let accepted = request.acceptEncoding { head.fields.append("grpc-accept-encoding", accepted) }
    head.fields.append(literal: "user-agent", "grpc-swift-mesh/0.1")
    upstreamStarted = now
    open(isRetry: false, timeout: timeout)
  }

  /// Opens an attempt with `timeout` (the first one: the call's; a retry: what is left of the deadline).
  private func open(isRetry: Bool, timeout: Duration?) {
    // The head lent inout: passed as its path and fields, read from the property, each was copied (a retain
    // of the path and of the fields' two arrays, and their releases) per call.
    switch cluster.openRelayAttempt(head: &head, timeout: timeout, handler: self, tried: tried, isRetry: isRetry,
                                    route: route.route.name, loop: loop) {
    case .success(let opened):
      attempt = opened
      line?.endpointUsed(cluster.accessLineText(ofEndpoint: opened.endpoint))
    case .failure(let error):
      end(error, upstreamTold: true)
    }
  }

  // MARK: Client → upstream

  func clientData(_ bytes: UnsafeRawBufferPointer) {
    guard ended == nil, let upstream = attempt?.stream else { return client.consume(bytes.count) }
    let messageLimit = client.maxRequestMessageBytes, bodyLimit = settings.maxBodyBytes
    var failure: RPCError?
    var seen = requestScanner.payloadBytes
    _ = requestScanner.scan(bytes) { length in
      seen += length
      if length > messageLimit {
        failure = RPCError(code: .resourceExhausted,
                           message: "Request message of \(length) bytes exceeds the limit of \(messageLimit).")
      } else if seen > bodyLimit {
        failure = MeteredEdgeExchange.tooLarge(bodyLimit)
      }
      return failure == nil
    }
    if let failure {
      client.consume(bytes.count)
      return end(failure, upstreamTold: false)
    }
    if let count = held?.count {
      if count + bytes.count <= Self.retryHoldLimit { held?.append(bytes) } else { held = nil }
    }
    upstream.send(bytes)
    if upstream.canSend { client.consume(bytes.count) } else { clientWindowOwed += bytes.count }
  }

  func clientEnded() {
    requestEnded = true
    attempt?.stream.closeSending()
  }

  func upstreamWritable() {
    let owed = clientWindowOwed
    clientWindowOwed = 0
    client.consume(owed)
  }

  func clientClosed(errorCode: UInt32) {
    // After the response's end this is the stream's normal close; before it, the client went away.
    guard ended == nil else { return }
    end(RPCError(code: .cancelled, message: "The client cancelled the call."), upstreamTold: false)
  }

  // MARK: Upstream → client

  func upstreamHeaders(_ fields: RawHeaderFields, endStream: Bool) {
    guard ended == nil else { return }
    responseStarted = true
    held = nil
    // Read from the bytes once; the fields themselves go on as bytes (no String per field).
    let httpStatus = fields.integer(named: ":status") ?? 0
    guard httpStatus == 200 else {
      return end(RPCError(code: Status.Code(httpStatus: httpStatus), message: "Upstream answered HTTP \(httpStatus)."),
                 upstreamTold: endStream)
    }
    if endStream {
      // Trailers-Only: the status and the headers in one block, passed on as one.
      let code = Self.statusCode(in: fields)
      finishCall(code: code)
      client.finish(relayingTrailers: fields, adding: head.responseFields)
      releaseUpstreamIfStillSending(code: code)
    } else {
      client.sendHeaders(relaying: fields, adding: head.responseFields)
    }
  }

  func upstreamData(_ bytes: UnsafeRawBufferPointer) {
    guard ended == nil else {
      attempt?.stream.consume(bytes.count)
      return
    }
    _ = responseScanner.scan(bytes) { _ in true }
    client.send(bytes)
    if client.canSend { attempt?.stream.consume(bytes.count) } else { upstreamWindowOwed += bytes.count }
  }

  func clientWritable() {
    let owed = upstreamWindowOwed
    upstreamWindowOwed = 0
    attempt?.stream.consume(owed)
  }

  func upstreamTrailers(_ fields: RawHeaderFields) {
    guard ended == nil else { return }
    let code = Self.statusCode(in: fields)
    finishCall(code: code)
    client.finish(relayingTrailers: fields)
    releaseUpstreamIfStillSending(code: code)
  }

  /// The upstream ended the call while the client still sends: the attempt is dropped, since the client's
  /// stream, ended now, passes on no more of it. The relay stream already reset its side with NO_ERROR
  /// (RFC 9113 8.1, as gRPC's clients do) when the response ended; `cancel()` only lets its handler go.
  private func releaseUpstreamIfStillSending(code: Status.Code) {
    guard !requestEnded, let current = takeAttempt() else { return }
    current.stream.cancel()
    cluster.attemptEnded(current.endpoint, code: code, isRetry: current.isRetry)
  }

  /// The current attempt, dropped from the call, with the window owed for its response bytes granted: those
  /// bytes were received on the upstream connection, and window never given back for them would shrink that
  /// shared connection's window for good (after enough ended calls, every call on it stalls).
  private func takeAttempt() -> UpstreamCluster.RelayAttempt? {
    guard let current = attempt else { return nil }
    attempt = nil
    let owed = upstreamWindowOwed
    upstreamWindowOwed = 0
    current.stream.consume(owed)
    return current
  }

  func upstreamClosed(errorCode: UInt32, refused: Bool) {
    guard let current = takeAttempt() else { return }
    let code: Status.Code = ended ?? Self.resetCode(errorCode)
    cluster.attemptEnded(current.endpoint, code: code, isRetry: current.isRetry)
    guard ended == nil else { return }
    // Refused before anything came back, with the request still held: another endpoint may take it.
    if refused, !responseStarted, let bytes = held, cluster.retryAllowed(countRefusal: true) {
      tried.insert(current.endpoint)
      // A retry carries what is left of the deadline.
      open(isRetry: true, timeout: timeout.map { [upstreamStarted] timeout in
        max(timeout - RelayClock.duration(from: upstreamStarted, to: RelayClock.now()), .nanoseconds(1))
      })
      guard let upstream = attempt?.stream else { return }
      bytes.withBytes { if !$0.isEmpty { upstream.send($0) } }
      if requestEnded { upstream.closeSending() }
      // Window owed to the client waited for the refused stream's room: the new one may have it now.
      if upstream.canSend { upstreamWritable() }
      return
    }
    end(RPCError(code: code, message: "Upstream stream closed: HTTP/2 error \(errorCode)."), upstreamTold: true)
  }

  // MARK: The end

  func deadlinePassed() {
    end(RPCError(code: .deadlineExceeded, message: "Deadline exceeded."), upstreamTold: false)
  }

  /// Ends the call with the relay's own status: to the client (unless it is gone), upstream (a reset).
  private func end(_ error: RPCError, upstreamTold: Bool) {
    guard ended == nil else { return }
    if !upstreamTold, let current = takeAttempt() {
      current.stream.cancel()
      cluster.attemptEnded(current.endpoint, code: .cancelled, isRetry: current.isRetry)
    }
    finishCall(code: error.code)
    client.finish(status: error.status, trailers: error.metadata)
  }

  /// Records the call's end, once: the cluster's counts, the observers (metrics), the access log line.
  private func finishCall(code: Status.Code) {
    guard ended == nil else { return }
    ended = code
    // The request's fields are read last by the observer's record and the access line below; then their
    // storage goes back to the client's connection for its next request (two allocations per call less).
    defer { client.recycle(requestFields: &head.fields) }
    held = nil
    // Request bytes the client sent that waited for the upstream's room are not going anywhere now: their
    // window goes back to the client's connection, shared with its other calls.
    let owed = clientWindowOwed
    clientWindowOwed = 0
    client.consume(owed)
    if deadlineSlot != nil { loop.unwatchDeadline(self) }
    cluster.callEnded(ok: code == .ok)
    guard settings.hasObserver || line != nil else { return }
    let now = RelayClock.now()
    // Each once, from `Int64` readings: a `Duration` is copied as two words.
    let upstreamDuration = RelayClock.duration(from: upstreamStarted, to: now)
    let duration = RelayClock.duration(from: started, to: now)
    // The record only for an observer that reads it (the metrics do not), and its ids as text only for one
    // that reads them. Called through the optional where it lies: binding it copied the existential (a
    // retain of its box) per call.
    if settings.hasObserver {
      settings.observer?.relayedCallEnded(route: route.route.name, cluster: route.route.cluster, status: code,
                                          upstreamDuration: upstreamDuration) {
        let identified = settings.observerReadsIdentifiers
        return UpstreamCallRecord(
          method: head.method, route: route.route.name, cluster: route.route.cluster, status: code,
          requestBytes: requestScanner.payloadBytes, responseBytes: responseScanner.payloadBytes, duration: duration,
          upstreamDuration: upstreamDuration, peer: head.peer,
          requestID: identified ? head.fields.string(named: RequestIDFilter.header) : nil,
          traceParent: identified ? head.fields.string(named: TraceParent.headerName) : nil)
      }
    }
    if let accessLog = settings.accessLog, var line = line.take() {
      // Moved out (the call ends once), completed in place: a copy retained each of its strings (as did
      // completing and writing it through the optional property). The ids go into the line as the fields
      // hold them: no `String` per call.
      line.complete(code: code, bytes: (requestScanner.payloadBytes, responseScanner.payloadBytes),
                    upstreamDuration: upstreamDuration)
      line.write(to: accessLog, fields: head.fields, duration: duration, route: route)
    }
  }

  /// `grpc-status` of a trailer block; UNKNOWN when it has none (as gRPC's clients read it).
  private static func statusCode(in fields: RawHeaderFields) -> Status.Code {
    guard let raw = fields.integer(named: "grpc-status"), (0...16).contains(raw) else {
      return .unknown
    }
    return Status.Code(rawValue: raw)
  }

  /// The status of a stream reset without trailers, as the transport's client reads it.
  private static func resetCode(_ errorCode: UInt32) -> Status.Code {
    switch errorCode {
    case 0x8: .cancelled
    case 0x7, 0x2: .unavailable
    case 0xb: .resourceExhausted
    default: .internal
    }
  }

  /// The handler of a stream the relay has answered already: what still arrives is granted and dropped.
  private final class Drain: ServerRelayHandler {
    let stream: ServerRelayStream
    init(stream: ServerRelayStream) { self.stream = stream }
    func clientData(_ bytes: UnsafeRawBufferPointer) { stream.consume(bytes.count) }
    func clientEnded() {}
    func clientClosed(errorCode: UInt32) {}
    func clientWritable() {}
  }
}
