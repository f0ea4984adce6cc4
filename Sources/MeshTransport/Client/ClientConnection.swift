public import MeshCore
internal import CNGHTTP2
import Synchronization

/// The client side of one HTTP/2 connection: opens streams for calls, sends keepalive pings, and tells
/// its subchannel when it can no longer take calls. Loop-confined.
final class ClientConnection: HTTP2Connection {
  let authority: String
  let scheme: String
  /// A relayed request's fields that are the same on every call of this connection, laid out once: those
  /// before `:path` (`:method`, `:scheme`) and after it (`:authority`, `content-type`, `te`). Added field by
  /// field, they took 15 of `ClientRelayStream.start`'s 27 byte-array appends per call.
  /// Freed by `deinit`: every relay stream holds the connection.
  let relayRequestLead: FixedHeaderFields
  let relayRequestTail: FixedHeaderFields
  let maxHeaderListBytes = 64 << 10
  let streamBufferHighWater = 256 << 10
  let streamBufferLowWater = 64 << 10
  private let keepalive: Keepalive?
  /// The calls open on this connection.
  ///
  /// Unchecked exclusivity (here and on `relays`, `headersRelay` and `headersRelayID`): each access began
  /// and ended a dynamic check (~70 instructions), some 9 per relayed call, in the session's callbacks
  /// (`sessionBeginHeaders`, `sessionHeadersComplete`, `sessionReadData`, `sessionData`,
  /// `sessionStreamClosed`) and `register`. Every access is on the connection's loop thread (streams open
  /// and register there, the session calls back there, `close` asserts it; these are private, so nothing
  /// else reaches them), and each ends before any call out: the dictionary's and the table's methods touch
  /// their own storage only, and a stream is called after its lookup or removal returned, so a stream that
  /// calls back into the connection (a retry opening a new stream from its end observer) finds no access
  /// open. `goingAway` stays checked: `isUsable` reads it from the channel.
  @exclusivity(unchecked) private var streams: [Int32: ClientStream] = [:]
  /// Calls relayed as bytes (a gateway's passthrough).
  @exclusivity(unchecked) private var relays = StreamTable<ClientRelayStream>()
  /// The relayed call whose header block is being received (its stream id in `headersRelayID`), found
  /// once per block rather than per field (a lookup and a retain each). Unretained: `relays` holds it,
  /// and its stream's close clears this first.
  @exclusivity(unchecked) private var headersRelay: Unmanaged<ClientRelayStream>?
  @exclusivity(unchecked) private var headersRelayID: Int32 = 0
  private var pingTimeout: TimerQueue.ID?
  private var pinger: KeepalivePinger
  /// Keepalive PINGs the server acknowledged; any thread (tests wait on it instead of on the clock).
  private let pingsAcknowledged = Atomic<Int>(0)
  /// Set when the server sent GOAWAY: calls in flight go on, new ones go to another connection.
  private(set) var goingAway = false
  /// Called once when the connection stops taking new calls (GOAWAY or closed).
  var onUnusable: ((ClientConnection) -> Void)?
  /// Called once, on the loop, when the server's first SETTINGS frame arrives: it speaks HTTP/2 and is
  /// serving (a TCP connect alone can be completed by a dying server's listen queue).
  var onServerSettings: (() -> Void)?
  /// Calls picked for this connection and not yet ended; read from any thread by least-request balancing.
  private let inFlight = Atomic<Int>(0)

  init(loop: EventLoop, fd: Int32, peer: String, authority: String, keepalive: Keepalive?, tls: TLSEngine?) {
    self.authority = authority
    self.scheme = tls == nil ? "http" : "https"
    var lead = HeaderBlock(capacity: 32, fields: 2)
    lead.add(":method", literal: "POST")
    lead.add(":scheme", value: scheme)
    relayRequestLead = FixedHeaderFields(lead)
    var tail = HeaderBlock(capacity: 64 + authority.utf8.count, fields: 3)
    tail.add(":authority", value: authority)
    tail.add("content-type", literal: "application/grpc")
    tail.add("te", literal: "trailers")
    relayRequestTail = FixedHeaderFields(tail)
    self.keepalive = keepalive
    pinger = KeepalivePinger(permitWithoutCalls: keepalive?.permitWithoutCalls ?? false)
    super.init(loop: loop, fd: fd, peer: peer, isServer: false, tls: tls)
    submitInitialSettings([
      (Int32(NGHTTP2_SETTINGS_ENABLE_PUSH.rawValue), 0),
      (Int32(NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE.rawValue), UInt32(1 << 20)),
      (Int32(NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE.rawValue), UInt32(maxHeaderListBytes)),
    ], connectionWindow: 8 << 20)
  }

  deinit {
    relayRequestLead.deallocate()
    relayRequestTail.deallocate()
  }

  override func start() {
    super.start()
    scheduleKeepalive()
  }

  /// Calls in flight, as least-request balancing sees them; any thread.
  var callsInFlight: Int { max(0, inFlight.load(ordering: .relaxed)) }

  /// Counts a call the channel picked this connection for; any thread.
  func callStarted() { inFlight.add(1, ordering: .relaxed) }

  /// Counts the end of such a call; any thread.
  func callEnded() { inFlight.subtract(1, ordering: .relaxed) }

  /// Whether a new call may use this connection.
  var isUsable: Bool { !goingAway && !isClosed }

  /// Opens a stream for a call; loop thread.
  func openStream(method: MethodDescriptor, metadata: Metadata, options: CallOptions) -> ClientStream {
    let stream = ClientStream(connection: self, options: options)
    stream.start(method: method, metadata: metadata, authority: authority, scheme: scheme)
    return stream
  }

  func register(_ stream: ClientStream) { streams[stream.id] = stream }

