/// Maps method paths to handlers; generated service protocols register their methods in it.
public struct RPCRouter: Sendable {
  /// A handler as the transport runs it: it drives the stream to its end, including its status.
  public typealias Handler = @Sendable (any ServerCallStream, ServerContext) async -> Void

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
    /// Its handler.
    public let handler: Handler
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

  /// Registers an untyped handler, replacing any previous one for the same method.
  /// - Parameters:
  ///   - method: the method.
  ///   - handler: the handler.
  public mutating func register(_ method: MethodDescriptor, handler: @escaping Handler) {
    handlers[method.path] = Route(method: method, handler: handler)
    serviceNames.insert(method.service)
  }

  /// Registers a unary method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: one request in, one response out.
  public mutating func registerUnary<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (Request, ServerContext) async throws -> Response
  ) {
    register(method.descriptor) { stream, context in
      await ServerRPCExecutor.execute(stream: stream, context: context) {
        (requests: RequestStream<Request>, writer: ResponseWriter<Response>, context) in
        let request = try await ServerRPCExecutor.single(requests)
        try await writer.write(try await handler(request, context))
      }
    }
  }

  /// Registers a client-streaming method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: a stream of requests in, one response out.
  public mutating func registerClientStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (RequestStream<Request>, ServerContext) async throws -> Response
  ) {
    register(method.descriptor) { stream, context in
      await ServerRPCExecutor.execute(stream: stream, context: context) {
        (requests: RequestStream<Request>, writer: ResponseWriter<Response>, context) in
        try await writer.write(try await handler(requests, context))
      }
    }
  }

  /// Registers a server-streaming method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: one request in, a stream of responses out.
  public mutating func registerServerStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (Request, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) {
    register(method.descriptor) { stream, context in
      await ServerRPCExecutor.execute(stream: stream, context: context) {
        (requests: RequestStream<Request>, writer: ResponseWriter<Response>, context) in
        try await handler(try await ServerRPCExecutor.single(requests), writer, context)
      }
    }
  }

  /// Registers a bidirectional-streaming method.
  /// - Parameters:
  ///   - method: the typed method.
  ///   - handler: streams both ways.
  public mutating func registerBidirectionalStreaming<Request, Response>(
    _ method: RPCMethod<Request, Response>,
    handler: @escaping @Sendable (RequestStream<Request>, ResponseWriter<Response>, ServerContext) async throws -> Void
  ) {
    register(method.descriptor) { stream, context in
      await ServerRPCExecutor.execute(stream: stream, context: context, handler: handler)
    }
  }
}

/// A service whose methods can be registered in a router; generated service protocols refine it.
public protocol RegistrableRPCService: Sendable {
  /// Registers every method of the service.
  /// - Parameter router: the router to register in.
  func registerMethods(with router: inout RPCRouter)
}
