/// Accepts calls and runs them: an HTTP/2 listener implements it, and so does `InMemoryServerTransport`.
///
/// `RPCServer` hands it the router (its services behind its interceptors, the chain already built)
/// once, at `start(serving:)`; the transport then routes each call it accepts itself
/// (`RPCRouter.route(forPath:)`) and runs the route's handler with the call's `ServerCallStream` and a
/// `ServerContext` made from its `ServerCallHead`. Nothing sits between the transport and the handler
/// per call: no closure, task or existential hop of the server's.
public protocol ServerTransport: Sendable {
  /// Where clients reach the transport once it started: a socket address, or a name in memory.
  associatedtype Address: Sendable

  /// Starts accepting calls and running them with `router`'s handlers; returns once it accepts.
  /// A call to a path the router lacks ends with `UNIMPLEMENTED` (unless the transport has a fallback
  /// of its own). A transport serves one router: a second start throws.
  /// - Parameter router: the methods to serve, interceptors included.
  /// - Returns: where the transport accepts calls.
  /// - Throws: when it cannot accept (an address already in use, a bad limit, started before).
  func start(serving router: RPCRouter) throws -> Address

  /// Stops gracefully: no new call is accepted (they are refused with `UNAVAILABLE`), calls in flight
  /// may finish, and whatever is still running after `gracePeriod` is cut short. Returns when every
  /// call has ended. Calling it before `start(serving:)` only stops the transport from starting.
  /// - Parameter gracePeriod: how long calls in flight may take to finish.
  func shutdown(gracePeriod: Duration) async
}
