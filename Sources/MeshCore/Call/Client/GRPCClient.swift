/// Makes typed calls over a client transport; generated clients wrap it.
public struct GRPCClient: Sendable {
  /// The transport calls go through.
  public let transport: any ClientTransport
  /// The interceptors every call goes through, the first outermost.
  public let interceptors: [any ClientInterceptor]
  /// Opens one attempt of a call through the interceptors, then the transport; built once.
  let open: @Sendable (ClientCallHead) async throws -> any ClientCallStream

  /// Retry and hedging policies, timeouts and limits per method (gRPC's service config).
  public let serviceConfig: ServiceConfig
  /// The retry throttle of `serviceConfig`, shared with the transport when it provides one.
  let retryThrottle: RetryThrottle?
  /// The memory for requests held for replay, shared with the transport when it provides one.
  let retryBufferPool: RetryBufferPool

  /// Creates a client; a transport that provides a service config (such as `GRPCChannel`) brings its
  /// config, its throttle and its replay buffer, shared by every client on it.
  /// - Parameters:
  ///   - transport: a channel to the server.
  ///   - interceptors: what each attempt of a call goes through, in order, before the transport.
  public init(transport: any ClientTransport, interceptors: [any ClientInterceptor] = []) {
    if let provider = transport as? any ServiceConfigProviding {
      self.init(transport: transport, interceptors: interceptors, serviceConfig: provider.serviceConfig,
                retryThrottle: provider.retryThrottle, retryBufferPool: provider.retryBufferPool)
    } else {
      self.init(transport: transport, interceptors: interceptors, serviceConfig: ServiceConfig(),
                retryThrottle: nil, retryBufferPool: RetryBufferPool())
    }
  }

  /// Creates a client with its own service config; its throttle and replay buffer belong to this client.
  /// - Parameters:
  ///   - transport: a channel to the server.
  ///   - interceptors: what each attempt of a call goes through, in order, before the transport.
  ///   - serviceConfig: the retry and hedging policies per method, and the retry throttling.
  public init(transport: any ClientTransport, interceptors: [any ClientInterceptor] = [],
              serviceConfig: ServiceConfig) {
    self.init(transport: transport, interceptors: interceptors, serviceConfig: serviceConfig,
              retryThrottle: serviceConfig.retryThrottling.map(RetryThrottle.init), retryBufferPool: RetryBufferPool())
  }

  private init(transport: any ClientTransport, interceptors: [any ClientInterceptor], serviceConfig: ServiceConfig,
               retryThrottle: RetryThrottle?, retryBufferPool: RetryBufferPool) {
    self.transport = transport
    self.interceptors = interceptors
    self.serviceConfig = serviceConfig
    self.retryThrottle = retryThrottle
    self.retryBufferPool = retryBufferPool
    var open: @Sendable (ClientCallHead) async throws -> any ClientCallStream = { head in
      try await transport.openCall(method: head.method, metadata: head.metadata, options: head.options)
    }
    for interceptor in interceptors.reversed() {
      let next = open
      open = { head in try await interceptor.intercept(head: head, next: next) }
    }
    self.open = open
  }

  /// Makes a unary call.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - request: the request message.
  ///   - metadata: the request metadata.
  ///   - options: deadline, compression and limits.
  /// - Returns: the response with its metadata.
  /// - Throws: `RPCError` carrying the status when the call does not end with OK.
  public func unary<Request, Response>(
    _ method: RPCMethod<Request, Response>, request: Request, metadata: Metadata = [],
    options: CallOptions = .defaults
  ) async throws -> ClientResponse<Response> {
    // Each step below is work on the connection's thread. Called from elsewhere (a handler on its
    // server's loop, a worker on Swift's pool), each would hop there and back, a wake-up of each thread
    // every time: about eighteen per call. Run on the connection's thread, the steps find their answers
    // in place, and the call costs one hop in and one out.
    guard let executor = transport.preferredCallExecutor else {
      return try await unaryCall(method, request: request, metadata: metadata, options: options)
    }
    return try await withTaskExecutorPreference(executor) {
      try await unaryCall(method, request: request, metadata: metadata, options: options)
    }
  }

