public import MeshCore
import Synchronization

/// A client channel to one or several addresses: it resolves its targets off the loops (again when its
/// connections are lost, and periodically), keeps a connection to each address, reconnects with backoff,
/// balances calls (pick-first, round-robin or power-of-two-choices least-request), holds calls that wait
/// for readiness, and carries the service config that retries and hedges its calls.
public final class GRPCChannel: ClientTransport {
  /// How calls are spread over the addresses' connections.
  public enum LoadBalancing: Sendable {
    /// Every call goes to the first address (in order) whose connection is ready.
    case pickFirst
    /// Calls rotate over every ready connection.
    case roundRobin
    /// Of two ready connections drawn at random, the one with fewer calls in flight (`PowerOfTwoChoices`).
    case leastRequest
  }

  /// How the channel connects.
  public struct Configuration: Sendable {
    /// The balancing policy.
    public var loadBalancing: LoadBalancing = .pickFirst
    /// Delays between reconnection attempts.
    public var backoff = ConnectionBackoff()
    /// How long one connection attempt may take.
    public var connectTimeout: Duration = .seconds(20)
    /// Retry and hedging policies per method and retry throttling (gRPC's service config, A6).
    public var serviceConfig: ServiceConfig
    /// The bytes of request messages the channel's calls may hold for retries, all together.
    public var retryBufferBytes: Int
    /// The bytes of request messages one call may hold for retries; past it the call is not retried.
    public var retryBufferBytesPerCall: Int
    /// How targets are resolved, and how often again.
    public var nameResolution: NameResolution
    /// Keepalive pings; nil sends none.
    public var keepalive: Keepalive?
    /// The `:authority` of requests; by default the target's host and port.
    public var authority: String?
    /// TLS with ALPN h2 (and a client certificate for mutual TLS); nil speaks h2c.
    public var tls: TLSConfiguration?

    /// The defaults: pick-first, gRPC's backoff, 20 s connect timeout, no keepalive, no retry policy,
    /// names looked up again every 30 s and when connections are lost.
    public init() {
      serviceConfig = ServiceConfig()
      retryBufferBytes = 16 << 20
      retryBufferBytesPerCall = 256 << 10
      nameResolution = NameResolution()
    }
  }

  /// A host and port to connect to; names are resolved off the loops, again when connections are lost.
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

  /// A ready connection and the key of its subchannel, which a call's `AttemptedEndpoints` records.
  struct ReadyConnection {
    let key: Int
    let connection: UnsafeTransfer<ClientConnection>
  }

  struct State {
    /// In the resolver's order: pick-first prefers the first.
    var subchannels: [Subchannel] = []
    var states: [ObjectIdentifier: Subchannel.State] = [:]
    var ready: [ObjectIdentifier: UnsafeTransfer<ClientConnection>] = [:]
    /// The ready connections in the subchannels' order, rebuilt when a subchannel changes (rarely), so
    /// that a pick indexes it instead of building the list on every call.
    var readyInOrder: [ReadyConnection] = []
    var nextRoundRobin = 0
    /// True until the first resolution has finished: calls wait for it.
    var resolving = true
    var lastResolution: ContinuousClock.Instant?
    var resolutionFailures = 0
    var resolutionTask: Task<Void, Never>?
    var resolutionRequested = false
    var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    var nextWaiter: UInt64 = 0
    /// Bumped on every subchannel change, so a caller can tell whether anything changed since it picked.
    var generation: UInt64 = 0
    var resolutionError: String?
    var closed = false
    /// When a call last asked the subchannels waiting out a backoff delay to connect now (`pick`).
    var lastConnectOnDemand: ContinuousClock.Instant?
    /// Connections whose server answered (its first SETTINGS frame arrived) since the channel started.
    var connectionsEstablished = 0
    /// Connection attempts started since the channel started (tests count them).
    var connectAttempts = 0

    /// Rebuilds `readyInOrder` after a change of `subchannels` or `ready`.
    mutating func orderReady() {
      readyInOrder = subchannels.compactMap { subchannel in
        ready[ObjectIdentifier(subchannel)].map { ReadyConnection(key: subchannel.key, connection: $0) }
      }
    }
  }

  private enum Pick {
    case use(ClientConnection)
    case fail(String)
    case wait
    /// Wait, after asking these subchannels (each waiting out a backoff delay) to connect now.
    case connectNow([Subchannel])
  }

  let configuration: Configuration
  let state = Mutex(State())
  let targets: [Target]
  let group: EventLoopGroup
  /// Built once from `configuration.tls` and shared by every connection.
  let tlsContext: TLSContext?
  /// The throttle of `configuration.serviceConfig`, shared by every call on the channel.
  public let retryThrottle: RetryThrottle?
  /// The memory for requests held for replay, shared by every call on the channel.
  public let retryBufferPool: RetryBufferPool
  /// How the subchannels and the resolution tasks reach the channel: not weakly, which would put every
  /// retain of it (several per relayed call in a gateway) on the runtime's slow path (`GRPCChannelLink`).
  let link = GRPCChannelLink()

