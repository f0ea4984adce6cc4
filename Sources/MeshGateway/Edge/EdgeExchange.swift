import MeshCore

/// One HTTP request at the edge and its response, whatever HTTP version carried it: HTTP/2 (an
/// `HTTPExchange` of the transport) or HTTP/1.1 (a request of `MeshHTTP`'s server).
///
/// Edge protocols (gRPC-Web, Connect, REST/JSON, static files) are written once against it. Use it from
/// one task at a time; writes suspend while the client is not reading.
public protocol EdgeExchange: AnyObject, Sendable {
  /// The request as it arrived.
  var request: EdgeRequestHead { get }

  /// The next chunk of the request body; nil at its end.
  /// - Throws: `RPCError` (`.cancelled`) when the client went away.
  func readBodyChunk() async throws -> [UInt8]?

  /// Sends the response head, once, before any body byte.
  /// - Parameters:
  ///   - status: the HTTP status.
  ///   - headers: lower-case names; `content-length` may be given when the whole body is known.
  func writeHead(status: Int, headers: [(String, String)]) async throws

  /// Sends body bytes (a `200` head first when none was written).
  /// - Parameter bytes: the bytes; an empty write sends nothing.
  func write(_ bytes: [UInt8]) async throws

  /// Sends a whole response, known up front: head with `content-length`, body and end together, so a
  /// client still uploading (an early answer: 413, 401, 429) cannot get the head without the body. The
  /// exchange is finished after it.
  /// - Parameters:
  ///   - status: the HTTP status.
  ///   - headers: lower-case names, without `content-length`.
  ///   - body: the body.
  func respond(status: Int, headers: [(String, String)], body: [UInt8]) async throws

  /// Ends the response. Trailers are sent on HTTP/2; HTTP/1.1 drops them (edge protocols that need
  /// trailers over HTTP/1.1, such as gRPC-Web, carry them in the body).
  /// - Parameter trailers: lower-case names.
  func finish(trailers: [(String, String)])
}

extension EdgeExchange {
  /// Reads the rest of the body.
  /// - Parameter limit: the largest body accepted, in bytes.
  /// - Throws: `RPCError` (`.resourceExhausted`) past `limit`, or `.cancelled` when the client went away.
  public func readBody(limit: Int) async throws -> [UInt8] {
    var body: [UInt8] = []
    while let chunk = try await readBodyChunk() {
      guard body.count + chunk.count <= limit else {
        throw RPCError(code: .resourceExhausted, message: "The request body exceeds \(limit) bytes.")
      }
      body += chunk
    }
    return body
  }

  /// Sends a whole response in steps: head with `content-length`, body, end. For an exchange that
  /// collects a `content-length` response before sending it (HTTP/1.1), that is already one write.
  /// - Parameters:
  ///   - status: the HTTP status.
  ///   - headers: lower-case names, without `content-length`.
  ///   - body: the body.
  public func respond(status: Int, headers: [(String, String)], body: [UInt8]) async throws {
    try await writeHead(status: status, headers: headers + [("content-length", String(body.count))])
    try await write(body)
    finish(trailers: [])
  }
}

/// What the edge knows of a request when it starts.
public struct EdgeRequestHead: Sendable {
  /// The method, upper case (`GET`, `POST`, `OPTIONS`).
  public var method: String
  /// The request target as sent: path and query (`/v1/orders/12?view=full`).
  public var target: String
  /// The headers, names in lower case, in order, repeated names kept (HTTP/2 pseudo-headers removed).
  public var headers: [(name: String, value: String)]
  /// `HTTP/1.1` or `HTTP/2`.
  public var httpVersion: String
  /// Whether the connection is TLS.
  public var isSecure: Bool
  /// The client's address, such as `ipv4:127.0.0.1:5000`.
  public var peer: String

  /// Creates a request head.
  /// - Parameters:
  ///   - method: the method.
  ///   - target: path and query.
  ///   - headers: lower-case names.
  ///   - httpVersion: `HTTP/1.1` or `HTTP/2`.
  ///   - isSecure: whether TLS carried it.
  ///   - peer: the client's address.
  public init(method: String, target: String, headers: [(name: String, value: String)], httpVersion: String,
              isSecure: Bool, peer: String) {
    self.method = method
    self.target = target
    self.headers = headers
    self.httpVersion = httpVersion
    self.isSecure = isSecure
    self.peer = peer
  }

  /// The path, without the query.
  public var path: String {
    guard let mark = target.firstIndex(of: "?") else { return target }
    return String(target[..<mark])
  }

  /// The query string without `?`; empty when there is none.
  public var query: String {
    guard let mark = target.firstIndex(of: "?") else { return "" }
    return String(target[target.index(after: mark)...])
  }

  /// The first value of a header.
  /// - Parameter name: lower-case name.
  public func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

  /// The media type of `content-type`, lower case, without parameters; empty when absent.
  public var contentType: String {
    guard let value = header("content-type") else { return "" }
    let type = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    return String(type.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
      .lowercased()
  }
}