  private func unaryCall<Request, Response>(
    _ method: RPCMethod<Request, Response>, request: Request, metadata: Metadata, options: CallOptions
  ) async throws -> ClientResponse<Response> {
    try await withCall(method.descriptor, metadata: metadata, options: options) { stream in
      try await stream.send(try request.wireBytes(), compress: true)
      try await stream.closeSending()
      return try await Self.singleResponse(stream)
    }
  }

  /// Makes a client-streaming call.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - metadata: the request metadata.
  ///   - options: deadline, compression and limits.
  ///   - requestProducer: writes the requests; the request stream ends when it returns.
  /// - Returns: the response with its metadata.
  public func clientStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>, metadata: Metadata = [], options: CallOptions = .defaults,
    requestProducer: (RequestWriter<Request>) async throws -> Void
  ) async throws -> ClientResponse<Response> {
    try await withCall(method.descriptor, metadata: metadata, options: options) { stream in
      try await requestProducer(RequestWriter(stream: stream))
      try await stream.closeSending()
      return try await Self.singleResponse(stream)
    }
  }

  /// Makes a server-streaming call.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - request: the request message.
  ///   - metadata: the request metadata.
  ///   - options: deadline, compression and limits.
  ///   - onResponse: reads the responses; the call is cancelled if it returns before the end.
  /// - Returns: what `onResponse` returns.
  public func serverStreaming<Request, Response, Result: Sendable>(
    _ method: RPCMethod<Request, Response>, request: Request, metadata: Metadata = [],
    options: CallOptions = .defaults,
    onResponse: (ResponseStream<Response>) async throws -> Result
  ) async throws -> Result {
    try await withCall(method.descriptor, metadata: metadata, options: options) { stream in
      try await stream.send(try request.wireBytes(), compress: true)
      try await stream.closeSending()
      return try await onResponse(ResponseStream(stream: stream))
    }
  }

  /// Makes a bidirectional-streaming call.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - metadata: the request metadata.
  ///   - options: deadline, compression and limits.
  ///   - body: writes requests and reads responses, in any order; call `finish()` on the writer to end
  ///     the requests. The call is cancelled if `body` returns before the call has ended.
  /// - Returns: what `body` returns.
  public func bidirectionalStreaming<Request, Response, Result: Sendable>(
    _ method: RPCMethod<Request, Response>, metadata: Metadata = [], options: CallOptions = .defaults,
    body: (RequestWriter<Request>, ResponseStream<Response>) async throws -> Result
  ) async throws -> Result {
    try await withCall(method.descriptor, metadata: metadata, options: options) { stream in
      try await body(RequestWriter(stream: stream), ResponseStream(stream: stream))
    }
  }

  /// Opens a call, runs `body`, and cancels the call if `body` throws, returns early, or the task is
  /// cancelled; cancelling a finished call does nothing.
  private func withCall<Result>(
    _ method: MethodDescriptor, metadata: Metadata, options: CallOptions,
    body: (any ClientCallStream) async throws -> Result
  ) async throws -> Result {
    let stream = try await openRetryingCall(method, metadata: metadata, options: options)
    defer { stream.cancel() }
    return try await withTaskCancellationHandler {
      try await body(stream)
    } onCancel: {
      stream.cancel()
    }
  }

  /// Reads the one response of a unary or client-streaming call, then its status.
  private static func singleResponse<Response: WireMessage>(_ stream: any ClientCallStream) async throws
    -> ClientResponse<Response>
  {
    let initial = try await stream.initialMetadata()
    let first = try await stream.receive()
    let extra = first == nil ? nil : try await stream.receive()
    let (status, trailers) = await stream.finalStatus()
    if let error = RPCError(status: status, metadata: trailers) { throw error }
    guard let bytes = first else {
      throw RPCError(code: .unimplemented, message: "The server ended the call without a response message.")
    }
    guard extra == nil else {
      throw RPCError(code: .unimplemented, message: "The server sent more than one response message.")
    }
    return ClientResponse(message: try Response(wireBytes: bytes), initialMetadata: initial,
                          trailingMetadata: trailers)
  }
}
