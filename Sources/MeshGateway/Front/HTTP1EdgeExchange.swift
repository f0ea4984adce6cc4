public import MeshCore
public import MeshHTTP
public import MeshTransport
import Synchronization

/// An `EdgeExchange` over a request of MeshHTTP's HTTP/1.1 server.
///
/// That server wants a whole `HTTPResponse`, status first, from its handler; the edge protocol runs
/// apart and this exchange hands over the response as soon as the protocol decides its head: a
/// `Content-Length` response (what `respond` writes) once it is finished, any other as a chunked body
/// that streams the protocol's writes as they come.
public final class HTTP1EdgeExchange: EdgeExchange {
  public let request: EdgeRequestHead
  private let body: [UInt8]
  /// Whether the server stopped reading the body at the listener's limit (`HTTPRequest.bodyExceedsLimit`).
  private let bodyExceedsLimit: Bool

  private enum Head {
    /// Nothing written yet.
    case none
    /// A `Content-Length` response whose body is collected until `finish`.
    case whole(status: Int, headers: HTTPHeaders, body: [UInt8])
    /// A streamed response, already handed to the server.
    case streaming
  }

  private struct State {
    var bodyTaken = false
    var head = Head.none
    var finished = false
    var response: HTTPResponse?
    var responseWaiter: CheckedContinuation<HTTPResponse, Never>?
    /// The server's writer once it runs the streamed body; writes before that wait for it.
    var writer: (any HTTPBodyWriter)?
    var writerWaiters: [CheckedContinuation<(any HTTPBodyWriter)?, Never>] = []
    /// The streamed body's producer, parked until `finish`.
    var producerWaiter: CheckedContinuation<Void, Never>?
  }

  private let state = Mutex(State())

  /// Wraps a request of the HTTP/1.1 server.
  /// - Parameter request: the request with its whole body.
  public init(_ request: HTTPRequest) {
    var headers: [(name: String, value: String)] = []
    headers.reserveCapacity(request.headers.fields.count)
    for field in request.headers { headers.append((field.name.lowercased(), field.value)) }
    self.request = EdgeRequestHead(method: request.method, target: request.target, headers: headers,
                                   httpVersion: "HTTP/1.\(request.version.minor)", isSecure: request.isSecure,
                                   peer: request.peer)
    body = request.body
    bodyExceedsLimit = request.bodyExceedsLimit
  }

  /// The response for the server, once the edge protocol has decided its head.
  public func response() async -> HTTPResponse {
    await withCheckedContinuation { continuation in
      let ready = state.withLock { state -> HTTPResponse? in
        if let response = state.response { return response }
        state.responseWaiter = continuation
        return nil
      }
      if let ready { continuation.resume(returning: ready) }
    }
  }

  public func readBodyChunk() async throws -> [UInt8]? {
    // The server has read the whole body already: it comes as one chunk.
    let first = state.withLock { state in
      defer { state.bodyTaken = true }
      return !state.bodyTaken
    }
    if first && !body.isEmpty { return body }
    // A body past the listener's limit was cut one byte past it (the metering's count refuses it on that
    // chunk); one announced too large was not read at all. Either way it did not end here.
    if bodyExceedsLimit { throw RPCError(code: .resourceExhausted, message: "The request body exceeds the listener's limit.") }
    return nil
  }

  public func writeHead(status: Int, headers: [(String, String)]) async throws {
    var fields = HTTPHeaders()
    var hasLength = false
    for (name, value) in headers {
      // The server frames the body itself.
      switch name.lowercased() {
      case "content-length": hasLength = true
      case "transfer-encoding", "connection": break
      default: fields.add(name: name, value: value)
      }
    }
    let streamed: HTTPResponse? = state.withLock { state in
      guard case .none = state.head, !state.finished else { return nil }
      if hasLength || request.method == "HEAD" {
        state.head = .whole(status: status, headers: fields, body: [])
        return nil
      }
      state.head = .streaming
      return HTTPResponse(status: status, headers: fields, body: .stream { [self] writer in await produce(writer) })
    }
    if let streamed { deliver(streamed) }
  }

  public func write(_ bytes: [UInt8]) async throws {
    guard !bytes.isEmpty else { return }
    if state.withLock({ if case .none = $0.head { true } else { false } }) {
      try await writeHead(status: 200, headers: [])
    }
    let collected = state.withLock { state -> Bool in
      guard case .whole(let status, let headers, var body) = state.head else { return false }
      state.head = .none  // Keeps `body` uniquely referenced while it grows.
      body += bytes
      state.head = .whole(status: status, headers: headers, body: body)
      return true
    }
    if collected { return }
    guard let writer = await streamWriter() else {
      throw RPCError(code: .cancelled, message: "The client went away.")
    }
    try await writer.write(bytes)
  }

  public func finish(trailers: [(String, String)]) {
    let (response, producer) = state.withLock { state -> (HTTPResponse?, CheckedContinuation<Void, Never>?) in
      guard !state.finished else { return (nil, nil) }
      state.finished = true
      let waiters = state.writerWaiters
      state.writerWaiters.removeAll()
      waiters.forEach { $0.resume(returning: nil) }
      switch state.head {
      case .none: return (HTTPResponse(status: 200), nil)
      case .whole(let status, let headers, let body):
        return (HTTPResponse(status: status, headers: headers, body: .bytes(body)), nil)
      case .streaming:
        defer { state.producerWaiter = nil }
        return (nil, state.producerWaiter)
      }
    }
    if let response { deliver(response) }
    producer?.resume()
  }

  private func deliver(_ response: HTTPResponse) {
    let waiter = state.withLock { state in
      state.response = response
      defer { state.responseWaiter = nil }
      return state.responseWaiter
    }
    waiter?.resume(returning: response)
  }

  /// The streamed body as the server runs it: it lends its writer, then waits for `finish`.
  private func produce(_ writer: any HTTPBodyWriter) async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let (waiters, done) = state.withLock { state in
        state.writer = writer
        defer { state.writerWaiters.removeAll() }
        if !state.finished { state.producerWaiter = continuation }
        return (state.writerWaiters, state.finished)
      }
      waiters.forEach { $0.resume(returning: writer) }
      if done { continuation.resume() }
    }
  }

  private func streamWriter() async -> (any HTTPBodyWriter)? {
    await withCheckedContinuation { continuation in
      let ready = state.withLock { state -> (any HTTPBodyWriter)?? in
        if let writer = state.writer { return .some(writer) }
        if state.finished { return .some(nil) }
        state.writerWaiters.append(continuation)
        return .none
      }
      if let ready { continuation.resume(returning: ready) }
    }
  }
}

/// Serves every request of MeshHTTP's HTTP/1.1 server through an `EdgeFront`.
public struct HTTP1FrontHandler: HTTPHandler {
  private let front: @Sendable () -> EdgeFront
  private let loops: [EventLoop]

  /// Creates a handler.
  /// - Parameters:
  ///   - front: the current front (read per request, so a reload takes effect at once).
  ///   - group: the server's loops; the edge protocol runs on the request's own loop.
  public init(front: @escaping @Sendable () -> EdgeFront, group: EventLoopGroup) {
    self.front = front
    loops = group.loops
  }

  public func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
    let exchange = HTTP1EdgeExchange(request)
    let front = front()
    // The protocol runs on while the server sends the head this returns, so it needs a task of its own;
    // it stays on the connection's loop.
    let loop = loops.first { $0.inLoop }
    if let loop {
      Task(executorPreference: loop) { await front.serve(exchange) }
    } else {
      Task { await front.serve(exchange) }
    }
    return await exchange.response()
  }
}
