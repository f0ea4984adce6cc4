public import MeshCore

/// The Connect protocol (connectrpc.com/docs/protocol) at the edge: unary POSTs with `application/json`
/// or `application/proto`, unary GETs for methods without side effects, and streaming calls of every kind
/// with `application/connect+json` or `+proto` envelopes (bidirectional over HTTP/2; over HTTP/1.1 the
/// request body is read before the response, so such calls run half-duplex). Errors are Connect error
/// bodies with the HTTP status of `StatusMapping`.
public struct ConnectProtocol: EdgeProtocol {
  /// `connect`.
  public let name = "connect"
  private let configuration: ConnectConfiguration

  /// Creates the protocol.
  /// - Parameter configuration: message limit, CORS policy and method schemas.
  public init(configuration: ConnectConfiguration = ConnectConfiguration()) {
    self.configuration = configuration
  }

  /// Headers a Connect client sends besides the ones its preflight lists.
  private static let requestHeaders = ["content-type", "connect-protocol-version", "connect-timeout-ms"]

  /// The unary codec of a content type (`application/json`, `application/proto`).
  static func unaryCodec(_ contentType: String) -> ConnectCodec? {
    guard contentType.hasPrefix("application/") else { return nil }
    return ConnectCodec(rawValue: String(contentType.dropFirst("application/".count)))
  }

  /// The streaming codec of a content type (`application/connect+json`, `+proto`).
  static func streamingCodec(_ contentType: String) -> ConnectCodec? {
    guard contentType.hasPrefix("application/connect+") else { return nil }
    return ConnectCodec(rawValue: String(contentType.dropFirst("application/connect+".count)))
  }

  /// Takes requests to RPC paths (`/package.Service/Method`) with a Connect content type, GETs with a
  /// `message` parameter, and preflights for Connect's headers or a known method.
  public func accepts(_ request: EdgeRequestHead) -> Bool {
    // A fully qualified service (`package.Service`), or a method the catalog knows: REST paths such as
    // `/v1/orders` are left to transcoding.
    guard let method = MethodDescriptor(path: request.path),
          method.service.contains(".") || configuration.catalog.method(path: request.path) != nil
    else { return false }
    if EdgeCORSPolicy.isPreflight(request) {
      let asked = (request.header("access-control-request-headers") ?? "").lowercased()
      return asked.contains("connect-") || configuration.catalog.method(path: request.path) != nil
    }
    if request.method == "GET" { return request.query.contains("message=") }
    let type = request.contentType
    return Self.unaryCodec(type) != nil || type.hasPrefix("application/connect+")
  }