  /// Creates a channel and starts resolving the targets and connecting to every address they have.
  /// - Parameters:
  ///   - targets: the servers; names resolve to all their addresses.
  ///   - configuration: balancing, backoff, keepalive, service config, name resolution.
  ///   - group: the event loops the connections live on.
  /// - Throws: `TLSError` when the TLS configuration cannot be loaded (a missing or bad CA file).
  public init(targets: [Target], configuration: Configuration = Configuration(), group: EventLoopGroup) throws {
    self.configuration = configuration
    self.targets = targets
    self.group = group
    tlsContext = try configuration.tls.map { try TLSContext(configuration: $0) }
    retryThrottle = configuration.serviceConfig.retryThrottling.map(RetryThrottle.init)
    retryBufferPool = RetryBufferPool(channelLimit: configuration.retryBufferBytes,
                                      callLimit: configuration.retryBufferBytesPerCall)
    link.attach(self)
    startResolving()
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
      let (decision, generation) = pick(waitForReady: options.waitForReady, attempted: options.attemptedEndpoints)
      switch decision {
      case .use(let connection):
        // Already on the connection's loop (a gateway forwarding a call it received on the same loop):
        // the stream opens here, without a suspension and a turn of the loop.
        if connection.loop.inLoop {
          guard connection.isUsable else {
            connection.callEnded()
            continue
          }
          return connection.openStream(method: method, metadata: metadata, options: options)
        }
        let transfer = UnsafeTransfer(connection)
        let stream: ClientStream? = await withCheckedContinuation { continuation in
          transfer.value.loop.execute {
            let connection = transfer.value
            guard connection.isUsable else {
              connection.callEnded()
              return continuation.resume(returning: nil)
            }
            continuation.resume(returning: connection.openStream(method: method, metadata: metadata, options: options))
          }
        }
        if let stream { return stream }
      case .fail(let reason):
        throw RPCError(code: .unavailable, message: reason)
      case .wait, .connectNow:
        if let deadline, ContinuousClock.now >= deadline {
          throw RPCError(code: .deadlineExceeded, message: "Deadline exceeded while waiting for a connection.")
        }
        await waitForChange(after: generation, until: deadline)
      }
    }
  }

  /// The loop a unary call had best run on: the group's only loop, or under pick-first the loop of the
  /// connection a call would take now. There the call's steps take the loop's own paths instead of a hop
  /// each. Nil otherwise (round-robin or least-request over several loops, or nothing ready yet).
  public var preferredCallExecutor: (any TaskExecutor)? {
    if group.loops.count == 1 { return group.loops[0] }
    guard case .pickFirst = configuration.loadBalancing else { return nil }
    return state.withLock { state -> EventLoop? in
      guard !state.closed else { return nil }
      for subchannel in state.subchannels {
        if let connection = state.ready[ObjectIdentifier(subchannel)]?.value { return connection.loop }
      }
      return nil
    }
  }

  /// A ready connection on the caller's loop, counted as a call started (`callEnded` when it ends);
  /// nil when the balancing's pick is not ready on this loop. Loop thread.
  func readyConnectionOnCurrentLoop() -> ClientConnection? {
    guard case .use(let connection) = pick(waitForReady: false, attempted: nil).0 else { return nil }
    guard connection.loop.inLoop, connection.isUsable else {
      connection.callEnded()
      return nil
    }
    return connection
  }

  /// Keepalive PINGs acknowledged on the connections ready now; any thread. Tests wait on it.
  var keepaliveAcknowledgements: Int {
    state.withLock { $0.readyInOrder.reduce(0) { $0 + $1.connection.value.keepaliveAcknowledgements } }
  }

  /// Whether a connection is ready for calls now; a gateway cluster leaves an endpoint out of its
  /// rotation while it has none. Any thread.
  public var hasReadyConnection: Bool { state.withLock { !$0.ready.isEmpty && !$0.closed } }

  /// Picks a connection for an attempt; `attempted` holds the endpoints of the call's earlier attempts.
  private func pick(waitForReady: Bool, attempted: AttemptedEndpoints?) -> (Pick, UInt64) {
    let (decision, generation) = state.withLock { state in
      (pick(&state, waitForReady: waitForReady, attempted: attempted), state.generation)
    }
    guard case .connectNow(let subchannels) = decision else { return (decision, generation) }
    // Outside the lock: the subchannels start their attempts on their loops, and each reports `.connecting`
    // and then its outcome, which wakes the call that waits here.
    Self.connectNow(subchannels)
    return (.wait, generation)
  }

  /// Asks the subchannels to start their next attempt now; any thread.
  static func connectNow(_ subchannels: [Subchannel]) {
    for subchannel in subchannels { subchannel.loop.execute { subchannel.connectNowIfBackingOff() } }
  }

  private func pick(_ state: inout State, waitForReady: Bool, attempted: AttemptedEndpoints?) -> Pick {
    do {
      if state.closed { return .fail("The channel is closed.") }
      if let error = state.resolutionError { return .fail(error) }
      // The list is shared, not copied: a pick allocates nothing (the gateway's relay picks once per
      // relayed call).
      let ready = state.readyInOrder
      if !ready.isEmpty {
        let position: Int
        // The keys of the call's earlier attempts' endpoints, read once; under the channel's lock, so
        // two attempts of a call picking at once see each other's choice.
        let tried = attempted?.all ?? []
        let excluded: ((Int) -> Bool)? = tried.isEmpty ? nil : { tried.contains(ready[$0].key) }
        switch configuration.loadBalancing {
        case .pickFirst:
          // Pick-first means one server for every call: its attempts stay there too.
          position = 0
        case .roundRobin:
          state.nextRoundRobin = (state.nextRoundRobin + 1) % ready.count
          position = ReadyPick.roundRobin(count: ready.count, from: state.nextRoundRobin, tried: excluded)
        case .leastRequest:
          position = ReadyPick.leastRequest(count: ready.count, tried: excluded,
                                            load: { ready[$0].connection.value.callsInFlight },
                                            random: { Int.random(in: 0..<$0) })
        }
        attempted?.insert(ready[position].key)
        let connection = ready[position].connection.value
        // Counted now, not when the stream opens on the loop, so a burst of picks sees each other.
        connection.callStarted()
        return .use(connection)
      }
      if state.resolving { return .wait }
      if let demand = connectOnDemand(&state) { return demand }
      if waitForReady { return .wait }
      let failures = state.states.values.compactMap { if case .transientFailure(let reason) = $0 { reason } else { nil } }
      // Fail fast only when every address has failed; while any is connecting, calls wait for it.
      if failures.count == state.states.count { return .fail("No connection: \(failures.joined(separator: "; "))") }
      return .wait
    }
  }

  /// gRPC's "connect on demand": with no connection ready, a call asks the subchannels that wait out a
  /// backoff delay to connect now, and waits for the outcome, instead of failing (or waiting) for as long
  /// as the delay has grown while the server was down: a server restarted after an outage of a minute
  /// would otherwise get its first call up to two minutes later (the delay grows ×1.6 to 120 s). At most
  /// once per `backoff.initial`, however many calls pick: under load, every pick would otherwise start an
  /// attempt, and a server that is still down would see a storm of connects. Nil when there is nothing to
  /// ask (none is waiting out a delay) or the last demand is too recent.
  private func connectOnDemand(_ state: inout State) -> Pick? {
    subchannelsToConnectOnDemand(&state).map { .connectNow($0) }
  }

  /// The subchannels a demand now asks to connect: those waiting out a backoff delay, unless the last
  /// demand was less than `backoff.initial` ago (then nil, as when none is waiting).
  func subchannelsToConnectOnDemand(_ state: inout State) -> [Subchannel]? {
    guard !state.closed else { return nil }
    let now = ContinuousClock.now
    if let last = state.lastConnectOnDemand, now - last < configuration.backoff.initial { return nil }
    let backingOff = state.subchannels.filter { subchannel in
      if case .transientFailure? = state.states[ObjectIdentifier(subchannel)] { true } else { false }
    }
    guard !backingOff.isEmpty else { return nil }
    state.lastConnectOnDemand = now
    return backingOff
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
    let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>]? in
      state.generation += 1
      let key = ObjectIdentifier(subchannel)
      // A subchannel the resolver dropped may still report while it drains: it is no longer ours.
      guard state.states[key] != nil else { return nil }
      state.states[key] = newState
      state.ready[key] = nil
      if newState == .connecting { state.connectAttempts += 1 }
      if newState == .ready, let connection { state.ready[key] = UnsafeTransfer(connection) }
      state.orderReady()
      defer { state.waiters.removeAll() }
      return Array(state.waiters.values)
    }
    guard let waiters else { return }
    waiters.forEach { $0.resume() }
    if newState != .ready && newState != .connecting { connectionsLost() }
  }

  deinit {
    // First: from here on the subchannels and resolution tasks find no channel.
    link.detach()
    close()
  }

  /// Stops reconnecting, drains the connections, and fails calls still waiting for one.
  public func close() {
    let (subchannels, waiters) = state.withLock { state in
      state.closed = true
      state.resolutionTask?.cancel()
      state.resolutionTask = nil
      defer { state.waiters.removeAll() }
      return (state.subchannels, Array(state.waiters.values))
    }
    for subchannel in subchannels { subchannel.loop.execute { subchannel.shutdown() } }
    waiters.forEach { $0.resume() }
  }
}
