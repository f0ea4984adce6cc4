import MeshProtobuf
public import MeshCore

/// The gateway's entry for every request that is not native gRPC: it runs the edge filters, picks the
/// first edge protocol that takes the request, and lets it handle the request through the dispatcher.
///
/// Both HTTP versions reach it through an `EdgeExchange` adaptor (`HTTP2FrontHandler`,
/// `HTTP1FrontHandler`), so a protocol is written once.
public struct EdgeFront: Sendable {
  /// The protocols, asked in order.
  public let protocols: [any EdgeProtocol]
  /// The HTTP-level checks, in order.
  public let filters: [any EdgeRequestFilter]
  /// Where decoded calls go.
  public let dispatcher: any GatewayDispatcher
  /// Where the front's own answers are logged (a path nobody serves, a type nobody speaks, a filter's
  /// answer), with the protocol `http`; the protocols log their requests themselves.
  public let accessLog: AccessLog?

  /// Creates a front.
  /// - Parameters:
  ///   - protocols: the edge protocols, the first that accepts a request handles it.
  ///   - filters: the edge filters, run in order before the protocol.
  ///   - dispatcher: where the protocols send their calls.
  ///   - accessLog: where the front's own answers get their line; nil logs none.
  public init(protocols: [any EdgeProtocol], filters: [any EdgeRequestFilter] = [],
              dispatcher: any GatewayDispatcher, accessLog: AccessLog? = nil) {
    self.protocols = protocols
    self.filters = filters
    self.dispatcher = dispatcher
    self.accessLog = accessLog
  }

  /// Serves one request to its end; the exchange is finished when this returns.
  /// - Parameter exchange: the request and its response.
  public func serve(_ exchange: any EdgeExchange) async {
    var exchange = exchange
    switch EdgeFilterChain.run(filters, on: exchange.request) {
    case .proceed(let head, let responseHeaders):
      // The wrapper is only made when a filter changed something, so the common case allocates nothing.
      if !responseHeaders.isEmpty || head.target != exchange.request.target
        || head.headers.count != exchange.request.headers.count {
        exchange = FilteredEdgeExchange(exchange, request: head, responseHeaders: responseHeaders)
      }
    case .reject(let error):
      if let edge = protocols.first(where: { $0.accepts(exchange.request) }) {
        await edge.reject(error, on: exchange)
        return exchange.finish(trailers: [])
      }
      return await answer(exchange) { exchange in
        await Self.respondJSONError(on: exchange, status: StatusMapping.httpStatus(for: error.code),
                                    message: error.message, headers: error.metadata)
      }
    case .respond(let status, let headers, let body):
      return await answer(exchange) { exchange in try? await exchange.respond(status: status, headers: headers, body: body) }
    }
    guard let edge = protocols.first(where: { $0.accepts(exchange.request) }) else {
      let request = exchange.request
      // A body of a type nobody speaks is 415; anything else is a path nobody serves.
      let unsupported = !request.contentType.isEmpty && request.method != "GET" && request.method != "HEAD"
      return await answer(exchange) { exchange in
        await Self.respondJSONError(
          on: exchange, status: unsupported ? 415 : 404,
          message: unsupported ? "Unsupported content type '\(request.contentType)'." : "No route for \(request.path).")
      }
    }
    await edge.handle(exchange, dispatcher: dispatcher)
    exchange.finish(trailers: [])
  }

  /// Runs an answer of the front itself and finishes the exchange; with an access log, the request gets
  /// its line (protocol `http`, the status and bytes the answer wrote).
  private func answer(_ exchange: any EdgeExchange, _ respond: (any EdgeExchange) async -> Void) async {
    guard let accessLog else {
      await respond(exchange)
      return exchange.finish(trailers: [])
    }
    let request = exchange.request
    let entry = AccessLogEntry(path: request.path, protocolName: "http", peer: request.peer,
                               requestID: request.header("x-request-id"), traceParent: request.header("traceparent"))
    // Metered for the status and the bytes out; the front reads no body, so no limit applies.
    let metered = MeteredEdgeExchange(exchange, maxBodyBytes: .max, entry: entry)
    await respond(metered)
    metered.finish(trailers: [])
    accessLog.write(entry)
  }

  /// Answers with `{"code": ..., "message": ...}`.
  static func respondJSONError(on exchange: any EdgeExchange, status: Int, message: String,
                               headers: Metadata = Metadata()) async {
    var fields: [(String, String)] = [("content-type", "application/json")]
    for entry in headers { if let value = entry.value.stringValue { fields.append((entry.key, value)) } }
    let body = "{\"code\":\(status),\"message\":\(JSONText.quoted(message))}"
    try? await exchange.respond(status: status, headers: fields, body: Array(body.utf8))
  }
}