  /// Answers a preflight, or runs the call.
  public func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    if EdgeCORSPolicy.isPreflight(request) {
      let answer = configuration.cors.preflight(request, methods: ["GET", "POST"], headers: Self.requestHeaders)
      try? await exchange.respond(status: answer.status, headers: answer.headers, body: [])
      return
    }
    let method = configuration.catalog.method(path: request.path)
    if request.method == "GET" {
      await handleGet(exchange, method: method, dispatcher: dispatcher)
      return
    }
    guard request.method == "POST" else {
      try? await exchange.respond(status: 405, headers: [("allow", "GET, POST")], body: [])
      return
    }
    let type = request.contentType
    if let codec = Self.streamingCodec(type), method?.isUnary != true {
      await handleStreaming(exchange, codec: codec, method: method, dispatcher: dispatcher)
    } else if let codec = Self.unaryCodec(type), method?.isUnary != false {
      await handleUnaryPost(exchange, codec: codec, method: method, dispatcher: dispatcher)
    } else {
      let accepted = method?.isUnary == false
        ? "application/connect+proto, application/connect+json" : "application/proto, application/json"
      try? await exchange.respond(status: 415, headers: [("accept-post", accepted)], body: [])
    }
  }

  /// Answers in the format the request asked for: an end-of-stream envelope for streaming content
  /// types, a Connect error body with its HTTP status otherwise.
  public func reject(_ error: RPCError, on exchange: any EdgeExchange) async {
    if let codec = Self.streamingCodec(exchange.request.contentType) {
      let stream = ConnectStreamingCallStream(exchange: exchange, codec: codec, method: nil,
                                              contentType: exchange.request.contentType,
                                              maxMessageSize: configuration.maxMessageSize, inflatesGzip: false,
                                              extraHeaders: corsHeaders(exchange.request))
      await stream.writeEnd(status: error.status, trailers: error.metadata)
    } else {
      await writeUnaryError(error.status, initial: error.metadata, trailers: Metadata(), on: exchange)
    }
  }

  // MARK: - Unary

  private func handleUnaryPost(_ exchange: any EdgeExchange, codec: ConnectCodec, method: ConnectMethod?,
                               dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    guard let isGzip = ConnectGzip.isGzip(request.header("content-encoding")) else {
      let encoding = request.header("content-encoding") ?? ""
      await writeUnaryError(Status(code: .unimplemented,
                                   message: "The content encoding \(encoding) is not supported; use \(ConnectGzip.accepted)."),
                            initial: [("accept-encoding", ConnectGzip.accepted)], trailers: Metadata(), on: exchange)
      return
    }
    do {
      var body = try await exchange.readBody(limit: configuration.maxMessageSize)
      if isGzip { body = try ConnectGzip.decompress(body, limit: configuration.maxMessageSize) }
      let wire = try codec.requestToWire(body, descriptor: method?.input)
      await runUnary(exchange, request: wire, codec: codec, method: method, isGet: false, dispatcher: dispatcher)
    } catch {
      await writeUnaryError(RPCError(from: error).status, initial: Metadata(), trailers: Metadata(), on: exchange)
    }
  }

  private func handleGet(_ exchange: any EdgeExchange, method: ConnectMethod?, dispatcher: any GatewayDispatcher) async {
    guard let method, method.allowsGet else {
      // Only methods marked NO_SIDE_EFFECTS may be called with GET: anything else could change state
      // from a link or a prefetch.
      try? await exchange.respond(status: 405, headers: [("allow", "POST")], body: [])
      return
    }
    do {
      let query = try ConnectGetQuery(query: exchange.request.query)
      let message = query.isGzip ? try ConnectGzip.decompress(query.message, limit: configuration.maxMessageSize)
        : query.message
      let wire = try query.codec.requestToWire(message, descriptor: method.input)
      // A GET of a method without side effects may be answered by ResponseCacheInterceptor.
      await ResponseCache.$lookupAllowed.withValue(ResponseCache.allowsCachedAnswer(exchange.request)) {
        await runUnary(exchange, request: wire, codec: query.codec, method: method, isGet: true, dispatcher: dispatcher)
      }
    } catch {
      await writeUnaryError(error.status, initial: Metadata(), trailers: Metadata(), on: exchange)
    }
  }

  private func runUnary(_ exchange: any EdgeExchange, request wire: [UInt8], codec: ConnectCodec, method: ConnectMethod?,
                        isGet: Bool, dispatcher: any GatewayDispatcher) async {
    let head: ServerCallHead
    do {
      head = try ConnectRequestHeaders.callHead(exchange.request)
    } catch {
      await writeUnaryError(error.status, initial: Metadata(), trailers: Metadata(), on: exchange)
      return
    }
    let stream = ConnectUnaryCallStream(request: wire)
    await EdgeCallRunner.run(head: head, stream: stream, completion: stream.completion, dispatcher: dispatcher) {
      status, trailers in
      await writeUnaryEnd(stream, status: status, trailers: trailers, codec: codec, method: method, isGet: isGet,
                          on: exchange)
    }
  }

  private func writeUnaryEnd(_ stream: ConnectUnaryCallStream, status: Status, trailers: Metadata, codec: ConnectCodec,
                             method: ConnectMethod?, isGet: Bool, on exchange: any EdgeExchange) async {
    let (initial, response) = stream.result
    guard status.code == .ok else {
      await writeUnaryError(status, initial: initial, trailers: trailers, on: exchange)
      return
    }
    guard let response else {
      await writeUnaryError(Status(code: .internal, message: "The method ended without a response message."),
                            initial: initial, trailers: trailers, on: exchange)
      return
    }
    let body: [UInt8]
    do {
      body = try codec.responseFromWire(response, descriptor: method?.output)
    } catch {
      await writeUnaryError(error.status, initial: initial, trailers: trailers, on: exchange)
      return
    }
    var fields = EdgeMetadata.headers(from: initial) + EdgeMetadata.headers(from: trailers, prefix: "trailer-")
    var status = 200
    if isGet {
      // A validator lets caches and browsers revalidate a GET without the body being sent again.
      let tag = ConnectETag.of(body)
      fields.append(("etag", tag))
      if ConnectETag.matches(exchange.request.header("if-none-match"), tag) { status = 304 }
    }
    let headers = [("content-type", "application/" + codec.rawValue)] + fields
      + corsHeaders(exchange.request)(fields.map(\.0))
    if status == 304 {
      try? await exchange.respond(status: 304, headers: headers, body: [])
    } else {
      try? await exchange.respond(status: 200, headers: headers, body: body)
    }
  }

  private func writeUnaryError(_ status: Status, initial: Metadata, trailers: Metadata,
                               on exchange: any EdgeExchange) async {
    let body = Array(ConnectErrorBody.errorJSON(status, trailers: trailers).utf8)
    // An error's metadata goes out as plain headers, as connect-go sends `Error.Meta()` (clients merge headers
    // and trailers for an error): HTTP's own readers then see a 401's `www-authenticate` and a 429's
    // `retry-after`, which `trailer-www-authenticate` and `trailer-retry-after` hid from them.
    let fields = EdgeMetadata.headers(from: ConnectErrorBody.withoutDetails(initial))
      + EdgeMetadata.headers(from: ConnectErrorBody.withoutDetails(trailers))
    let headers = [("content-type", "application/json")] + fields + corsHeaders(exchange.request)(fields.map(\.0))
    try? await exchange.respond(status: StatusMapping.httpStatus(for: status.code), headers: headers, body: body)
  }

  // MARK: - Streaming

  private func handleStreaming(_ exchange: any EdgeExchange, codec: ConnectCodec, method: ConnectMethod?,
                               dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    let encoding = request.header("connect-content-encoding")
    let isGzip = ConnectGzip.isGzip(encoding)
    let stream = ConnectStreamingCallStream(exchange: exchange, codec: codec, method: method,
                                            contentType: "application/connect+" + codec.rawValue,
                                            maxMessageSize: configuration.maxMessageSize, inflatesGzip: isGzip == true,
                                            extraHeaders: corsHeaders(request))
    let head: ServerCallHead
    do {
      guard isGzip != nil else {
        throw RPCError(code: .unimplemented,
                       message: "The content encoding \(encoding ?? "") is not supported; use \(ConnectGzip.accepted).")
      }
      head = try ConnectRequestHeaders.callHead(request)
    } catch {
      await stream.writeEnd(status: RPCError(from: error).status, trailers: Metadata())
      return
    }
    await EdgeCallRunner.run(head: head, stream: stream, completion: stream.completion, dispatcher: dispatcher) {
      status, trailers in await stream.writeEnd(status: status, trailers: trailers)
    }
  }

  private func corsHeaders(_ request: EdgeRequestHead) -> @Sendable ([String]) -> [(String, String)] {
    let cors = configuration.cors
    return { names in cors.responseHeaders(for: request, exposing: names) }
  }
}
