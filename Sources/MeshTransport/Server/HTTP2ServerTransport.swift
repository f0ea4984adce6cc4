public import MeshCore
import Synchronization

/// The HTTP/2 server transport: gRPC over HTTP/2 (h2c with prior knowledge, or TLS with ALPN h2), which
/// can hand its HTTP/1.1 clients to an HTTP/1.1 server (cleartext: by the first bytes; TLS: by ALPN).
/// `RPCServer` serves on it; `GRPCServer` is the shorthand of the two.
///
/// Each event loop accepts on its own listener (SO_REUSEPORT on one port) and keeps its connections,
/// so a call never leaves the thread its connection lives on. Every connection gets the router the
/// server handed over at `start(serving:)` and routes its calls itself.
public final class HTTP2ServerTransport: ServerTransport {
  private struct State {
    var started = false
    var stopping = false
    var openConnections = 0
    var acceptors: [ObjectIdentifier: UnsafeTransfer<Acceptor>] = [:]
    var connections: [ObjectIdentifier: UnsafeTransfer<ServerConnection>] = [:]
    var drainedWaiters: [CheckedContinuation<Void, Never>] = []
    var tlsContext: UnsafeTransfer<TLSContext>?
    /// The methods served, set once by `start(serving:)`.
    var router: RPCRouter?
  }

  /// The bytes every connection holds, bounded by `ServerLimits.maxBufferedBytesPerServer`.
  private let budget = BufferedBytesBudget()
  private let configuration: Configuration
  private let group: EventLoopGroup
  private let state = Mutex(State())

  /// Creates a transport that has not started.
  /// - Parameters:
  ///   - configuration: where and how to listen.
  ///   - group: the event loops; by default one per core.
  public init(configuration: Configuration = Configuration(), group: EventLoopGroup = EventLoopGroup()) {
    self.configuration = configuration
    self.group = group
  }

  /// Binds and starts accepting, serving `router`'s methods; returns the address it listens on.
  /// - Parameter router: the methods to serve, interceptors included.
  /// - Throws: `ServerLimits.InvalidLimit` when a limit does not fit HTTP/2 (checked before binding),
  ///   `SystemCallError` when the address cannot be bound, `RPCError` (`.failedPrecondition`) when the
  ///   transport started or shut down before.
  public func start(serving router: RPCRouter) throws -> SocketAddress {
    // Checked once here: a limit HTTP/2 cannot carry would otherwise fail every connection.
    try configuration.limits.validate()
    let claimed = state.withLock { state in
      guard state.router == nil, !state.stopping else { return false }
      state.router = router
      return true
    }
    guard claimed else {
      throw RPCError(code: .failedPrecondition, message: "The HTTP/2 transport has already started or stopped.")
    }
    do {
      return try listen()
    } catch {
      // Nothing listens: a later start (another port, the address freed) may claim it again.
      state.withLock { $0.router = nil }
      throw error
    }
  }

  /// Binds one listener per loop and starts their acceptors.
  private func listen() throws -> SocketAddress {
    var tls = configuration.tls
    if configuration.http1Handoff != nil, var settings = tls {
      if !settings.applicationProtocols.contains("http/1.1") { settings.applicationProtocols.append("http/1.1") }
      // A client that offers no ALPN speaks HTTP/1.1: it is served; one that offers only protocols the
      // port lacks still gets no_application_protocol (RFC 7301 §3.2).
      settings.acceptsClientsWithoutApplicationProtocol = true
      tls = settings
    }
    let tlsContext = try tls.map { try TLSContext(configuration: $0) }
    state.withLock { $0.tlsContext = tlsContext.map(UnsafeTransfer.init) }
    let (bound, listeners) = try Socket.listenOnEachLoop(
      of: group, at: SocketAddress(host: configuration.host, port: configuration.port))
    // Acceptors are recorded before they start, so a shutdown that follows at once still closes them
    // (both run on the acceptor's loop, in order).
    // Weak: the server keeps its acceptors, so a strong capture would be a cycle that outlives it.
    let acceptors = listeners.map { loop, fd in
      Acceptor(loop: loop, fd: fd, backoff: configuration.limits.acceptBackoff) { [weak self] fd, peer in
        guard let self else { return SystemCall.close(fd) }
        accept(fd: fd, peer: peer, loop: loop)
      }
    }
    let stopping = state.withLock { state in
      state.started = true
      // A shutdown that began while binding found no acceptor to close: these then never start.
      guard !state.stopping else { return true }
      for acceptor in acceptors { state.acceptors[ObjectIdentifier(acceptor)] = UnsafeTransfer(acceptor) }
      return false
    }
    if stopping {
      listeners.forEach { SystemCall.close($0.1) }
      throw RPCError(code: .unavailable, message: "The HTTP/2 transport was shut down while it started.")
    }
    for acceptor in acceptors {
      let transfer = UnsafeTransfer(acceptor)
      acceptor.loopExecute { transfer.value.start() }
    }
    return bound
  }

