/// A client transport that runs a server's handlers in the same process, with no sockets and no
/// HTTP/2: services and interceptors are tested through it exactly as clients call them.
///
/// Each call runs its handler in a task of its own, behind the server interceptors, with the same
/// semantics as over the network: request and response messages are bounded queues (a sender waits
/// while the other side is not reading), deadlines end the call with `DEADLINE_EXCEEDED` and cancel
/// the handler, a client's cancellation ends it with `CANCELLED`, and an unknown method gets
/// `UNIMPLEMENTED`. Messages are not compressed; message limits are those of the call's options.
///
/// ```swift
/// let transport = InMemoryTransport(services: [Wishlist()], interceptors: [Authenticate()])
/// let wishlist = Mesh_Wishlist_V1_WishlistService.Client(wrapping: GRPCClient(transport: transport))
/// ```
public final class InMemoryTransport: ClientTransport {
  private let router: RPCRouter
  /// The peer address handlers see in their context.
  public let peer: String

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
    self.router = router.intercepted(by: interceptors)
    self.peer = peer
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
    let call = InMemoryCall(options: options)
    let client = InMemoryClientCallStream(call: call)
    guard let route = router.route(forPath: method.path) else {
      let known = router.services.contains(method.service)
      call.end(status: Status(code: .unimplemented, message: known
                 ? "Method not found: \(method.path)" : "Service not found: \(method.service)"),
               trailers: [], cancelHandler: false)
      return client
    }
    let deadline = options.timeout.map { ContinuousClock.now + $0 }
    let context = ServerContext(head: ServerCallHead(method: route.method, metadata: metadata, deadline: deadline,
                                                     peer: peer))
    let server = InMemoryServerCallStream(call: call)
    let handler = Task { [handler = route.handler] in
      await handler(server, context)
      // Every router handler ends its stream; this only guards a hand-written one that does not.
      call.end(status: Status(code: .internal, message: "The handler returned without ending the call."),
               trailers: [], cancelHandler: false)
    }
    let timer = deadline.map { deadline in
      Task {
        guard (try? await Task.sleep(until: deadline, clock: .continuous)) != nil else { return }
        call.end(status: Status(code: .deadlineExceeded, message: "Deadline exceeded."), trailers: [],
                 cancelHandler: true)
      }
    }
    call.attach(handler: handler, deadlineTimer: timer)
    return client
  }
}
