import Synchronization

/// A server transport in the same process, with no sockets and no HTTP/2: `RPCServer` serves on it
/// exactly as on HTTP/2, and its `clientTransport` calls it, so any service and interceptor is tested
/// through the server's real routing and interceptor chain.
///
/// Each call runs its handler in a task of its own, with the same semantics as over the network:
/// request and response messages are bounded queues (a sender waits while the other side is not
/// reading), deadlines end the call with `DEADLINE_EXCEEDED` and cancel the handler, a client's
/// cancellation ends it with `CANCELLED`, and an unknown method gets `UNIMPLEMENTED`. Messages are not
/// compressed; message limits are those of the call's options. Calls before `start(serving:)` and
/// during a shutdown are refused with `UNAVAILABLE`.
///
/// ```swift
/// let server = RPCServer(transport: InMemoryServerTransport(), services: [Wishlist()])
/// let client = GRPCClient(transport: try server.start())
/// ```
public final class InMemoryServerTransport: ServerTransport {
  /// The client transport connected to this server: what `start(serving:)` returns.
  public typealias Address = InMemoryClientTransport

  private struct State {
    var router: RPCRouter?
    var stopping = false
    /// The calls whose handler is running, ended with `UNAVAILABLE` when the grace period is over.
    var calls: [ObjectIdentifier: InMemoryCall] = [:]
    var drainedWaiters: [CheckedContinuation<Void, Never>] = []
  }

  /// What a call opened meets.
  private enum Admission {
    case run(RPCRouter.Route)
    case refuse(Status)
  }

  /// The peer address handlers see in their context.
  public let peer: String
  private let state = Mutex(State())

  /// Creates a transport that has not started.
  /// - Parameter peer: the peer address handlers see in `ServerContext.peer`.
  public init(peer: String = "in-memory") { self.peer = peer }

  /// A client transport whose calls this server runs.
  public var clientTransport: InMemoryClientTransport { InMemoryClientTransport(server: self) }

  /// Starts running calls with `router`'s handlers.
  /// - Parameter router: the methods to serve, interceptors included.
  /// - Returns: a client transport connected to this server.
  /// - Throws: `RPCError` (`.failedPrecondition`) when the transport started or shut down before.
  public func start(serving router: RPCRouter) throws -> InMemoryClientTransport {
    guard begin(serving: router) else {
      throw RPCError(code: .failedPrecondition, message: "The in-memory transport has already started or stopped.")
    }
    return clientTransport
  }

  /// Records the router; false when the transport started or shut down before.
  func begin(serving router: RPCRouter) -> Bool {
    state.withLock { state in
      guard state.router == nil, !state.stopping else { return false }
      state.router = router
      return true
    }
  }

  /// Refuses new calls, waits for the running ones to finish, and after `gracePeriod` ends those still
  /// running with `UNAVAILABLE` (cancelling their handlers); returns once every handler has returned.
  /// - Parameter gracePeriod: how long calls in flight may take to finish.
  public func shutdown(gracePeriod: Duration) async {
    state.withLock { $0.stopping = true }
    let deadline = Task {
      // Cancelled once everything drained: then there is nothing left to end.
      guard (try? await Task.sleep(for: gracePeriod)) != nil else { return }
      let remaining = self.state.withLock { Array($0.calls.values) }
      for call in remaining {
        call.end(status: Status(code: .unavailable, message: "The server shut down before the call finished."),
                 trailers: [], cancelHandler: true)
      }
    }
    await withCheckedContinuation { continuation in
      let done = state.withLock { state -> Bool in
        if state.calls.isEmpty { return true }
        state.drainedWaiters.append(continuation)
        return false
      }
      if done { continuation.resume() }
    }
    deadline.cancel()
  }

  /// Opens a call and starts its handler.
  func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) -> any ClientCallStream {
    let call = InMemoryCall(options: options)
    let client = InMemoryClientCallStream(call: call)
    // Admitted and recorded in one step, so a shutdown either refuses the call or waits for it.
    let admission = state.withLock { state -> Admission in
      guard let router = state.router else {
        return .refuse(Status(code: .unavailable, message: "The in-memory server has not started."))
      }
      guard !state.stopping else { return .refuse(Status(code: .unavailable, message: "The server is shutting down.")) }
      guard let route = router.route(forPath: method.path) else {
        return .refuse(Status(code: .unimplemented, message: router.services.contains(method.service)
          ? "Method not found: \(method.path)" : "Service not found: \(method.service)"))
      }
      state.calls[ObjectIdentifier(call)] = call
      return .run(route)
    }
    guard case .run(let route) = admission else {
      if case .refuse(let status) = admission { call.end(status: status, trailers: [], cancelHandler: false) }
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
      self.handlerReturned(call)
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

  private func handlerReturned(_ call: InMemoryCall) {
    let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      state.calls[ObjectIdentifier(call)] = nil
      guard state.stopping, state.calls.isEmpty else { return [] }
      defer { state.drainedWaiters.removeAll() }
      return state.drainedWaiters
    }
    waiters.forEach { $0.resume() }
  }
}

/// The client side of an `InMemoryServerTransport`: its calls run in that server.
public struct InMemoryClientTransport: ClientTransport {
  /// The server this client calls.
  public let server: InMemoryServerTransport

  /// Creates a client of `server`.
  /// - Parameter server: the server whose handlers run the calls.
  public init(server: InMemoryServerTransport) { self.server = server }

  /// Opens a call and starts its handler in the server.
  /// - Parameters:
  ///   - method: the method to call.
  ///   - metadata: the request metadata.
  ///   - options: deadline and message limits of the call.
  /// - Returns: the client's end of the call; it ends with `UNAVAILABLE` when the server is not serving.
  public func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    server.openCall(method: method, metadata: metadata, options: options)
  }
}