  private func accept(fd: Int32, peer: SocketAddress?, loop: EventLoop) {
    let peerName = peer?.peerDescription ?? "unknown"
    // A cleartext port that also serves HTTP/1.1 looks at the first bytes before choosing.
    if let handoff = configuration.http1Handoff, configuration.tls == nil {
      let sniffer = ProtocolSniffer(loop: loop, fd: fd, timeout: configuration.sniffTimeout) { [weak self] verdict in
        switch verdict {
        case .http2:
          guard let self, !self.state.withLock({ $0.stopping }) else { return SystemCall.close(fd) }
          self.startConnection(fd: fd, peer: peerName, loop: loop, tls: nil)
        case .http1: handoff(fd, peerName, loop, nil)
        case .undecided: break
        }
      }
      return sniffer.start()
    }
    var tls: TLSEngine?
    if let context = state.withLock({ $0.tlsContext?.value }) {
      do {
        tls = try TLSEngine(context: context)
      } catch {
        return SystemCall.close(fd)
      }
    }
    // A TLS port that also serves HTTP/1.1 finishes the handshake before choosing, by ALPN.
    if let handoff = configuration.http1Handoff, let engine = tls {
      let handshaker = TLSHandshaker(loop: loop, fd: fd, engine: engine, timeout: configuration.limits.handshakeTimeout) {
        [weak self] verdict in
        switch verdict {
        case .http2(let engine):
          guard let self, !self.state.withLock({ $0.stopping }) else { return SystemCall.close(fd) }
          self.startConnection(fd: fd, peer: peerName, loop: loop, tls: engine)
        case .http1(let engine): handoff(fd, peerName, loop, TLSRecordLayer(engine: engine))
        case .failed: break
        }
      }
      return handshaker.start()
    }
    startConnection(fd: fd, peer: peerName, loop: loop, tls: tls)
  }

  private func startConnection(fd: Int32, peer: String, loop: EventLoop, tls: TLSEngine?) {
    // Read once per connection (set before any acceptor started); each call then routes on the
    // connection's own copy.
    guard let router = state.withLock({ $0.router }) else { return SystemCall.close(fd) }
    let connection = ServerConnection(
      loop: loop, fd: fd, peer: peer, router: router,
      fallback: configuration.fallback, relay: configuration.relay, httpHandlers: configuration.httpHandlers, limits: configuration.limits, budget: budget, tls: tls
    ) { [self] closed in connectionClosed(closed) }
    let draining = state.withLock { state in
      state.openConnections += 1
      state.connections[ObjectIdentifier(connection)] = UnsafeTransfer(connection)
      return state.stopping
    }
    connection.start()
    if draining { connection.drain() }
  }

  private func connectionClosed(_ connection: ServerConnection) {
    let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      state.connections[ObjectIdentifier(connection)] = nil
      state.openConnections -= 1
      guard state.stopping, state.openConnections == 0 else { return [] }
      defer { state.drainedWaiters.removeAll() }
      return state.drainedWaiters
    }
    waiters.forEach { $0.resume() }
  }

  /// Stops accepting, drains every connection (GOAWAY; calls in flight finish, new ones are refused),
  /// and closes what is still open after `gracePeriod`.
  /// - Parameter gracePeriod: how long calls in flight may take to finish.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async {
    let (acceptors, connections) = state.withLock { state in
      state.stopping = true
      defer { state.acceptors.removeAll() }
      return (Array(state.acceptors.values), Array(state.connections.values))
    }
    for acceptor in acceptors { acceptor.value.loopExecute { acceptor.value.close() } }
    for connection in connections { connection.value.loop.execute { connection.value.drain() } }
    let drained = Task { await self.waitUntilDrained() }
    let deadline = Task {
      // Cancelled once everything drained: then there is nothing left to close.
      guard (try? await Task.sleep(for: gracePeriod)) != nil else { return }
      let remaining = self.state.withLock { Array($0.connections.values) }
      for connection in remaining {
        connection.value.loop.execute { connection.value.closeAtOnce(reason: "shutdown grace period over") }
      }
    }
    await drained.value
    deadline.cancel()
  }

  private func waitUntilDrained() async {
    await withCheckedContinuation { continuation in
      let done = state.withLock { state -> Bool in
        if state.openConnections == 0 { return true }
        state.drainedWaiters.append(continuation)
        return false
      }
      if done { continuation.resume() }
    }
  }
}

extension Acceptor {
  /// Runs `body` on the acceptor's loop.
  func loopExecute(_ body: @escaping () -> Void) {
    let transfer = UnsafeTransfer(body)
    loopForExecute.execute { transfer.value() }
  }
}
