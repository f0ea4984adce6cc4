public import MeshCore
import Synchronization

/// A call's stream over a gRPC-Web exchange: request messages from the (possibly base64) body, response
/// messages as data frames, and the end as a trailer frame, or as a Trailers-Only head when nothing was
/// sent before it.
public final class GRPCWebCallStream: ServerCallStream {
  private let exchange: any EdgeExchange
  private let isText: Bool
  private let contentType: String
  private let cors: EdgeCORSPolicy
  private let writer: EdgeResponseWriter
  /// The end of the call, which `finish` records and the protocol waits for.
  public var completion: EdgeCallCompletion { writer.completion }
  private struct State {
    var decoder: GRPCWebRequestDecoder
    var pending: [[UInt8]] = []
    var bodyEnded = false
  }
  private let state: Mutex<State>

  /// Creates a stream.
  /// - Parameters:
  ///   - exchange: the HTTP exchange.
  ///   - isText: whether bodies are base64 (`grpc-web-text`).
  ///   - contentType: the response's content type (the request's).
  ///   - maxMessageSize: the largest request message.
  ///   - cors: the CORS policy for the response headers.
  public init(exchange: any EdgeExchange, isText: Bool, contentType: String, maxMessageSize: Int, cors: EdgeCORSPolicy) {
    self.exchange = exchange
    self.isText = isText
    self.contentType = contentType
    self.cors = cors
    writer = EdgeResponseWriter(exchange: exchange) { metadata in
      Self.head(EdgeMetadata.headers(from: metadata), contentType: contentType, cors: cors, request: exchange.request)
    }
    state = Mutex(State(decoder: GRPCWebRequestDecoder(isText: isText, maxMessageSize: maxMessageSize)))
  }

  /// The next request message; nil at the end of the body.
  public func receive() async throws -> [UInt8]? {
    while true {
      let next = state.withLock { state -> (message: [UInt8]?, ended: Bool) in
        if !state.pending.isEmpty { return (state.pending.removeFirst(), false) }
        return (nil, state.bodyEnded)
      }
      if let message = next.message { return message }
      if next.ended { return nil }
      let chunk = try await exchange.readBodyChunk()
      try state.withLock { state throws(RPCError) in
        if let chunk {
          state.pending += try state.decoder.append(chunk)
        } else {
          state.pending += try state.decoder.finish()
          state.bodyEnded = true
        }
      }
    }
  }

  /// Sends the response head with the initial metadata.
  public func sendInitialMetadata(_ metadata: Metadata) async throws { try await writer.sendHead(metadata) }

  /// Sends one response message as a data frame.
  public func send(_ message: [UInt8], compress: Bool) async throws {
    try await writer.sendBody(encode(LengthPrefixedFrame(flags: 0, payload: message).encoded))
  }

  /// Ends the call; the protocol writes the trailers once `completion` reports it.
  public func finish(status: Status, trailers: Metadata) {
    completion.complete(status: status, trailers: trailers)
  }

  /// Writes the end of the response: the trailer frame, or a Trailers-Only head when no head was sent.
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  public func writeEnd(status: Status, trailers: Metadata) async {
    await writer.writeEnd { headWasSent in
      if headWasSent {
        try await exchange.write(encode(GRPCWebTrailers.frame(status: status, trailers: trailers).encoded))
      } else {
        // The whole answer (often an early one: 401, 429, 413's RESOURCE_EXHAUSTED) in one step, which
        // ends the stream on the head (`respond` gives it `content-length: 0`).
        let fields = GRPCWebTrailers.fields(status: status, trailers: trailers)
        try await exchange.respond(status: 200, headers: Self.head(fields, contentType: contentType, cors: cors,
                                                                   request: exchange.request), body: [])
      }
    }
  }

  private static func head(_ fields: [(String, String)], contentType: String, cors: EdgeCORSPolicy,
                           request: EdgeRequestHead) -> [(String, String)] {
    // Browsers read the trailer frame's fields from the body, but the head's own fields (Trailers-Only
    // status, custom metadata) need exposing.
    let exposed = ["grpc-status", "grpc-message"] + fields.map(\.0)
    return [("content-type", contentType)] + fields + cors.responseHeaders(for: request, exposing: exposed)
  }

  private func encode(_ bytes: [UInt8]) -> [UInt8] {
    // Each write is its own padded base64 chunk; clients decode concatenated chunks (PROTOCOL-WEB.md).
    isText ? Array(EdgeBase64.encode(bytes).utf8) : bytes
  }
}
