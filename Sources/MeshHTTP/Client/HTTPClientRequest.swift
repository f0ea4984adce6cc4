/// A request the client sends, and where.
public struct HTTPClientRequest: Sendable {
  /// The method.
  public var method: String
  /// The host to connect to (numeric or a name).
  public var host: String
  /// The port.
  public var port: Int
  /// The path and query.
  public var target: String
  /// Header fields (`Host`, `Content-Length`/`Transfer-Encoding` are added).
  public var headers: HTTPHeaders
  /// The body.
  public var body: [UInt8]
  /// Sends the body chunked instead of with `Content-Length`.
  public var chunked: Bool

  /// Creates a request.
  /// - Parameters:
  ///   - method: the method.
  ///   - host: the host.
  ///   - port: the port.
  ///   - target: the path and query.
  ///   - headers: header fields.
  ///   - body: the body.
  ///   - chunked: whether to send the body chunked.
  public init(method: String, host: String, port: Int, target: String, headers: HTTPHeaders = HTTPHeaders(),
              body: [UInt8] = [], chunked: Bool = false) {
    self.method = method
    self.host = host
    self.port = port
    self.target = target
    self.headers = headers
    self.body = body
    self.chunked = chunked
  }

  /// Creates a request from an `http://host[:port]/path?query` URL.
  /// - Parameters:
  ///   - method: the method.
  ///   - url: the URL.
  ///   - headers: header fields.
  ///   - body: the body.
  /// - Throws: `HTTPClientError.invalidURL` for anything but plain http URLs.
  public init(method: String, url: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) throws {
    let base = try HTTPBaseURL(url)
    self.init(method: method, host: base.host, port: base.port, target: base.pathPrefix.isEmpty ? "/" : base.pathPrefix,
              headers: headers, body: body)
  }

  /// The bytes on the wire.
  func encoded() -> [UInt8] {
    var text = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\n"
    for (name, value) in headers where !HTTPHeaders.same(name, "Host") && !HTTPHeaders.same(name, "Content-Length")
      && !HTTPHeaders.same(name, "Transfer-Encoding")
    {
      text += "\(name): \(value)\r\n"
    }
    if chunked {
      text += "Transfer-Encoding: chunked\r\n\r\n"
      var bytes = Array(text.utf8)
      if !body.isEmpty { bytes += HTTPResponseEncoder.chunk(body) }
      return bytes + HTTPResponseEncoder.lastChunk
    }
    if !body.isEmpty || ["POST", "PUT", "PATCH"].contains(method) { text += "Content-Length: \(body.count)\r\n" }
    text += "\r\n"
    return Array(text.utf8) + body
  }
}

/// An `http://host[:port][/prefix]` base URL, split.
public struct HTTPBaseURL: Sendable, Equatable {
  /// The host.
  public let host: String
  /// The port (80 when absent).
  public let port: Int
  /// The path prefix without a trailing slash (empty for none).
  public let pathPrefix: String

  /// Parses a URL.
  /// - Parameter url: such as `http://127.0.0.1:8080/api`.
  /// - Throws: `HTTPClientError.invalidURL`.
  public init(_ url: String) throws {
    guard url.hasPrefix("http://") else { throw HTTPClientError.invalidURL(url) }
    let rest = url.dropFirst("http://".count)
    let authority = rest.prefix { $0 != "/" && $0 != "?" }
    var path = String(rest.dropFirst(authority.count))
    while path.hasSuffix("/") { path.removeLast() }
    let hostPart: Substring
    var port = 80
    if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
      guard let parsed = Int(authority[authority.index(after: colon)...]), (1...65535).contains(parsed) else {
        throw HTTPClientError.invalidURL(url)
      }
      port = parsed
      hostPart = authority[..<colon]
    } else {
      hostPart = authority
    }
    let host = hostPart.hasPrefix("[") ? String(hostPart.dropFirst().dropLast()) : String(hostPart)
    guard !host.isEmpty else { throw HTTPClientError.invalidURL(url) }
    self.host = host
    self.port = port
    self.pathPrefix = path
  }
}

/// A response the client received, with its whole body.
public struct HTTPClientResponse: Sendable {
  /// The status code.
  public var status: Int
  /// The header fields.
  public var headers: HTTPHeaders
  /// The body, de-chunked.
  public var body: [UInt8]
  /// Whether the server keeps the connection open.
  var keepAlive: Bool
}
