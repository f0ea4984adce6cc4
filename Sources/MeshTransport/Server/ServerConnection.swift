public import MeshCore
internal import CNGHTTP2

/// The server side of one HTTP/2 connection: validates requests, routes them to handlers, and drains
/// gracefully on shutdown. Loop-confined.
final class ServerConnection: HTTP2Connection {
  static let acceptEncodingHeader = CompressionAlgorithm.supported.map(\.name).joined(separator: ",")

  let router: RPCRouter
  let limits: ServerLimits
  private let onClose: (ServerConnection) -> Void
  private var streams: [Int32: ServerStream] = [:]
  private(set) var draining = false
  /// The stream whose header block is being received.
  private var headersStream: ServerStream?
  /// The `:path` of the previous request, so repeated calls of one method share its string.
  private var lastPath = ""

  init(loop: EventLoop, fd: Int32, peer: String, router: RPCRouter, limits: ServerLimits, tls: TLSEngine?,
       onClose: @escaping (ServerConnection) -> Void) {
    self.router = router
    self.limits = limits
    self.onClose = onClose
    super.init(loop: loop, fd: fd, peer: peer, isServer: true, tls: tls)
    session.submitSettings([
      (Int32(NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS.rawValue), UInt32(limits.maxConcurrentStreams)),
      (Int32(NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE.rawValue), UInt32(limits.initialStreamWindow)),
      (Int32(NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE.rawValue), UInt32(limits.maxHeaderListBytes)),
    ])
    session.setConnectionWindow(Int32(limits.connectionWindow))
  }

  // MARK: Requests

  override func sessionBeginHeaders(streamID: Int32, category: HTTP2Session.HeadersCategory) {
    if category == .request {
      let stream = ServerStream(id: streamID, connection: self)
      streams[streamID] = stream
      headersStream = stream
    } else {
      headersStream = streams[streamID]
    }
  }

  override func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    // A header block's fields arrive together (CONTINUATION frames cannot interleave), so the stream
    // found when it began serves them all without a lookup per field.
    let current = headersStream?.id == streamID ? headersStream : streams[streamID]
    guard let stream = current else { return true }
    // Trailers from a client carry nothing gRPC uses; only the request headers are kept.
    guard stream.task == nil, !stream.finished else { return true }
    return stream.head.add(name: name, value: value, limit: limits.maxHeaderListBytes, lastPath: &lastPath)
  }

  override func sessionHeadersComplete(streamID: Int32, category: HTTP2Session.HeadersCategory, endStream: Bool) {
    headersStream = nil
    guard let stream = streams[streamID] else { return }
    if category == .request { startCall(stream) }
    if endStream { stream.receivedEnd() }
  }

  private func startCall(_ stream: ServerStream) {
    let head = stream.head
    guard head.method == "POST" else { return rejectHTTP(stream, status: 405) }
    guard let contentType = head.contentType, GRPCContentType.isGRPC(contentType) else {
      return rejectHTTP(stream, status: 415)
    }
    guard let route = router.route(forPath: head.path) else {
      let service = MethodDescriptor(path: head.path)?.service
      let known = service.map { router.services.contains($0) } ?? false
      return stream.abort(RPCError(code: .unimplemented, message: known
        ? "Method not found: \(head.path)" : "Service not found: \(service ?? head.path)"))
    }
    if let name = head.invalidBinaryHeader {
      return stream.abort(RPCError(code: .internal, message: "Metadata '\(name)' is not valid base64."))
    }
    var deadline: ContinuousClock.Instant?
    if let text = head.timeout {
      guard let timeout = GRPCTimeout(headerValue: text) else {
        return stream.abort(RPCError(code: .internal, message: "Malformed grpc-timeout '\(text)'."))
      }
      deadline = .now + timeout.duration
    }
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
    let handler = route.handler
    let context = ServerContext(head: ServerCallHead(method: route.method, metadata: head.metadata, deadline: deadline, peer: peer))
    if let deadline {
      stream.deadlineTimer = loop.schedule(at: deadline) { [weak stream] in
        stream?.abort(RPCError(code: .deadlineExceeded, message: "Deadline exceeded."))
      }
    }
    stream.context = context
    stream.task = Task(executorPreference: loop) { await handler(stream, context) }
  }

  /// The response encoding: the request's own when it is supported, else the first the client accepts.
  private static func responseEncoding(request: String?, accepted: String?) -> CompressionAlgorithm? {
    if let request, let algorithm = CompressionAlgorithm(name: request), algorithm != .identity { return algorithm }
    guard let accepted else { return nil }
    return AcceptEncoding(headerValue: accepted).algorithms.first { $0 != .identity }
  }

  /// Answers a request that is not gRPC with a bare HTTP status.
  private func rejectHTTP(_ stream: ServerStream, status: Int) {
    var block = HeaderBlock()
    block.add(":status", String(status))
    stream.markFinished()
    session.submitResponse(streamID: stream.id, headers: block, hasData: false)
    scheduleFlush()
  }

  // MARK: Data and stream ends

  override func sessionData(streamID: Int32, bytes: UnsafeRawBufferPointer) {
    if let stream = streams[streamID] {
      stream.receivedData(bytes)
    } else {
      session.consume(streamID: streamID, count: bytes.count)
    }
  }

  override func sessionDataEndStream(streamID: Int32) { streams[streamID]?.receivedEnd() }

  override func sessionStreamClosed(streamID: Int32, errorCode: UInt32) {
    if headersStream?.id == streamID { headersStream = nil }
    guard let stream = streams.removeValue(forKey: streamID) else { return }
    stream.streamClosed(errorCode: errorCode)
    if draining && streams.isEmpty { scheduleFlush() }
  }

  override func sessionReadData(streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    streams[streamID]?.readData(into: buffer) ?? .deferred
  }

  // MARK: Shutdown

  /// Starts a graceful drain: a GOAWAY notice now, the final GOAWAY after a round trip; calls in
  /// flight finish, new ones are refused; the connection closes when the last call ends.
  func drain() {
    guard !draining, !isClosed else { return }
    draining = true
    session.submitShutdownNotice()
    scheduleFlush()
    loop.schedule(at: .now + .milliseconds(100)) { [weak self] in
      guard let self, !self.isClosed else { return }
      self.session.submitGoAway(errorCode: 0)
      self.closeWhenIdle = true
      self.scheduleFlush()
    }
  }

  override var canCloseWhenIdle: Bool { streams.isEmpty }

  override func connectionClosed(reason: String) {
    headersStream = nil
    let open = streams
    streams.removeAll()
    for stream in open.values { stream.streamClosed(errorCode: 0x8) }
    onClose(self)
  }
}
