public import MeshCore

/// Serves the requests of one content type that is not gRPC (gRPC-Web, Connect, JSON): the server
/// chooses it by the request's `content-type` and runs it in a task of its own, on the connection's
/// loop, with the same flow control as a gRPC call (window is granted as it reads the body, and its
/// writes wait while the client is not reading).
public protocol HTTPStreamHandler: Sendable {
  /// Handles one request: read the body, write the response head and body, then finish.
  /// An exchange left unfinished is finished when this returns.
  /// - Parameter exchange: the request and its response.
  func handle(_ exchange: HTTPExchange) async
}

/// What a handler knows of a request when it starts.
public struct HTTPRequestHead: Sendable {
  /// `:method`.
  public var method: String
  /// `:path`.
  public var path: String
  /// `content-type`.
  public var contentType: String
  /// The other headers (pseudo-headers removed; `-bin` values base64-decoded).
  public var headers: Metadata
  /// The peer's address, such as `ipv4:127.0.0.1:5000`.
  public var peer: String
  /// `:authority`, when the client sent one.
  public var authority: String? = nil
  /// Whether the connection is TLS.
  public var isSecure = false
}

/// The handlers of the content types a server serves beside gRPC, chosen by the longest registered
/// prefix of a request's `content-type`. gRPC (`application/grpc`, `application/grpc+…`) is the
/// default entry: it is served by the server's router and cannot be replaced here. A request whose
/// content type matches no entry is answered 415.
public struct HTTPStreamHandlers: Sendable {
  private var entries: [(prefix: String, handler: any HTTPStreamHandler)] = []

  /// An empty registry: gRPC only.
  public init() {}

  /// Registers a handler for the content types that start with `prefix` (compared in lower case).
  /// - Parameters:
  ///   - prefix: such as `application/grpc-web` or `application/json`.
  ///   - handler: the handler.
  public mutating func register(contentTypePrefix prefix: String, handler: any HTTPStreamHandler) {
    let prefix = prefix.lowercased()
    entries.removeAll { $0.prefix == prefix }
    entries.append((prefix, handler))
    entries.sort { $0.prefix.count > $1.prefix.count }
  }

  /// Whether no handler is registered.
  public var isEmpty: Bool { entries.isEmpty }

  /// The handler of a content type: the one with the longest matching prefix.
  /// - Parameter contentType: the request's `content-type`.
  public func handler(for contentType: String) -> (any HTTPStreamHandler)? {
    let lowered = contentType.lowercased()
    return entries.first { lowered.hasPrefix($0.prefix) }?.handler
  }
}
