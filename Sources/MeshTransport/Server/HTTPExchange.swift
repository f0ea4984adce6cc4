public import MeshCore

/// One request to an `HTTPStreamHandler` and its response: the body arrives as DATA chunks, the
/// response goes out as a head, DATA, and optional trailers.
///
/// Use it from one task at a time (the handler's). Reading grants flow-control window back to the
/// client; `write` suspends while the client is not reading.
public final class HTTPExchange: Sendable {
  /// The request head.
  public let request: HTTPRequestHead
  private let stream: ServerStream

  init(request: HTTPRequestHead, stream: ServerStream) {
    self.request = request
    self.stream = stream
  }

  /// The next chunk of the request body, as DATA frames brought it; nil at its end.
  /// - Throws: `RPCError` (`.cancelled`) when the client reset the stream or the exchange ended.
  public func readBodyChunk() async throws -> [UInt8]? { try await stream.receive() }

  /// Reads the rest of the body.
  /// - Parameter limit: the largest body accepted, in bytes.
  /// - Throws: `RPCError` (`.resourceExhausted`) past `limit`, or when the stream ends early.
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

  /// Sends the response head, once.
  /// - Parameters:
  ///   - status: the HTTP status.
  ///   - headers: the response headers (lower-case names).
  /// - Throws: `RPCError` (`.cancelled`) when the exchange has ended.
  public func writeHead(status: Int, headers: [(String, String)] = []) async throws {
    try await stream.sendRawHead(status: status, headers: headers)
  }

  /// Sends body bytes, after a `200` head when none was written; suspends while the client is not
  /// reading.
  /// - Parameter bytes: the bytes.
  public func write(_ bytes: [UInt8]) async throws { try await stream.sendRaw(bytes) }

  /// Sends a whole response at once: the head, `body` and the end of the stream go to the client together
  /// (one HEADERS frame and the DATA after it in the same write, as far as flow control lets the body
  /// go), so a client that is still uploading gets the whole answer even if its stream is reset right
  /// after. After a head written earlier, the body and the end follow it.
  /// - Parameters:
  ///   - status: the HTTP status.
  ///   - headers: the response headers (lower-case names), `content-length` among them when wanted.
  ///   - body: the whole body; empty ends the stream on the HEADERS frame.
  /// - Throws: `RPCError` (`.cancelled`) when the exchange has ended.
  public func respond(status: Int, headers: [(String, String)], body: [UInt8]) async throws {
    try await stream.respondRaw(status: status, headers: headers, body: body)
  }

  /// Ends the response, with trailers when there are any.
  /// - Parameter trailers: the trailers (lower-case names).
  public func finish(trailers: [(String, String)] = []) { stream.finishRaw(trailers: trailers) }
}
