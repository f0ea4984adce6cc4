/// Which browser origins may call the gateway's RPC protocols (gRPC-Web, Connect), and the CORS headers
/// that follow: a preflight answer, and on every response `Access-Control-Allow-Origin` with
/// `Access-Control-Expose-Headers` naming the response headers a script must be able to read
/// (`grpc-status`, `grpc-message`, custom metadata).
public struct EdgeCORSPolicy: Sendable {
  /// Allowed origins (`https://shop.example`); `*` allows any.
  public var allowedOrigins: [String]
  /// Whether credentials (cookies, `Authorization`) may be sent.
  public var allowCredentials: Bool
  /// How long a browser may cache a preflight answer, in seconds.
  public var maxAge: Int

  /// Creates a policy.
  /// - Parameters:
  ///   - allowedOrigins: allowed origins; `["*"]` for any, `[]` for none (no CORS headers at all).
  ///   - allowCredentials: whether credentials may be sent.
  ///   - maxAge: the preflight cache time, in seconds.
  public init(allowedOrigins: [String] = [], allowCredentials: Bool = false, maxAge: Int = 7200) {
    self.allowedOrigins = allowedOrigins
    self.allowCredentials = allowCredentials
    self.maxAge = maxAge
  }

  /// Whether an origin may call.
  /// - Parameter origin: the `Origin` header.
  public func allows(_ origin: String) -> Bool {
    allowedOrigins.contains("*") || allowedOrigins.contains(origin)
  }

  /// Whether a request is a CORS preflight (OPTIONS with `Access-Control-Request-Method`).
  /// - Parameter request: the request head.
  public static func isPreflight(_ request: EdgeRequestHead) -> Bool {
    request.method == "OPTIONS" && request.header("access-control-request-method") != nil
  }

  /// The answer to a preflight: 200 with the allowed method and headers when the origin is allowed and the
  /// method is one of `methods`, 403 without CORS headers otherwise. (200 rather than 204: an empty body with
  /// `content-length: 0` frames the same on HTTP/1.1 and HTTP/2, where a 204 may carry no length at all.)
  /// - Parameters:
  ///   - request: the preflight.
  ///   - methods: the methods the protocol takes (`POST`, or `GET, POST`).
  ///   - headers: the request headers the protocol needs besides those the browser asks for.
  public func preflight(_ request: EdgeRequestHead, methods: [String], headers: [String])
    -> (status: Int, headers: [(String, String)])
  {
    guard let origin = request.header("origin"), allows(origin),
          let method = request.header("access-control-request-method"), methods.contains(method.uppercased())
    else { return (403, []) }
    let asked = (request.header("access-control-request-headers") ?? "")
      .split(separator: ",").map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
    var allowed = headers
    for name in asked where !allowed.contains(name) { allowed.append(name) }
    var answer = originHeaders(origin)
    answer += [("access-control-allow-methods", methods.joined(separator: ", ")),
               ("access-control-allow-headers", allowed.joined(separator: ", ")),
               ("access-control-max-age", String(maxAge))]
    return (200, answer)
  }

  /// The CORS headers of an actual response: none without an allowed `Origin`.
  /// - Parameters:
  ///   - request: the request.
  ///   - responseHeaders: the response's header names (lower case) a script should be able to read.
  public func responseHeaders(for request: EdgeRequestHead, exposing responseHeaders: [String]) -> [(String, String)] {
    guard let origin = request.header("origin"), allows(origin) else { return [] }
    var exposed: [String] = []
    for name in responseHeaders where !exposed.contains(name) && !Self.safelisted.contains(name) { exposed.append(name) }
    var headers = originHeaders(origin)
    if !exposed.isEmpty { headers.append(("access-control-expose-headers", exposed.joined(separator: ", "))) }
    return headers
  }

  /// Response headers a script may read without being exposed.
  private static let safelisted: Set<String> = ["content-type", "content-length", "cache-control", "expires",
                                                "last-modified", "pragma", "content-language"]

  private func originHeaders(_ origin: String) -> [(String, String)] {
    // Echo the origin (never `*` with credentials) and tell caches the answer depends on it.
    var headers: [(String, String)] = [("access-control-allow-origin", allowedOrigins.contains("*") && !allowCredentials ? "*" : origin),
                                       ("vary", "origin")]
    if allowCredentials { headers.append(("access-control-allow-credentials", "true")) }
    return headers
  }
}
