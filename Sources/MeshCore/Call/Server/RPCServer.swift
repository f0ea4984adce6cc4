/// A gRPC server over any transport: the services, behind the interceptors, served by a
/// `ServerTransport` (HTTP/2 in MeshTransport, or `InMemoryServerTransport` for tests without sockets).
///
/// The router is built once, here, with the interceptor chain around every method; the transport gets
/// it at `start()` and runs each call's handler itself.
///
/// ```swift
/// let server = RPCServer(transport: InMemoryServerTransport(), services: [Wishlist()],
///                        interceptors: [Authenticate()])
/// try server.start()
/// let client = GRPCClient(transport: server.transport.clientTransport)
/// ```
public final class RPCServer<Transport: ServerTransport>: Sendable {
  /// What carries the calls.
  public let transport: Transport
  /// The methods served, interceptors included.
  public let router: RPCRouter

  /// Creates a server of `services` behind `interceptors`.
  /// - Parameters:
  ///   - transport: what accepts the calls.
  ///   - services: the services to serve.
  ///   - interceptors: what every call goes through before its handler, the first outermost.
  public convenience init(transport: Transport, services: [any RegistrableRPCService],
                          interceptors: [any ServerInterceptor] = []) {
    var router = RPCRouter()
    for service in services { service.registerMethods(with: &router) }
    self.init(transport: transport, router: router, interceptors: interceptors)
  }

  /// Creates a server of a router's methods behind `interceptors`.
  /// - Parameters:
  ///   - transport: what accepts the calls.
  ///   - router: the methods to serve.
  ///   - interceptors: what every call goes through before its handler, the first outermost.
  public init(transport: Transport, router: RPCRouter, interceptors: [any ServerInterceptor] = []) {
    self.transport = transport
    self.router = router.intercepted(by: interceptors)
  }

  /// Starts the transport; returns where it accepts calls.
  /// - Throws: what the transport's `start(serving:)` throws (an address in use, started before).
  @discardableResult
  public func start() throws -> Transport.Address {
    try transport.start(serving: router)
  }

  /// Stops accepting calls, lets the calls in flight finish, and cuts short what still runs after
  /// `gracePeriod`; returns when every call has ended.
  /// - Parameter gracePeriod: how long calls in flight may take to finish.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async {
    await transport.shutdown(gracePeriod: gracePeriod)
  }
}
