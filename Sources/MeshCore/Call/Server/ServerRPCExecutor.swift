/// Runs a typed handler over a transport's call stream: decodes requests, encodes responses, and maps
/// whatever the handler throws to the status that ends the call.
public enum ServerRPCExecutor {
  /// Runs a handler that takes a request stream and a response writer; the other kinds adapt to it.
  /// - Parameters:
  ///   - stream: the transport's call.
  ///   - context: the call's context.
  ///   - handler: the typed handler.
  public static func execute<Request: WireMessage, Response: WireMessage>(
    stream: any ServerCallStream,
    context: ServerContext,
    handler: (RequestStream<Request>, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) async {
    let requests = RequestStream<Request>(stream: stream)
    let writer = ResponseWriter<Response>(stream: stream, context: context)
    do {
      try await handler(requests, writer, context)
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
