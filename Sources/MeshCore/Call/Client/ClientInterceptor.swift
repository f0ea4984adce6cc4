/// Runs around the calls a client makes: credentials, logging, metrics, deadlines, local answers.
///
/// Interceptors are given to the client (`GRPCClient(transport:interceptors:)`), the first of the list
/// outermost. An interceptor can:
/// - change the method, the request metadata or the call options before calling `next`;
/// - answer without calling `next`: throw an `RPCError`, or return an `AnsweredClientCallStream`;
/// - see each message both ways, and the response metadata, trailers and status: return a
///   `ForwardingClientCallStream` subclass around the stream `next` returned.
public protocol ClientInterceptor: Sendable {
  /// Intercepts the opening of one call.
  /// - Parameters:
  ///   - head: the method, request metadata and options, as the previous stage passes them.
  ///   - next: the rest of the chain (the next interceptor, at the end the transport).
  /// - Returns: the call's stream.
  /// - Throws: an `RPCError` to fail the call before it starts.
  func intercept(
    head: ClientCallHead,
    next: @Sendable (ClientCallHead) async throws -> any ClientCallStream
  ) async throws -> any ClientCallStream
}

/// What a client call is opened with.
public struct ClientCallHead: Sendable {
  /// The method called.
  public var method: MethodDescriptor
  /// The request metadata.
  public var metadata: Metadata
  /// Deadline, compression and limits.
  public var options: CallOptions

  /// Creates a call head.
  /// - Parameters:
  ///   - method: the method called.
  ///   - metadata: the request metadata.
  ///   - options: deadline, compression and limits.
  public init(method: MethodDescriptor, metadata: Metadata, options: CallOptions) {
    self.method = method
    self.metadata = metadata
    self.options = options
  }
}
