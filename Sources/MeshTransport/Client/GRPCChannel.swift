public import MeshCore
import Synchronization

/// A client channel to one or several addresses: it keeps a connection to each, reconnects with
/// backoff, balances calls (pick-first or round-robin), and holds calls that wait for readiness.
public final class GRPCChannel: ClientTransport {
  /// How calls are spread over the addresses' connections.
  public enum LoadBalancing: Sendable {
    /// Every call goes to the first address (in order) whose connection is ready.
    case pickFirst
    /// Calls rotate over every ready connection.
    case roundRobin
  }

  /// How the channel connects.
  public struct Configuration: Sendable {
    /// The balancing policy.
    public var loadBalancing: LoadBalancing = .pickFirst
    /// Delays between reconnection attempts.
    public var backoff = ConnectionBackoff()
    /// How long one connection attempt may take.
    public var connectTimeout: Duration = .seconds(20)
    /// Keepalive pings; nil sends none.
    public var keepalive: Keepalive?
    /// The `:authority` of requests; by default the target's host and port.
    public var authority: String?
    /// TLS with ALPN h2 (and a client certificate for mutual TLS); nil speaks h2c.
    public var tls: TLSConfiguration?

    /// The defaults: pick-first, gRPC's backoff, 20 s connect timeout, no keepalive.
    public init() {}
  }

  /// A host and port to connect to; names are resolved when the channel is created.
  public struct Target: Sendable, Hashable {
    /// The host name or numeric address.
    public var host: String
    /// The port.
    public var port: Int

    /// Creates a target.
    /// - Parameters:
    ///   - host: the host name or numeric address.
    ///   - port: the port.
    public init(host: String, port: Int) {
      self.host = host
      self.port = port
    }
  }

  private struct State {
    var subchannels: [Subchannel] = []
    var states: [ObjectIdentifier: Subchannel.State] = [:]
    var ready: [(index: Int, connection: UnsafeTransfer<ClientConnection>)] = []
    var nextRoundRobin = 0
    var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    var nextWaiter: UInt64 = 0
    /// Bumped on every subchannel change, so a caller can tell whether anything changed since it picked.
    var generation: UInt64 = 0
    var resolutionError: String?
    var closed = false
  }

  private enum Pick {
    case use(ClientConnection)
    case fail(String)
    case wait
  }

  private let configuration: Configuration
  private let state = Mutex(State())
  /// Built once from `configuration.tls` and shared by every connection.
  let tlsContext: TLSContext?

  /// Creates a channel and starts connecting to every address of the targets.
  /// - Parameters:
  ///   - targets: the servers; names resolve to all their addresses.
  ///   - configuration: balancing, backoff, keepalive.
  ///   - group: the event loops the connections live on.
  /// - Throws: `TLSError` when the TLS configuration cannot be loaded (a missing or bad CA file).
  public init(targets: [Target], configuration: Configuration = Configuration(), group: EventLoopGroup) throws {
    self.configuration = configuration
    tlsContext = try configuration.tls.map { try TLSContext(configuration: $0) }
    var addresses: [(SocketAddress, String)] = []
    var resolutionError: String?
    for target in targets {
      do {
        addresses += try SocketAddress.resolve(host: target.host, port: target.port).map { ($0, target.host) }
      } catch {
        resolutionError = "cannot resolve \(target.host): \(error)"
      }
    }
    let subchannels = addresses.map {
      Subchannel(address: $0.0, hostname: $0.1, loop: group.next(), channel: self, configuration: configuration)
    }
    state.withLock {
      $0.subchannels = subchannels
      $0.resolutionError = addresses.isEmpty ? (resolutionError ?? "no address to connect to") : nil
      for subchannel in subchannels { $0.states[ObjectIdentifier(subchannel)] = .idle }
    }
    for subchannel in subchannels { subchannel.loop.execute { subchannel.connect() } }
  }

  /// Creates a channel to one host and port.
  /// - Parameters:
  ///   - host: the host name or numeric address.
  ///   - port: the port.
  ///   - configuration: balancing, backoff, keepalive.
  ///   - group: the event loops the connections live on.
  /// - Throws: `TLSError` when the TLS configuration cannot be loaded.
  public convenience init(host: String, port: Int, configuration: Configuration = Configuration(),
                          group: EventLoopGroup) throws {
    try self.init(targets: [Target(host: host, port: port)], configuration: configuration, group: group)
  }

