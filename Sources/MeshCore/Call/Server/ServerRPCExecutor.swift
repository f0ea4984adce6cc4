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
  public static func finishing(
    stream: any ServerCallStream, context: ServerContext, body: () async throws -> Void
  ) async {
    do {
      try await body()
      stream.finish(status: .ok, trailers: context.trailingResponseMetadata)
    } catch {
      let rpcError = RPCError(from: error)
      var trailers = context.trailingResponseMetadata
      trailers.add(contentsOf: rpcError.metadata)
      stream.finish(status: rpcError.status, trailers: trailers)
    }
  }

  /// Reads exactly one request, as unary and server-streaming calls expect.
  /// - Parameter requests: the request stream.
  /// - Throws: `RPCError` (`.unimplemented` per gRPC's convention for cardinality violations) when
  ///   there is no request or more than one.
  public static func single<Request: WireMessage>(_ requests: RequestStream<Request>) async throws -> Request {
    var iterator = requests.makeAsyncIterator()
    guard let request = try await iterator.next() else {
      throw RPCError(code: .unimplemented, message: "Expected one request message, received none.")
    }
    guard try await iterator.next() == nil else {
      throw RPCError(code: .unimplemented, message: "Expected one request message, received more.")
    }
    return request
  }
}
