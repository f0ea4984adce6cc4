/// A client transport that runs a server's handlers in the same process, with no sockets and no
/// HTTP/2: services and interceptors are tested through it exactly as clients call them.
///
/// The shorthand of an `RPCServer` over an `InMemoryServerTransport`, started, and its client
/// transport (see `InMemoryServerTransport` for the semantics of a call):
///
/// ```swift
/// let transport = InMemoryTransport(services: [Wishlist()], interceptors: [Authenticate()])
/// let wishlist = Mesh_Wishlist_V1_WishlistService.Client(wrapping: GRPCClient(transport: transport))
/// ```
public final class InMemoryTransport: ClientTransport {
  private let server: RPCServer<InMemoryServerTransport>
  /// The peer address handlers see in their context.
  public var peer: String { server.transport.peer }

  /// Creates a transport serving `services` behind `interceptors`.
  /// - Parameters:
  ///   - services: the services to serve.
  ///   - interceptors: the server interceptors, the first outermost.
  ///   - peer: the peer address handlers see.
  public convenience init(services: [any RegistrableRPCService], interceptors: [any ServerInterceptor] = [],
                          peer: String = "in-memory") {
    var router = RPCRouter()
    for service in services { service.registerMethods(with: &router) }
    self.init(router: router, interceptors: interceptors, peer: peer)
  }

  /// Creates a transport serving the methods of a router behind `interceptors`.
  /// - Parameters:
  ///   - router: the methods to serve.
  ///   - interceptors: the server interceptors, the first outermost.
  ///   - peer: the peer address handlers see.
  public init(router: RPCRouter, interceptors: [any ServerInterceptor] = [], peer: String = "in-memory") {
    server = RPCServer(transport: InMemoryServerTransport(peer: peer), router: router, interceptors: interceptors)
    // A transport made here has neither started nor stopped: it always begins.
    _ = server.transport.begin(serving: server.router)
  }

  /// Opens a call and starts its handler.
  /// - Parameters:
  ///   - method: the method to call.
  ///   - metadata: the request metadata.
  ///   - options: deadline and message limits of the call.
  /// - Returns: the client's end of the call.
  public func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    server.transport.openCall(method: method, metadata: metadata, options: options)
  }

  /// Stops the server side as `RPCServer.shutdown(gracePeriod:)` does: new calls are refused, calls in
  /// flight may finish within `gracePeriod`.
  /// - Parameter gracePeriod: how long calls in flight may take to finish.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async {
    await server.shutdown(gracePeriod: gracePeriod)
  }
}
