/// Runs a typed handler over a transport's call stream: decodes requests, encodes responses, and maps
/// whatever the handler (or an interceptor) throws to the status that ends the call.
public enum ServerRPCExecutor {
  /// Runs a handler that takes a request stream and a response writer, then ends the stream with OK or
  /// with the status of what it threw.
  /// - Parameters:
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  ///   - handler: the typed handler.
  public static func execute<Request: WireMessage, Response: WireMessage>(
    stream: any ServerCallStream,
    context: ServerContext,
    handler: (RequestStream<Request>, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) async {
    await finishing(stream: stream, context: context) {
      try await run(stream: stream, context: context, handler: handler)
    }
  }

  /// Runs a typed handler over the stream without ending it: what it throws is left to the caller
  /// (the interceptors around it, then `finishing`).
  /// - Parameters:
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  ///   - handler: the typed handler.
  public static func run<Request: WireMessage, Response: WireMessage>(
    stream: any ServerCallStream,
    context: ServerContext,
    handler: (RequestStream<Request>, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) async throws {
    try await handler(RequestStream<Request>(stream: stream), ResponseWriter<Response>(stream: stream, context: context),
                      context)
  }

  /// Runs `body`, then ends the stream: with OK and the context's trailers when it returns, with the
  /// error's status and the context's trailers merged with the error's metadata when it throws.
  /// - Parameters:
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  ///   - body: the call's work (interceptors and handler).
  @inline(__always)  // into the router's handlers: one async frame and executor check less per call
  public static func finishing(
    stream: any ServerCallStream, context: ServerContext, body: () async throws -> Void
  ) async {
    do {
      try await body()
      stream.finish(status: .ok, trailers: context.trailingResponseMetadata)
    } catch {
      finish(stream: stream, context: context, error: error)
    }
  }

  /// Ends the stream with the status of `error`, and the context's trailers merged with its metadata.
  /// - Parameters:
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  ///   - error: what the call's work threw.
  static func finish(stream: any ServerCallStream, context: ServerContext, error: any Error) {
    let rpcError = RPCError(from: error)
    var trailers = context.trailingResponseMetadata
    trailers.add(contentsOf: rpcError.metadata)
    stream.finish(status: rpcError.status, trailers: trailers)
  }

  /// Reads exactly one request, as unary and server-streaming calls expect.
  /// - Parameter requests: the request stream.
  /// - Throws: `RPCError` (`.unimplemented` per gRPC's convention for cardinality violations) when
  ///   there is no request or more than one.
  public static func single<Request: WireMessage>(_ requests: RequestStream<Request>) async throws -> Request {
    try Request(wireBytes: try await singleMessage(from: requests.stream))
  }

  /// Reads exactly one serialized request from the stream (unary and server-streaming calls).
  /// Inlined into its callers: an async function of its own would be one more frame and executor
  /// check per call.
  /// - Parameter stream: the transport's call.
  /// - Throws: `RPCError` (`.unimplemented`) when there is no request or more than one.
  @inline(__always)
  static func singleMessage(from stream: any ServerCallStream) async throws -> [UInt8] {
    // A unary request usually arrives whole (END_STREAM with its DATA) before the handler runs: then
    // both answers are known without an async call, and each async call would be an executor hop in
    // and one back out.
    if case .message(let bytes) = try stream.receiveWithoutWaiting() {
      switch try stream.receiveWithoutWaiting() {
      case .end: return bytes
      case .message: throw RPCError(code: .unimplemented, message: "Expected one request message, received more.")
      case .unknown:
        guard try await stream.receive() == nil else {
          throw RPCError(code: .unimplemented, message: "Expected one request message, received more.")
        }
        return bytes
      }
    }
    guard let bytes = try await stream.receive() else {
      throw RPCError(code: .unimplemented, message: "Expected one request message, received none.")
    }
    guard try await stream.receive() == nil else {
      throw RPCError(code: .unimplemented, message: "Expected one request message, received more.")
    }
    return bytes
  }

  /// Sends the one response of a unary or client-streaming call: without an async call when the
  /// stream can take it at once (`sendLastWithoutWaiting`), else as `send`.
  /// - Parameters:
  ///   - message: the response.
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  @inline(__always)
  static func sendLast<Response: WireMessage>(_ message: Response, on stream: any ServerCallStream,
                                              context: ServerContext) async throws {
    let compress = context.compressResponses
    let bytes: [UInt8]
    switch try message.wirePieces() {
    case .whole(let whole):
      if try stream.sendLastWithoutWaiting(whole, compress: compress, initialMetadata: context.initialResponseMetadata) {
        return
      }
      bytes = whole
    case .pieces(let pieces):
      if try stream.sendLastWithoutWaiting(pieces: pieces, compress: compress, initialMetadata: context.initialResponseMetadata) {
        return
      }
      // The stream must wait: the pieces go as one message (a copy, only on this path).
      bytes = WirePieces.pieces(pieces).joined
    }
    try await stream.sendInitialMetadata(context.initialResponseMetadata)
    try await stream.send(bytes, compress: compress)
  }

  /// Sends one response message, after the headers with the context's initial metadata (the
  /// transport sends those once), compressed when the context asks for it.
  /// - Parameters:
  ///   - message: the response.
  ///   - compress: whether to compress it; by default, the context's `compressResponses`.
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  @inline(__always)
  static func send<Response: WireMessage>(_ message: Response, compress: Bool? = nil, on stream: any ServerCallStream,
                                          context: ServerContext) async throws {
    try await stream.sendInitialMetadata(context.initialResponseMetadata)
    try await stream.send(try message.wireBytes(), compress: compress ?? context.compressResponses)
  }
}
