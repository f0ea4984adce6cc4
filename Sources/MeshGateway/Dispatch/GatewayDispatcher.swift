public import MeshCore

/// Where every edge protocol hands a decoded gRPC call: the filters, then a route's upstream (or, in
/// tests and for in-process services, a router).
///
/// An edge protocol builds a `ServerCallStream` over its own format (gRPC-Web frames, Connect
/// envelopes, JSON bodies) and a `ServerCallHead` (method, metadata, deadline, peer), and calls
/// `dispatch`; the dispatcher runs the call and always ends the stream with `finish(status:trailers:)`.
public protocol GatewayDispatcher: Sendable {
  /// Runs one call to its end.
  /// - Parameters:
  ///   - head: the method, request metadata, deadline and peer.
  ///   - stream: the call's messages in and out, in protobuf binary form.
  func dispatch(head: ServerCallHead, stream: any ServerCallStream) async
}

/// Dispatches calls to the services of a router in this process, through the given interceptors: how
/// edge protocols are tested without an upstream, and how a gateway serves its own services.
public struct RouterDispatcher: GatewayDispatcher {
  private let router: RPCRouter

  /// Creates a dispatcher.
  /// - Parameters:
  ///   - services: the services to serve.
  ///   - interceptors: what every call goes through, the first outermost.
  public init(services: [any RegistrableRPCService], interceptors: [any ServerInterceptor] = []) {
    var router = RPCRouter()
    for service in services { service.registerMethods(with: &router) }
    self.router = router.intercepted(by: interceptors)
  }

  /// Runs the method's handler, or ends the call with `UNIMPLEMENTED` when there is none.
  /// - Parameters:
  ///   - head: the call's head.
  ///   - stream: the call's stream.
  public func dispatch(head: ServerCallHead, stream: any ServerCallStream) async {
    guard let route = router.route(forPath: head.method.path) else {
      stream.finish(status: Status(code: .unimplemented, message: "Method not found: \(head.method.path)"),
                    trailers: Metadata())
      return
    }
    await route.handler(stream, ServerContext(head: head))
  }
}