  /// Opens a call on a ready connection, waiting for one as gRPC's wait-for-ready rules say.
  public func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    let deadline = options.timeout.map { ContinuousClock.now + $0 }
    while true {
      try Task.checkCancellation()
      let (decision, generation) = pick(waitForReady: options.waitForReady)
      switch decision {
      case .use(let connection):
        let transfer = UnsafeTransfer(connection)
        let stream: ClientStream? = await withCheckedContinuation { continuation in
          transfer.value.loop.execute {
            let connection = transfer.value
            guard connection.isUsable else { return continuation.resume(returning: nil) }
            continuation.resume(returning: connection.openStream(method: method, metadata: metadata, options: options))
          }
        }
        if let stream { return stream }
      case .fail(let reason):
        throw RPCError(code: .unavailable, message: reason)
      case .wait:
        if let deadline, ContinuousClock.now >= deadline {
          throw RPCError(code: .deadlineExceeded, message: "Deadline exceeded while waiting for a connection.")
        }
        await waitForChange(after: generation, until: deadline)
      }
    }
  }

  private func pick(waitForReady: Bool) -> (Pick, UInt64) {
    state.withLock { state in (pick(&state, waitForReady: waitForReady), state.generation) }
  }

  private func pick(_ state: inout State, waitForReady: Bool) -> Pick {
    do {
      if state.closed { return .fail("The channel is closed.") }
      if let error = state.resolutionError { return .fail(error) }
      if !state.ready.isEmpty {
        switch configuration.loadBalancing {
        case .pickFirst:
          return .use(state.ready.min { $0.index < $1.index }!.connection.value)
        case .roundRobin:
          state.nextRoundRobin = (state.nextRoundRobin + 1) % state.ready.count
          return .use(state.ready[state.nextRoundRobin].connection.value)
        }
      }
      if waitForReady { return .wait }
      let failures = state.states.values.compactMap { if case .transientFailure(let reason) = $0 { reason } else { nil } }
      // Fail fast only when every address has failed; while any is connecting, calls wait for it.
      if failures.count == state.states.count { return .fail("No connection: \(failures.joined(separator: "; "))") }
      return .wait
    }
  }

  private func waitForChange(after generation: UInt64, until deadline: ContinuousClock.Instant?) async {
    let id = state.withLock { state -> UInt64 in
      state.nextWaiter += 1
      return state.nextWaiter
    }
    let timer = deadline.map { deadline in
      Task {
        try? await Task.sleep(until: deadline, clock: .continuous)
        self.state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
      }
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let stillWaiting = state.withLock { state -> Bool in
          if state.generation != generation || state.closed { return false }
          state.waiters[id] = continuation
          return true
        }
        if !stillWaiting { continuation.resume() }
      }
    } onCancel: {
      self.state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
    }
    timer?.cancel()
  }

  /// A subchannel's new state; called on its loop.
  func subchannel(_ subchannel: Subchannel, changedTo newState: Subchannel.State, connection: ClientConnection?) {
    let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
      state.generation += 1
      let key = ObjectIdentifier(subchannel)
      state.states[key] = newState
      state.ready.removeAll { $0.connection.value.isClosed || !$0.connection.value.isUsable || state.subchannels[$0.index] === subchannel }
      if newState == .ready, let connection, let index = state.subchannels.firstIndex(where: { $0 === subchannel }) {
        state.ready.append((index, UnsafeTransfer(connection)))
      }
      defer { state.waiters.removeAll() }
      return Array(state.waiters.values)
    }
    waiters.forEach { $0.resume() }
  }

  deinit { close() }

  /// Stops reconnecting, drains the connections, and fails calls still waiting for one.
  public func close() {
    let (subchannels, waiters) = state.withLock { state in
      state.closed = true
      defer { state.waiters.removeAll() }
      return (state.subchannels, Array(state.waiters.values))
    }
    for subchannel in subchannels { subchannel.loop.execute { subchannel.shutdown() } }
    waiters.forEach { $0.resume() }
  }
}
