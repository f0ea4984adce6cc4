public import MeshCore

/// gRPC-Web (grpc/grpc `doc/PROTOCOL-WEB.md`) at the edge: `application/grpc-web[+proto]` and
/// `application/grpc-web-text[+proto]` POSTs over HTTP/1.1 or HTTP/2, unary and server-streaming calls,
/// the trailer frame, Trailers-Only answers, `grpc-timeout`, and CORS for browsers.
///
/// Client and bidirectional streaming are not part of gRPC-Web for browsers (a browser cannot stream a
/// request body); the body's messages are still handed to the method, so a client-streaming method gets
/// every message the body holds, and a bidirectional one runs half-duplex.
public struct GRPCWebProtocol: EdgeProtocol {
  /// `grpc-web`.
  public let name = "grpc-web"
  private let configuration: GRPCWebConfiguration

  /// Creates the protocol.
  /// - Parameter configuration: message limit and CORS policy.
  public init(configuration: GRPCWebConfiguration = GRPCWebConfiguration()) {
    self.configuration = configuration
  }

  /// The content types of gRPC-Web and whether each is base64.
  static func format(of contentType: String) -> (isText: Bool, supported: Bool)? {
    switch contentType {
    case "application/grpc-web", "application/grpc-web+proto": (false, true)
    case "application/grpc-web-text", "application/grpc-web-text+proto": (true, true)
    default:
      // Another codec (`+json`, `+thrift`) is gRPC-Web, but not one the gateway can carry.
      if contentType.hasPrefix("application/grpc-web-text+") { (true, false) }
      else if contentType.hasPrefix("application/grpc-web+") { (false, false) }
      else { nil }
    }
  }

  /// Headers a gRPC-Web client sends besides the ones its preflight lists.
  private static let requestHeaders = ["content-type", "x-grpc-web", "x-user-agent", "grpc-timeout"]

  /// Takes gRPC-Web content types, and preflights that ask for gRPC-Web's own headers.
  public func accepts(_ request: EdgeRequestHead) -> Bool {
    if EdgeCORSPolicy.isPreflight(request) {
      let asked = (request.header("access-control-request-headers") ?? "").lowercased()
      return asked.contains("x-grpc-web") || asked.contains("x-user-agent") || asked.contains("grpc-timeout")
    }
    return Self.format(of: request.contentType) != nil
  }

  /// Answers a preflight, or runs the call.
  public func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    if EdgeCORSPolicy.isPreflight(request) {
      let answer = configuration.cors.preflight(request, methods: ["POST"], headers: Self.requestHeaders)
      try? await exchange.respond(status: answer.status, headers: answer.headers, body: [])
      return
    }
    let contentType = request.contentType
    guard let format = Self.format(of: contentType) else {
      try? await exchange.respond(status: 415, headers: [("accept-post", "application/grpc-web+proto")], body: [])
      return
    }
    guard request.method == "POST" else {
      await reject(RPCError(code: .unimplemented, message: "gRPC-Web calls are POST requests, not \(request.method)."),
                   on: exchange)
      return
    }
    guard format.supported else {
      await reject(RPCError(code: .unimplemented, message: "The gRPC-Web codec of \(contentType) is not supported; use +proto."),
                   on: exchange)
      return
    }
    let head: ServerCallHead
    do {
      head = try Self.callHead(request)
    } catch {
      await reject(error, on: exchange)
      return
    }
    let stream = GRPCWebCallStream(exchange: exchange, isText: format.isText, contentType: responseType(contentType),
                                   maxMessageSize: configuration.maxMessageSize, cors: configuration.cors)
    await EdgeCallRunner.run(head: head, stream: stream, completion: stream.completion, dispatcher: dispatcher) {
      status, trailers in await stream.writeEnd(status: status, trailers: trailers)
    }
  }

  /// Answers with a Trailers-Only response carrying the error's status and metadata.
  public func reject(_ error: RPCError, on exchange: any EdgeExchange) async {
    let contentType = Self.format(of: exchange.request.contentType) == nil
      ? "application/grpc-web+proto" : responseType(exchange.request.contentType)
    let fields = GRPCWebTrailers.fields(status: error.status, trailers: error.metadata)
    let cors = configuration.cors.responseHeaders(for: exchange.request,
                                                  exposing: ["grpc-status", "grpc-message"] + fields.map(\.0))
    try? await exchange.respond(status: 200, headers: [("content-type", contentType)] + fields + cors, body: [])
  }

  /// The call's head: method from the path, metadata from the headers, deadline from `grpc-timeout`.
  static func callHead(_ request: EdgeRequestHead) throws(RPCError) -> ServerCallHead {
    guard let method = MethodDescriptor(path: request.path) else {
      throw RPCError(code: .unimplemented, message: "\(request.path) is not a gRPC method path.")
    }
    var deadline: ContinuousClock.Instant?
    if let timeout = request.header("grpc-timeout") {
      guard let duration = GRPCTimeoutHeader.parse(timeout) else {
        throw RPCError(code: .invalidArgument, message: "Invalid grpc-timeout: \(timeout).")
      }
      deadline = .now + duration
    }
    return ServerCallHead(method: method, metadata: try EdgeMetadata.metadata(from: request.headers),
                          deadline: deadline, peer: request.peer, authority: request.header("host"))
  }

  private func responseType(_ requestType: String) -> String {
    // The response uses the request's format, always with the codec named.
    requestType.hasSuffix("+proto") ? requestType : requestType + "+proto"
  }
}
