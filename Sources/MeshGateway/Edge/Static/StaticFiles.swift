import Foundation
public import MeshCore

/// Serves a folder to GET and HEAD requests no other edge protocol took: the web app of the assistant.
/// Strong ETags with `If-None-Match` → 304, `Cache-Control`, a precompressed `name.gz` sibling when the
/// client accepts gzip (with `Vary: Accept-Encoding`), an index fallback for paths without an extension,
/// traversal refused (`..`, encoded or not, and links out of the folder), and security headers (CSP,
/// `X-Content-Type-Options`, `Referrer-Policy`, HSTS over TLS only).
public struct StaticFiles: EdgeProtocol {
  /// `static`.
  public let name = "static"
  private let configuration: StaticFilesConfiguration
  private let resolver: StaticPathResolver

  /// Creates the protocol.
  /// - Parameter configuration: the folder and headers.
  public init(configuration: StaticFilesConfiguration) {
    self.configuration = configuration
    self.resolver = StaticPathResolver(root: configuration.root, indexFile: configuration.indexFile)
  }

  /// Takes every GET and HEAD (put it last: it answers 404 for what it does not have).
  /// - Parameter request: the request head.
  public func accepts(_ request: EdgeRequestHead) -> Bool {
    request.method == "GET" || request.method == "HEAD"
  }

  /// Serves the file of the request's path.
  /// - Parameters:
  ///   - exchange: the request and its response.
  ///   - dispatcher: unused: static files call no method.
  public func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async {
    let request = exchange.request
    do {
      switch resolver.resolve(request.path) {
      case .refused:
        try await respondText(400, "Bad Request", on: exchange)
      case .notFound:
        try await respondText(404, "Not Found", on: exchange)
      case .file(let path):
        try await serve(path, on: exchange)
      }
    } catch {
      exchange.finish(trailers: [])
    }
  }

  /// Answers a refused request as plain text with the status of `StatusMapping`.
  /// - Parameters:
  ///   - error: why the request was refused.
  ///   - exchange: the request and its response.
  public func reject(_ error: RPCError, on exchange: any EdgeExchange) async {
    let headers = RESTErrorBody.headers(error.metadata, prefix: "")
    do {
      try await respondText(StatusMapping.httpStatus(for: error.code), error.message, on: exchange, extra: headers)
    } catch {
      exchange.finish(trailers: [])
    }
  }

  private func serve(_ path: String, on exchange: any EdgeExchange) async throws {
    let request = exchange.request
    let gzipPath = StaticEncoding.acceptsGzip(request.header("accept-encoding")) ? resolver.gzipSibling(of: path) : nil
    let servedPath = gzipPath ?? path
    guard let size = (try? FileManager.default.attributesOfItem(atPath: servedPath))?[.size] as? Int,
          size <= configuration.maxFileBytes, let data = FileManager.default.contents(atPath: servedPath) else {
      try await respondText(404, "Not Found", on: exchange)
      return
    }
    let body = [UInt8](data)
    let etag = StaticEncoding.etag(of: body)
    let contentType = StaticContentTypes.of(path)
    var headers = securityHeaders(for: request)
    headers.append(("etag", etag))
    headers.append(("cache-control", contentType.hasPrefix("text/html") ? configuration.htmlCacheControl
                      : configuration.assetCacheControl))
    headers.append(("vary", "Accept-Encoding"))
    if StaticEncoding.matches(request.header("if-none-match"), etag: etag) {
      try await exchange.writeHead(status: 304, headers: headers)
      exchange.finish(trailers: [])
      return
    }
    headers.append(("content-type", contentType))
    if gzipPath != nil { headers.append(("content-encoding", "gzip")) }
    if request.method == "HEAD" {
      try await exchange.writeHead(status: 200, headers: headers + [("content-length", String(body.count))])
      exchange.finish(trailers: [])
    } else {
      try await exchange.respond(status: 200, headers: headers, body: body)
    }
  }

  private func securityHeaders(for request: EdgeRequestHead) -> [(String, String)] {
    var headers = [
      ("content-security-policy", configuration.contentSecurityPolicy),
      ("x-content-type-options", "nosniff"),
      ("referrer-policy", "strict-origin-when-cross-origin"),
      ("x-frame-options", "DENY"),
    ]
    if request.isSecure { headers.append(("strict-transport-security", configuration.strictTransportSecurity)) }
    return headers
  }

  private func respondText(_ status: Int, _ text: String, on exchange: any EdgeExchange,
                           extra: [(String, String)] = []) async throws {
    let headers = securityHeaders(for: exchange.request) + extra + [("content-type", "text/plain; charset=utf-8")]
    if exchange.request.method == "HEAD" {
      try await exchange.writeHead(status: status, headers: headers + [("content-length", String(text.utf8.count + 1))])
      exchange.finish(trailers: [])
    } else {
      try await exchange.respond(status: status, headers: headers, body: Array((text + "\n").utf8))
    }
  }
}
