public import MeshCore
import MeshProtobuf
import MeshProtos

/// REST/JSON transcoding from `google.api.http` annotations: a request that matches a binding's method
/// and path template becomes a call of its gRPC method (path variables, body and query string make the
/// request message); the response is JSON, a server stream NDJSON or Server-Sent Events. Errors are
/// google.rpc.Status JSON with the HTTP status of `StatusMapping`.
public struct RESTProtocol: EdgeProtocol {
  /// What the protocol is configured with, apart from its routes.
  public struct Configuration: Sendable {
    /// The largest request body accepted, in bytes.
    public var maxRequestBodyBytes: Int
    /// Path prefixes this protocol answers for even when no route matches (404 and 405 in JSON), such
    /// as `/v1/`; nil takes the first literal segment of every route.
    public var pathPrefixes: [String]?

    /// Creates a configuration.
    /// - Parameters:
    ///   - maxRequestBodyBytes: the largest body accepted (4 MiB by default).
    ///   - pathPrefixes: prefixes answered with JSON 404/405; nil derives them from the routes.
    public init(maxRequestBodyBytes: Int = 4 << 20, pathPrefixes: [String]? = nil) {
      self.maxRequestBodyBytes = maxRequestBodyBytes
      self.pathPrefixes = pathPrefixes
    }
  }

  /// `rest`.
  public let name = "rest"
  /// The routes.
  public let routes: PathRouteTable<RESTRoute>
  private let configuration: Configuration
  private let prefixes: [String]

  /// Creates the protocol over explicit routes.
  /// - Parameters:
  ///   - routes: the route table (`RESTRoute.table`).
  ///   - configuration: limits and prefixes.
  public init(routes: PathRouteTable<RESTRoute>, configuration: Configuration = Configuration()) {
    self.routes = routes
    self.configuration = configuration
    self.prefixes = configuration.pathPrefixes ?? Array(Set(routes.routes.compactMap { route -> String? in
      guard case .literal(let first) = route.template.segments.first else { return nil }
      return "/" + first + "/"
    })).sorted()
  }

  /// Creates the protocol over every annotated method compiled into MeshProtos.
  /// - Parameter configuration: limits and prefixes.
  /// - Throws: `RESTRouteError` when the annotations are inconsistent.
  public init(configuration: Configuration = Configuration()) throws(RESTRouteError) {
    self.init(routes: try RESTRoute.table(methods: ProtoRegistry.methods.values, messages: ProtoRegistry.messages),
              configuration: configuration)
  }

  /// Takes requests that are not gRPC, gRPC-Web or Connect and whose path matches a route or lies under
  /// one of the REST prefixes.
  /// - Parameter request: the request head.
  public func accepts(_ request: EdgeRequestHead) -> Bool {
    let type = request.contentType
    if type.hasPrefix("application/grpc") || type.hasPrefix("application/connect") || type == "application/proto" {
      return false
    }
    let path = request.path
    if prefixes.contains(where: { path.hasPrefix($0) }) { return true }
    if case .notFound = routes.lookup(method: request.method, path: path) { return false }
    return true
  }

  /// Transcodes one request, calls its method and writes the JSON response.
  /// - Parameters:
  ///   - exchange: the request and its response.
  ///   - dispatcher: where the call goes.
  public func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    let route: RESTRoute
    let bindings: [(fieldPath: [String], value: String)]
    switch routes.lookup(method: request.method, path: request.path) {
    case .found(let found, let foundBindings):
      route = found.value
      bindings = foundBindings
    case .methodNotAllowed(let allowed):
      try? await Self.respondError(
        Status(code: .unimplemented, message: "\(request.method) is not allowed on \(request.path)."),
        httpStatus: 405, headers: [("allow", allowed.joined(separator: ", "))], on: exchange)
      return
    case .notFound:
      try? await Self.respondError(Status(code: .notFound, message: "No route for \(request.method) \(request.path)."),
                                   headers: [], on: exchange)
      return
    }
    let message: [UInt8]
    do {
      let body = try await exchange.readBody(limit: configuration.maxRequestBodyBytes)
      if !body.isEmpty, !route.rule.body.isEmpty, !Self.isJSON(request.contentType) {
        try? await Self.respondError(
          Status(code: .invalidArgument, message: "The body must be JSON (application/json), not \(request.contentType)."),
          httpStatus: 415, headers: [], on: exchange)
        return
      }
      message = try RESTRequestDecoder.request(route: route, bindings: bindings, query: request.query, body: body)
    } catch {
      let failure = RPCError(from: error)
      try? await Self.respondError(failure.status, headers: [], on: exchange)
      return
    }
    let metadata = Self.metadata(of: request)
    let format = RESTResponseFormat.choose(serverStreaming: route.info.serverStreaming, accept: request.header("accept"))
    let head = ServerCallHead(method: route.method, metadata: metadata, deadline: nil, peer: request.peer)
    let stream = RESTCallStream(exchange: exchange, route: route, request: message, format: format, extraHeaders: [])
    // A GET of a method without side effects may be answered by ResponseCacheInterceptor.
    let cacheable = request.method == "GET" && route.info.idempotencyLevel == .noSideEffects
      && ResponseCache.allowsCachedAnswer(request)
    await ResponseCache.$lookupAllowed.withValue(cacheable) {
      await dispatcher.dispatch(head: head, stream: stream)
    }
    await stream.complete()
  }

  /// Answers a refused request with a JSON error and the error's metadata as headers.
  /// - Parameters:
  ///   - error: why the request was refused.
  ///   - exchange: the request and its response.
  public func reject(_ error: RPCError, on exchange: any EdgeExchange) async {
    do {
      try await Self.respondError(error.status, headers: RESTErrorBody.headers(error.metadata, prefix: ""),
                                  on: exchange)
    } catch {
      exchange.finish(trailers: [])
    }
  }

  /// Writes a whole JSON error response.
  static func respondError(_ status: Status, httpStatus: Int? = nil, headers: [(String, String)],
                           on exchange: any EdgeExchange) async throws {
    try await exchange.respond(status: httpStatus ?? StatusMapping.httpStatus(for: status.code),
                               headers: [("content-type", "application/json")] + headers,
                               body: Array(RESTErrorBody.json(status).utf8))
  }

  private static func isJSON(_ contentType: String) -> Bool {
    contentType.isEmpty || contentType == "application/json" || contentType.hasSuffix("+json")
  }

  /// Headers that describe the HTTP exchange rather than the call stay behind; the rest become request
  /// metadata (authorization, API keys, request ids, traceparent).
  private static let hopHeaders: Set<String> = [
    "host", "content-length", "content-type", "accept", "accept-encoding", "accept-language", "connection",
    "keep-alive", "te", "trailer", "transfer-encoding", "upgrade", "proxy-authorization", "proxy-connection",
    "cookie", "origin", "referer", "cache-control", "pragma", "if-none-match", "if-modified-since",
  ]

  static func metadata(of request: EdgeRequestHead) -> Metadata {
    var metadata = Metadata()
    for header in request.headers where !header.name.hasPrefix(":") && !hopHeaders.contains(header.name)
      && !header.name.hasPrefix("grpc-") && !header.name.hasPrefix("sec-") {
      metadata.addString(header.value, forKey: header.name)
    }
    return metadata
  }
}