  func register(_ stream: ClientRelayStream) { relays.insert(stream, for: stream.id) }

  /// Whether no call of either kind is open.
  private var hasNoStreams: Bool { streams.isEmpty && relays.isEmpty }

  // MARK: Session events

  override func sessionBeginHeaders(streamID: Int32, category: HTTP2Session.HeadersCategory) {
    // A header block's fields arrive together (CONTINUATION frames cannot interleave).
    if !relays.isEmpty, let relay = relays.find(streamID) {
      headersRelay = relay
      headersRelayID = streamID
    } else {
      headersRelay = nil
    }
  }

  override func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    if let relay = headersRelay, headersRelayID == streamID {
      return relay._withUnsafeGuaranteedRef { $0.headerField(name: name, value: value) }
    }
    if !relays.isEmpty, let relay = relays.find(streamID) {
      return relay._withUnsafeGuaranteedRef { $0.headerField(name: name, value: value) }
    }
    return streams[streamID]?.headerField(name: name, value: value) ?? true
  }

  override func sessionHeadersComplete(streamID: Int32, category: HTTP2Session.HeadersCategory, endStream: Bool) {
    headersRelay = nil
    if !relays.isEmpty, let relay = relays.find(streamID) {
      return relay._withUnsafeGuaranteedRef { $0.headersComplete(endStream: endStream) }
    }
    streams[streamID]?.headersComplete(endStream: endStream)
  }

  override func sessionData(streamID: Int32, bytes: UnsafeRawBufferPointer) {
    if !relays.isEmpty, let relay = relays.find(streamID) { return relay._withUnsafeGuaranteedRef { $0.receivedData(bytes) } }
    if let stream = streams[streamID] {
      stream.receivedData(bytes)
    } else {
      session.consume(streamID: streamID, count: bytes.count)
    }
  }

  override func sessionStreamClosed(streamID: Int32, errorCode: UInt32) {
    if headersRelayID == streamID { headersRelay = nil }
    if !relays.isEmpty, let relay = relays.remove(streamID) {
      relay.streamClosed(errorCode: errorCode)
    } else {
      streams.removeValue(forKey: streamID)?.streamClosed(errorCode: errorCode)
    }
    if goingAway && hasNoStreams { closeWhenIdle = true; scheduleFlush() }
  }

  override func sessionReadData(streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    if !relays.isEmpty, let relay = relays.find(streamID) { return relay._withUnsafeGuaranteedRef { $0.readData(into: buffer) } }
    return streams[streamID]?.readData(into: buffer) ?? .deferred
  }

  /// The request headers were dropped (a header block over nghttp2's 64 KiB): the call fails now.
  override func sessionHeadersNotSent(streamID: Int32, errorCode: Int32) {
    if !relays.isEmpty, relays.contains(streamID) {
      // nghttp2 closes the stream next; the relay hears of it then.
      return
    }
    streams[streamID]?.requestHeadersNotSent(reason: HTTP2Session.Failure(code: errorCode).description)
  }

  override func sessionGoAway(lastStreamID: Int32, errorCode: UInt32) {
    guard !goingAway else { return }
    goingAway = true
    onUnusable?(self)
    onUnusable = nil
    if hasNoStreams { closeWhenIdle = true }
  }

  override var canCloseWhenIdle: Bool { hasNoStreams }

  override func connectionClosed(reason: String) {
    if let timer = pingTimeout { loop.cancelTimer(timer) }
    let open = streams
    streams.removeAll()
    for stream in open.values { stream.connectionClosed(reason: reason) }
    headersRelay = nil
    for (_, relay) in relays.removeAll() { relay.connectionClosed() }
    onUnusable?(self)
    onUnusable = nil
  }

  // MARK: Keepalive

  private func scheduleKeepalive() {
    guard let keepalive else { return }
    loop.schedule(at: .now + keepalive.interval) { [weak self] in
      guard let self, !self.isClosed else { return }
      if self.pinger.tick(hasOpenCalls: !self.hasNoStreams) {
        self.session.submitPing()
        self.scheduleFlush()
        self.pingTimeout = self.loop.schedule(at: .now + keepalive.timeout) { [weak self] in
          self?.close(reason: "no keepalive acknowledgement within \(keepalive.timeout)")
        }
      }
      self.scheduleKeepalive()
    }
  }

  override func sessionSettingsReceived() {
    guard let onServerSettings else { return }
    self.onServerSettings = nil
    onServerSettings()
  }

  override func sessionPingAcknowledged() {
    guard pinger.acknowledgementReceived() else { return }
    pingsAcknowledged.add(1, ordering: .relaxed)
    if let timer = pingTimeout {
      loop.cancelTimer(timer)
      pingTimeout = nil
    }
  }

  /// Keepalive PINGs the server acknowledged on this connection; any thread.
  var keepaliveAcknowledgements: Int { pingsAcknowledged.load(ordering: .relaxed) }
}

/// Client keepalive: PING every `interval`, and close the connection when no ACK comes in `timeout`.
public struct Keepalive: Sendable {
  /// Time between pings.
  public var interval: Duration
  /// How long to wait for the acknowledgement.
  public var timeout: Duration
  /// Whether to ping when no call is open.
  public var permitWithoutCalls: Bool

  /// Creates a keepalive policy.
  /// - Parameters:
  ///   - interval: time between pings.
  ///   - timeout: how long to wait for the acknowledgement.
  ///   - permitWithoutCalls: whether to ping with no call open.
  public init(interval: Duration, timeout: Duration = .seconds(20), permitWithoutCalls: Bool = false) {
    self.interval = interval
    self.timeout = timeout
    self.permitWithoutCalls = permitWithoutCalls
  }
}
