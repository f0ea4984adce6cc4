public import MeshCore
public import MeshTransport

/// An `EdgeExchange` over an HTTP/2 stream of the transport's server (h2c or TLS).
public final class HTTP2EdgeExchange: EdgeExchange {
  public let request: EdgeRequestHead
  private let exchange: HTTPExchange

  /// Wraps a transport exchange.
  /// - Parameter exchange: the HTTP/2 request and its response.
  public init(_ exchange: HTTPExchange) {
    self.exchange = exchange
    let head = exchange.request
    var headers: [(name: String, value: String)] = []
    headers.reserveCapacity(head.headers.count + 2)
    if let authority = head.authority { headers.append(("host", authority)) }
    if !head.contentType.isEmpty { headers.append(("content-type", head.contentType)) }
    for entry in head.headers {
      switch entry.value {
      case .string(let value): headers.append((entry.key, value))
      // The transport decoded `-bin` values; the edge sees them as the client sent them.
      case .binary(let bytes): headers.append((entry.key, Base64.encode(bytes)))
      }
    }
    request = EdgeRequestHead(method: head.method, target: head.path, headers: headers, httpVersion: "HTTP/2",
                              isSecure: head.isSecure, peer: head.peer)
  }

  public func readBodyChunk() async throws -> [UInt8]? { try await exchange.readBodyChunk() }

  public func writeHead(status: Int, headers: [(String, String)]) async throws {
    try await exchange.writeHead(status: status, headers: headers)
  }

  public func write(_ bytes: [UInt8]) async throws {
    guard !bytes.isEmpty else { return }
    try await exchange.write(bytes)
  }

  public func respond(status: Int, headers: [(String, String)], body: [UInt8]) async throws {
    // One submit: HEADERS and the body's DATA leave in the same flush (see `HTTPExchange.respond`).
    try await exchange.respond(status: status, headers: headers + [("content-length", String(body.count))], body: body)
  }

  public func finish(trailers: [(String, String)]) { exchange.finish(trailers: trailers) }
}

/// Serves the non-gRPC requests of the transport's HTTP/2 server through an `EdgeFront`; register it
/// for every content type (prefix `""`).
public struct HTTP2FrontHandler: HTTPStreamHandler {
  private let front: @Sendable () -> EdgeFront

  /// Creates a handler.
  /// - Parameter front: the current front (read per request, so a reload takes effect at once).
  public init(front: @escaping @Sendable () -> EdgeFront) { self.front = front }

  public func handle(_ exchange: HTTPExchange) async {
    await front().serve(HTTP2EdgeExchange(exchange))
  }
}
