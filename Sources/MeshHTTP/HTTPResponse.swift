/// An HTTP response: a status, header fields and a body that is either whole or streamed.
public struct HTTPResponse: Sendable {
  /// How the body is produced.
  public enum Body: Sendable {
    /// The whole body, sent with `Content-Length`.
    case bytes([UInt8])
    /// A body written piece by piece (server-sent events, NDJSON), sent chunked. A producer that throws
    /// ends the response without its last chunk, so the client sees it fail instead of a short body.
    case stream(@Sendable (any HTTPBodyWriter) async throws -> Void)
  }

  /// The status code.
  public var status: Int
  /// The header fields (`Content-Length`, `Transfer-Encoding` and `Connection` are set by the server).
  public var headers: HTTPHeaders
  /// The body.
  public var body: Body

  /// Creates a response.
  /// - Parameters:
  ///   - status: the status code.
  ///   - headers: the header fields.
  ///   - body: the body.
  public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Body = .bytes([])) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A response with a UTF-8 text body.
  /// - Parameters:
  ///   - status: the status code.
  ///   - text: the body.
  ///   - contentType: its media type.
  public static func text(_ status: Int, _ text: String, contentType: String = "text/plain; charset=utf-8")
    -> HTTPResponse
  {
    HTTPResponse(status: status, headers: ["Content-Type": contentType], body: .bytes(Array(text.utf8)))
  }
}

/// Where a streamed response body goes; each write is sent as one chunk.
public protocol HTTPBodyWriter: Sendable {
  /// Sends bytes; waits while the peer is slow to read, throws when the connection is gone.
  /// - Parameter bytes: the bytes (empty writes are skipped: an empty chunk would end the body).
  func write(_ bytes: [UInt8]) async throws
}

/// The handler protocol of the HTTP/1.1 server: one request in, one response out.
public protocol HTTPHandler: Sendable {
  /// Answers a request. A thrown error becomes a 500 with no detail.
  /// - Parameter request: the request, with its whole body.
  func handle(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// Reason phrases for status lines.
enum HTTPReason {
  static func phrase(_ status: Int) -> String {
    switch status {
    case 100: "Continue"
    case 200: "OK"
    case 201: "Created"
    case 202: "Accepted"
    case 204: "No Content"
    case 301: "Moved Permanently"
    case 304: "Not Modified"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 408: "Request Timeout"
    case 409: "Conflict"
    case 411: "Length Required"
    case 413: "Content Too Large"
    case 414: "URI Too Long"
    case 415: "Unsupported Media Type"
    case 417: "Expectation Failed"
    case 422: "Unprocessable Content"
    case 429: "Too Many Requests"
    case 431: "Request Header Fields Too Large"
    case 500: "Internal Server Error"
    case 501: "Not Implemented"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    case 505: "HTTP Version Not Supported"
    default: "Status \(status)"
    }
  }
}
