public import MeshTransport
import Synchronization

/// An HTTP/1.1 server on the mesh's event loops: keep-alive, pipelining, chunked bodies both ways,
/// strict framing, limits and timeouts. Each loop accepts on its own listener (SO_REUSEPORT) and
/// keeps its connections; handlers run as tasks on their connection's loop.
public final class HTTPServer: Sendable {
  private struct State {
    var acceptors: [HTTPAcceptor] = []
    var connections: [ObjectIdentifier: HTTPServerConnection] = [:]
    var stopping = false
    var drainedWaiters: [CheckedContinuation<Void, Never>] = []
  }

  private let handler: any HTTPHandler
  private let configuration: HTTPServerConfiguration
  private let group: EventLoopGroup
  private let state = Mutex(State())

  /// Creates a server.
  /// - Parameters:
  ///   - handler: answers every request (a router, usually).
  ///   - configuration: where to listen, limits and timeouts.
  ///   - group: the event loops.
  public init(handler: any HTTPHandler, configuration: HTTPServerConfiguration = HTTPServerConfiguration(),
              group: EventLoopGroup) {
    self.handler = handler
    self.configuration = configuration
    self.group = group
  }

  /// Binds and starts accepting.
  /// - Returns: the address it listens on (with the port picked when 0 was asked).
  /// - Throws: `SystemCallError` when the address cannot be bound.
  @discardableResult
  public func start() throws -> SocketAddress {
    let (bound, listeners) = try Socket.listenOnEachLoop(
      of: group, at: SocketAddress(host: configuration.host, port: configuration.port))
    let acceptors = listeners.map { loop, fd in
      HTTPAcceptor(loop: loop, fd: fd) { [weak self] fd, peer, loop in
        guard let self else { return SystemCall.close(fd) }
        accept(fd: fd, peer: peer, loop: loop)
      }
    }
    state.withLock { $0.acceptors = acceptors }
    for acceptor in acceptors { acceptor.loop.execute { acceptor.start() } }
    return bound
  }

  /// Takes over a connection another server accepted (a port that serves HTTP/2 and HTTP/1.1 hands
  /// over its HTTP/1.1 clients: by the first bytes in cleartext, by ALPN over TLS). Loop thread only;
  /// the server need not be started.
  /// - Parameters:
  ///   - fd: the connected socket, not registered on any loop.
  ///   - peer: the client's address.
  ///   - loop: the loop the connection lives on (the caller's).
  ///   - tls: the connection's TLS, handshake done; nil in cleartext.
  package func adopt(fd: Int32, peer: String, loop: EventLoop, tls: TLSRecordLayer? = nil) {
    accept(fd: fd, peer: peer, loop: loop, tls: tls)
  }

  private func accept(fd: Int32, peer: String, loop: EventLoop, tls: TLSRecordLayer? = nil) {
    let connection = HTTPServerConnection(loop: loop, fd: fd, peer: peer, handler: handler, tls: tls,
                                          configuration: configuration) {
      [weak self] closed in self?.connectionClosed(closed)
    }
    let draining = state.withLock { state in
      state.connections[ObjectIdentifier(connection)] = connection
      return state.stopping
    }
    connection.start()
    if draining { connection.drain() }
  }

  private func connectionClosed(_ connection: HTTPServerConnection) {
    let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      state.connections[ObjectIdentifier(connection)] = nil
      guard state.stopping, state.connections.isEmpty else { return [] }
      defer { state.drainedWaiters.removeAll() }
      return state.drainedWaiters
    }
    waiters.forEach { $0.resume() }
  }

  /// The number of open connections.
  public var openConnections: Int { state.withLock { $0.connections.count } }

  /// Stops accepting, lets each connection finish the response in progress (then `Connection: close`),
  /// and closes what is still open after `gracePeriod`.
  /// - Parameter gracePeriod: how long responses in flight may take.
  public func shutdown(gracePeriod: Duration = .seconds(5)) async {
    let (acceptors, connections) = state.withLock { state in
      state.stopping = true
      return (state.acceptors, Array(state.connections.values))
    }
    for acceptor in acceptors { acceptor.loop.execute { acceptor.close() } }
    connections.forEach { $0.drain() }
    let drained = Task {
      await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let done = state.withLock { state -> Bool in
          if state.connections.isEmpty { return true }
          state.drainedWaiters.append(continuation)
          return false
        }
        if done { continuation.resume() }
      }
    }
    let timeout = Task {
      try? await Task.sleep(for: gracePeriod)
      for connection in state.withLock({ Array($0.connections.values) }) { connection.forceClose() }
    }
    await drained.value
    timeout.cancel()
  }
}
