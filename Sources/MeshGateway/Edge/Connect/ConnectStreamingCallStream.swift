public import MeshCore
import Synchronization

/// A streaming Connect call's stream (`application/connect+json` or `+proto`): request envelopes read
/// from the body as they arrive, response envelopes written as the method sends, and the end as the
/// end-of-stream envelope (flag 0x02) carrying the error and the trailers in JSON.
public final class ConnectStreamingCallStream: ServerCallStream {
  /// Envelope flag: the payload is compressed.
  public static let compressedFlag: UInt8 = 0x01
  /// Envelope flag: the end-of-stream message.
  public static let endStreamFlag: UInt8 = 0x02

  private let exchange: any EdgeExchange
  private let codec: ConnectCodec
  private let method: ConnectMethod?
  private let maxMessageSize: Int
  private let inflatesGzip: Bool
  private let writer: EdgeResponseWriter
  /// The end of the call.
  public var completion: EdgeCallCompletion { writer.completion }
  private struct State {
    var decoder: LengthPrefixedFrameDecoder
    var pending: [[UInt8]] = []
    var bodyEnded = false
  }
  private let state: Mutex<State>

  /// Creates a stream.
  /// - Parameters:
  ///   - exchange: the HTTP exchange.
  ///   - codec: the messages' codec.
  ///   - method: the method's schema, when known.
  ///   - contentType: the response's content type.
  ///   - maxMessageSize: the largest request message.
  ///   - inflatesGzip: whether compressed envelopes are gzip (`Connect-Content-Encoding: gzip`).
  ///   - extraHeaders: headers for the response head (CORS), given its header names.
  public init(exchange: any EdgeExchange, codec: ConnectCodec, method: ConnectMethod?, contentType: String,
              maxMessageSize: Int, inflatesGzip: Bool, extraHeaders: @escaping @Sendable ([String]) -> [(String, String)]) {
    self.exchange = exchange
    self.maxMessageSize = maxMessageSize
    self.inflatesGzip = inflatesGzip
    self.codec = codec
    self.method = method
    writer = EdgeResponseWriter(exchange: exchange) { metadata in
      let fields = EdgeMetadata.headers(from: metadata)
      return [("content-type", contentType)] + fields + extraHeaders(fields.map(\.0))
    }
    state = Mutex(State(decoder: LengthPrefixedFrameDecoder(maxPayloadSize: maxMessageSize)))
  }

  /// The next request message in protobuf binary; nil at the end of the body.
  public func receive() async throws -> [UInt8]? {
    while true {
      let next = state.withLock { state -> (message: [UInt8]?, ended: Bool) in
        if !state.pending.isEmpty { return (state.pending.removeFirst(), false) }
        return (nil, state.bodyEnded)
      }
      if let message = next.message { return try codec.requestToWire(message, descriptor: method?.input) }
      if next.ended { return nil }
      let chunk = try await exchange.readBodyChunk()
      try state.withLock { state throws(RPCError) in
        guard let chunk else {
          try state.decoder.finish()
          state.bodyEnded = true
          return
        }
        state.decoder.append(chunk)
        while let frame = try state.decoder.next() {
          if frame.flags & Self.endStreamFlag != 0 {
            throw RPCError(code: .invalidArgument, message: "A Connect request may not carry an end-of-stream message.")
          }
          if frame.flags & Self.compressedFlag != 0 {
            guard inflatesGzip else {
              throw RPCError(code: .invalidArgument,
                             message: "A compressed envelope arrived without Connect-Content-Encoding.")
            }
            state.pending.append(try ConnectGzip.decompress(frame.payload, limit: maxMessageSize))
          } else {
            state.pending.append(frame.payload)
          }
        }
      }
    }
  }

  /// Sends the response head with the initial metadata.
  public func sendInitialMetadata(_ metadata: Metadata) async throws { try await writer.sendHead(metadata) }

  /// Sends one response message as an envelope.
  public func send(_ message: [UInt8], compress: Bool) async throws {
    let payload = try codec.responseFromWire(message, descriptor: method?.output)
    try await writer.sendBody(LengthPrefixedFrame(flags: 0, payload: payload).encoded)
  }

  /// Ends the call; the protocol writes the end-of-stream message once `completion` reports it.
  public func finish(status: Status, trailers: Metadata) {
    completion.complete(status: status, trailers: trailers)
  }

  /// Writes the end of the response: the head if none was sent, then the end-of-stream envelope.
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  public func writeEnd(status: Status, trailers: Metadata) async {
    await writer.writeEnd { [writer] headWasSent in
      let json = ConnectErrorBody.endStreamJSON(status, trailers: trailers)
      let end = LengthPrefixedFrame(flags: Self.endStreamFlag, payload: Array(json.utf8)).encoded
      // With no head sent yet the whole answer is known (often an early one: 401, 429, a body too
      // large): head, envelope and end in one step.
      if headWasSent { try await writer.exchange.write(end) } else { try await writer.respond(end) }
    }
  }
}
