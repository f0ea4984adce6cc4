/// Runs around the server's handlers: authentication, logging, metrics, rate limits, the gateway's
/// filters.
///
/// Interceptors are given to the server (`GRPCServer(services:interceptors:)`, `InMemoryTransport`),
/// which builds the chain once; the first of the list sees each call first. An interceptor can:
/// - read and change the request metadata (`context.requestMetadata`) before calling `next`;
/// - answer without calling `next`: throw an `RPCError` to end the call with its status, or write a
///   response on `stream` and return to end it with OK;
/// - see each message both ways: pass `next` a `ForwardingServerCallStream` subclass that overrides
///   `receive` and `send`;
/// - change the response metadata: `context.initialResponseMetadata` before the first message,
///   `context.trailingResponseMetadata` until it returns (the stream is ended after the outermost
///   interceptor returns, with those trailers and the status of what it threw, if anything);
/// - turn an error of the next stages into another status by catching it and throwing another.
public protocol ServerInterceptor: Sendable {
  /// Intercepts one call.
  /// - Parameters:
  ///   - stream: the call's serialized messages, as the previous stage passes them.
  ///   - context: the call's context, shared by every stage.
  ///   - next: the rest of the chain (the next interceptor, at the end the handler).
  /// - Throws: an `RPCError` to end the call with its status (any other error ends it with `UNKNOWN`).
  func intercept(
    stream: any ServerCallStream, context: ServerContext,
    next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void
  ) async throws
}
