/// Maps method paths to handlers; generated service protocols register their methods in it.
public struct RPCRouter: Sendable {
  /// A handler as the transport runs it: it drives the stream to its end, including its status.
  public typealias Handler = @Sendable (any ServerCallStream, ServerContext) async -> Void

  /// The service's side of a call, the part interceptors wrap: it reads and writes the stream and
  /// throws to end the call with a status, but does not end the stream itself (the `Handler` built
  /// around it does, once, after every interceptor has returned).
  public typealias CallBody = @Sendable (any ServerCallStream, ServerContext) async throws -> Void

  /// Each path's handler with its descriptor, so a call is routed without parsing its path again.
  private var handlers: [String: Route] = [:]
  private var serviceNames: Set<String> = []

  /// Creates an empty router.
  public init() {}

  /// The fully qualified names of the services with at least one registered method.
  public var services: Set<String> { serviceNames }

  /// Whether a method is registered.
  /// - Parameter method: the method.
  public func hasHandler(for method: MethodDescriptor) -> Bool { handlers[method.path] != nil }

  /// The handler of a `:path`, or nil when no method is registered there.
  /// - Parameter path: the request path, `/service/method`.
  public func handler(forPath path: String) -> Handler? { handlers[path]?.handler }

  /// A registered method and its handler.
  public struct Route: Sendable {
    /// The method.
    public let method: MethodDescriptor
    /// Its handler: the body (with any interceptors) that then ends the stream with a status.
    public let handler: Handler
    /// Its body, without ending the stream; nil for a method registered with a whole `Handler`.
    public let body: CallBody?

    init(method: MethodDescriptor, body: @escaping CallBody) {
      self.method = method
      self.body = body
      handler = { stream, context in
        await ServerRPCExecutor.finishing(stream: stream, context: context) { try await body(stream, context) }
      }
    }

    /// A body with a handler that does the same work and then ends the stream, fused into one
    /// closure (no async call into the body per call); interceptors, when added, wrap `body`.
    init(method: MethodDescriptor, body: @escaping CallBody, fusedHandler: @escaping Handler) {
      self.method = method
      self.body = body
      handler = fusedHandler
    }

    init(method: MethodDescriptor, handler: @escaping Handler) {
      self.method = method
      self.body = nil
      self.handler = handler
    }
  }

  /// The method and handler of a `:path` in one lookup (no parsing of the path), or nil when no
  /// method is registered there.
  /// - Parameter path: the request path, `/service/method`.
  public func route(forPath path: String) -> Route? { handlers[path] }

  /// Registers every method of a service.
  /// - Parameter service: the service.
  public mutating func register(_ service: some RegistrableRPCService) {
    service.registerMethods(with: &self)
  }

  /// Registers an untyped handler that ends the stream itself, replacing any previous one for the same
  /// method. Interceptors run around it, but cannot change the status or trailers it sends: prefer
  /// `register(_:body:)`.
  /// - Parameters:
  ///   - method: the method.
  ///   - handler: the handler.
  public mutating func register(_ method: MethodDescriptor, handler: @escaping Handler) {
    handlers[method.path] = Route(method: method, handler: handler)
    serviceNames.insert(method.service)
  }

  /// Registers an untyped body, replacing any previous one for the same method: it works on the
  /// stream's serialized messages and throws to end the call with a status (a proxy's forwarding
  /// handler, for instance).
  /// - Parameters:
  ///   - method: the method.
  ///   - body: the body.
  public mutating func register(_ method: MethodDescriptor, body: @escaping CallBody) {
    handlers[method.path] = Route(method: method, body: body)
    serviceNames.insert(method.service)
  }

  /// This router with `interceptors` around every method, the first of the list outermost: it sees
  /// each call first and its response last. The chain is built here, once, not per call.
  /// - Parameter interceptors: the interceptors, in the order they see a request.
  /// - Returns: the intercepted router; `self` when the list is empty.
  public func intercepted(by interceptors: [any ServerInterceptor]) -> RPCRouter {
    guard !interceptors.isEmpty else { return self }
    var result = self
    for (path, route) in handlers {
      let inner: CallBody = route.body ?? { [handler = route.handler] stream, context in await handler(stream, context) }
      var body = inner
      for interceptor in interceptors.reversed() {
        let next = body
        body = { stream, context in try await interceptor.intercept(stream: stream, context: context, next: next) }
      }
      result.handlers[path] = Route(method: route.method, body: body)
    }
    return result
  }

  /// Registers a unary method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: one request in, one response out.
  public mutating func registerUnary<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (Request, ServerContext) async throws -> Response
  ) {
    // Straight on the stream, without the request stream, its iterator and the response writer: each
    // is an async frame of its own in the call's task, and each frame entered is an executor check by
    // the runtime, which a unary call (the most common kind) pays on every call.
    // The handler is the same steps inside `finishing`, not a call to the body: every async call is
    // an executor hop in and one back out, even on the same executor.
    let body: CallBody = { stream, context in
      let request = try Request(wireBytes: try await ServerRPCExecutor.singleMessage(from: stream))
      try await ServerRPCExecutor.sendLast(try await handler(request, context), on: stream, context: context)
    }
    // `finishing` written out: its body closure stays an async function of its own (two hops more).
    let fused: Handler = { stream, context in
      do {
        let request = try Request(wireBytes: try await ServerRPCExecutor.singleMessage(from: stream))
        try await ServerRPCExecutor.sendLast(try await handler(request, context), on: stream, context: context)
        stream.finish(status: .ok, trailers: context.trailingResponseMetadata)
      } catch {
        ServerRPCExecutor.finish(stream: stream, context: context, error: error)
      }
    }
    handlers[method.descriptor.path] = Route(method: method.descriptor, body: body, fusedHandler: fused)
    serviceNames.insert(method.descriptor.service)
  }

  /// Registers a client-streaming method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: a stream of requests in, one response out.
  public mutating func registerClientStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (RequestStream<Request>, ServerContext) async throws -> Response
  ) {
    register(method.descriptor, body: { stream, context in
      try await ServerRPCExecutor.run(stream: stream, context: context) {
        (requests: RequestStream<Request>, writer: ResponseWriter<Response>, context) in
        try await writer.write(try await handler(requests, context))
      }
    })
  }

  /// Registers a server-streaming method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: one request in, a stream of responses out.
  public mutating func registerServerStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (Request, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) {
    register(method.descriptor, body: { stream, context in
      let request = try Request(wireBytes: try await ServerRPCExecutor.singleMessage(from: stream))
      try await handler(request, ResponseWriter<Response>(stream: stream, context: context), context)
    })
  }

  /// Registers a bidirectional-streaming method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: streams both ways.
  public mutating func registerBidirectionalStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (RequestStream<Request>, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) {
    register(method.descriptor, body: { stream, context in
      try await ServerRPCExecutor.run(stream: stream, context: context, handler: handler)
    })
  }
}

/// A service whose methods can be registered in a router; generated service protocols refine it.
public protocol RegistrableRPCService: Sendable {
  /// Registers every method of the service.
  /// - Parameter router: the router to register in.
  func registerMethods(with router: inout RPCRouter)
}
