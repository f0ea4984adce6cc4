public import MeshCore
public import MeshTransport
import MeshHTTP
import Synchronization
import Glibc

/// A running gateway: its listeners (native gRPC through the fallback route, other content types
/// through the edge front), the dispatcher, its clusters and its call filters, all made from one
/// `GatewayConfiguration` (by `GatewayAssembly`). Routes, clusters and call filters can be replaced while it
/// runs (`reload`); listeners, edge protocols and edge filters stay.
public final class GatewayServer: Sendable {
  private let group: EventLoopGroup
  private let ownsGroup: Bool
  private let protocols: [any EdgeProtocol]
  private let filters: [any EdgeRequestFilter]
  private let observer: (any UpstreamCallObserver)?
  /// The observer given to `init` (metrics), without the access log: relayed calls write their own line.
  private let observerBesidesLog: (any UpstreamCallObserver)?
  private let accessLog: AccessLog?
  /// The dispatcher every listener shares; `reload` swaps its snapshot.
  public let dispatcher: UpstreamDispatcher
  /// The clusters, by name; the call filters reach their services through them.
  public let clusters: GatewayClusters
  private let listeners: [GatewayConfiguration.Listener]
  /// The HTTP/2 bounds every listener's connections keep (`connectionLimits(for:)`).
  private let connectionLimits: ServerLimits
  private let state: Mutex<State>

  private struct State {
    var servers: [(name: String, server: GRPCServer)] = []
    /// The HTTP/1.1 sides of the listeners (they adopt what the h2 side's sniffer or ALPN hands over).
    var http1Servers: [HTTPServer] = []
    var specs: [String: GatewayConfiguration.Cluster] = [:]
    var assembly: GatewayAssembly
    /// Clusters a reload replaced, each batch with the timer that closes it once its calls had time to end;
    /// `shutdown` closes them at once (the timer would otherwise keep them, and their connections, alive).
    var retiring: [(clusters: [UpstreamCluster], timer: Task<Void, Never>)] = []
  }

  /// How long a cluster that a reload replaced keeps serving the calls already on it.
  static let retirementDelay: Duration = .seconds(60)

  /// Creates a gateway; nothing listens before `start`.
  /// - Parameters:
  ///   - configuration: listeners, routes, clusters, filters, edge protocols and cache.
  ///   - protocols: the edge protocols besides native gRPC, in order; nil makes them from the configuration.
  ///   - observer: told of every forwarded call (metrics).
  ///   - accessLog: where one line per request goes; nil logs nothing.
  ///   - group: the event loops; by default one per core, shut down with the gateway.
  /// - Throws: when a cluster cannot be made or a filter names a cluster that does not exist.
  public init(configuration: GatewayConfiguration, protocols: [any EdgeProtocol]? = nil,
              observer: (any UpstreamCallObserver)? = nil, accessLog: AccessLog? = nil,
              group: EventLoopGroup? = nil) throws {
    let eventLoops = group ?? EventLoopGroup()
    self.group = eventLoops
    ownsGroup = group == nil
    self.protocols = try protocols ?? GatewayAssembly.protocols(for: configuration)
    filters = configuration.edgeFilters.makeFilters()
    self.accessLog = accessLog
    observerBesidesLog = observer
    let observers = [accessLog as (any UpstreamCallObserver)?, observer].compactMap { $0 }
    self.observer = observers.isEmpty ? nil : observers.count == 1 ? observers[0] : UpstreamCallObservers(observers)
    listeners = configuration.listeners
    connectionLimits = Self.connectionLimits(for: configuration)
    let made = try Self.clusters(for: configuration.clusters, reusing: [:], specs: [:], group: eventLoops)
    clusters = GatewayClusters(made)
    let assembly: GatewayAssembly
    do {
      assembly = try GatewayAssembly(configuration: configuration, clusters: clusters)
    } catch {
      made.values.forEach { $0.close() }
      throw error
    }
    dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
      routes: RouteTable(configuration.routes), clusters: made.mapValues { $0 as any ClientTransport },
      interceptors: assembly.interceptors, observer: self.observer))
    state = Mutex(State(specs: Dictionary(uniqueKeysWithValues: configuration.clusters.map { ($0.name, $0) }),
                        assembly: assembly))
  }

  /// The authentication filter running now (its JWKS and API-key caches), when `auth:` is configured.
  public var authInterceptor: AuthInterceptor? { state.withLock { $0.assembly.auth?.interceptor } }

  /// The response cache running now, when `cache:` is configured.
  public var responseCache: ResponseCache? { state.withLock { $0.assembly.cache?.cache } }

  /// Binds every listener.
  /// - Returns: each listener's bound address, by name.
  /// - Throws: when an address cannot be bound or a certificate cannot be read; what was started is stopped.
  @discardableResult
  public func start() async throws -> [String: SocketAddress] {
    var addresses: [String: SocketAddress] = [:]
    var started: [(name: String, server: GRPCServer)] = []
    var http1Servers: [HTTPServer] = []
    do {
      for listener in listeners {
        var configuration = GRPCServer.Configuration(host: listener.host, port: listener.port,
                                                     limits: connectionLimits, tls: listener.tls)
        configuration.fallback = nativeHandler(for: listener)
        if Self.relayEnabled {
          configuration.relay = GatewayRelayRouter(
            front: NativeGRPCFront(filters: filters, dispatcher: dispatcher, isSecure: listener.tls != nil),
            accessLog: accessLog, observer: observerBesidesLog, maxBodyBytes: listener.maxBodyBytes)
        }
        let front = EdgeFront(
          protocols: protocols.map { MeteredEdgeProtocol(base: $0, maxBodyBytes: listener.maxBodyBytes, accessLog: accessLog) },
          filters: filters, dispatcher: dispatcher, accessLog: accessLog)
        configuration.httpHandlers.register(contentTypePrefix: "", handler: HTTP2FrontHandler { front })
        // Every port serves HTTP/2 and HTTP/1.1: in cleartext the first bytes tell which, over TLS ALPN.
        let http1 = HTTPServer(handler: HTTP1FrontHandler(front: { front }, group: group),
                               configuration: Self.http1Configuration(for: listener, limits: connectionLimits), group: group)
        configuration.http1Handoff = { fd, peer, loop, tls in http1.adopt(fd: fd, peer: peer, loop: loop, tls: tls) }
        http1Servers.append(http1)
        let server = GRPCServer(services: [], configuration: configuration, group: group)
        addresses[listener.name] = try server.start()
        started.append((listener.name, server))
      }
    } catch {
      for (_, server) in started { await server.shutdown(gracePeriod: .zero) }
      throw error
    }
    state.withLock { state in
      state.servers = started
      state.http1Servers = http1Servers
    }
    return addresses
  }

  /// The transport's bounds from the gateway's `limits:`: its concurrent streams, its lingering close, and a header list large
  /// enough for every request the limits filter lets through (HPACK counts 32 bytes more per field than the
  /// filter), so that filter, not the transport, answers an oversized header block with its clear error.
  static func connectionLimits(for configuration: GatewayConfiguration) -> ServerLimits {
    var limits = ServerLimits()
    limits.maxConcurrentStreams = configuration.maxConcurrentStreams
    limits.lingeringCloseQuietPeriod = configuration.lingeringCloseQuiet
    limits.lingeringCloseLimit = configuration.lingeringCloseLimit
    let requests = configuration.edgeFilters.limits
    limits.maxHeaderListBytes = max(limits.maxHeaderListBytes, requests.maxHeaderBytes + 32 * requests.maxHeaderCount)
    return limits
  }

  /// The HTTP/1.1 side of a listener: its body limit is the listener's `max_body_bytes`, the one h2's edge
  /// protocols apply (the decoder's own 1 MiB default answered HTTP/1.1 clients 413 for bodies h2
  /// accepted); a body past it goes to the edge protocol cut one byte past the limit, so the client gets
  /// the protocol's own refusal as on h2 (Connect's 413 body, gRPC-Web's RESOURCE_EXHAUSTED); its
  /// sockets linger as the h2 side's do.
  static func http1Configuration(for listener: GatewayConfiguration.Listener, limits: ServerLimits) -> HTTPServerConfiguration {
    var configuration = HTTPServerConfiguration()
    configuration.limits.maxBodyBytes = listener.maxBodyBytes
    configuration.limits.handsOverOversizedBodies = true
    configuration.lingeringCloseQuietPeriod = limits.lingeringCloseQuietPeriod
    configuration.lingeringCloseLimit = limits.lingeringCloseLimit
    return configuration
  }

  /// Whether native gRPC calls that need nothing at the message level are relayed as bytes
  /// (`GatewayRelayRouter`); `MESH_GATEWAY_RELAY=0` sends every call the usual way (to compare the two).
  static var relayEnabled: Bool {
    guard let value = getenv("MESH_GATEWAY_RELAY") else { return true }
    return String(cString: value) != "0"
  }

  /// Native gRPC on a listener: the edge filters and the dispatcher, with the listener's body limit on the
  /// request messages and, with an access log, one line per call.
  private func nativeHandler(for listener: GatewayConfiguration.Listener) -> RPCRouter.Handler {
    let front = NativeGRPCFront(filters: filters, dispatcher: dispatcher, isSecure: listener.tls != nil)
    let accessLog = accessLog
    let limit = listener.maxBodyBytes
    return { stream, context in
      guard let accessLog else {
        return await front.serve(stream: MeteredCallStream(base: stream, entry: nil, maxBodyBytes: limit), context: context)
      }
      let entry = AccessLogEntry(path: context.method.path, protocolName: "grpc", peer: context.peer,
                                 requestID: context.requestMetadata.firstString(forKey: "x-request-id"))
      entry.update { $0.httpStatus = 200 }
      await AccessLogEntry.$current.withValue(entry) {
        await front.serve(stream: MeteredCallStream(base: stream, entry: entry, maxBodyBytes: limit), context: context)
      }
      // The request id and trace filters ran inside `serve`: what they gave the call is in its metadata now.
      accessLog.write(entry, completingFrom: context.requestMetadata)
    }
  }

  /// Replaces routes, clusters and call filters; connections and calls in flight are kept. A cluster whose
  /// entry did not change keeps its connections and its health and outlier state; a call filter whose
  /// settings did not change keeps its state (JWKS and API-key caches, rate-limit buckets, cached
  /// responses). Removed clusters close once their calls had time to end. Listeners, edge protocols and
  /// edge filters are not changed by a reload.
  /// - Parameter configuration: the new configuration.
  /// - Throws: when a new cluster cannot be made or a filter names a missing cluster; the old
  ///   configuration then stays whole.
  public func reload(_ configuration: GatewayConfiguration) throws {
    let (specs, previous) = state.withLock { ($0.specs, $0.assembly) }
    let running = clusters.clusters
    let made = try Self.clusters(for: configuration.clusters, reusing: running, specs: specs, group: group)
    let fresh = made.filter { name, cluster in running[name] !== cluster }
    let assembly: GatewayAssembly
    do {
      // Made (and checked against the new cluster names) before anything is swapped in.
      assembly = try GatewayAssembly(configuration: configuration, clusters: clusters, reusing: previous)
    } catch {
      fresh.values.forEach { $0.close() }
      throw error
    }
    clusters.clusters = made
    dispatcher.snapshot = UpstreamDispatcher.Snapshot(
      routes: RouteTable(configuration.routes), clusters: made.mapValues { $0 as any ClientTransport },
      interceptors: assembly.interceptors, observer: observer)
    state.withLock { state in
      state.specs = Dictionary(uniqueKeysWithValues: configuration.clusters.map { ($0.name, $0) })
      state.assembly = assembly
    }
    let kept = Set(made.values.map { ObjectIdentifier($0) })
    let retired = running.values.filter { !kept.contains(ObjectIdentifier($0)) }
    guard !retired.isEmpty else { return }
    state.withLock { state in
      let timer = Task { [weak self] in
        try? await Task.sleep(for: Self.retirementDelay)
        // A cancelled timer's clusters were closed by `shutdown`.
        guard !Task.isCancelled else { return }
        self?.forgetRetired(retired)
        retired.forEach { $0.close() }
      }
      state.retiring.append((retired, timer))
    }
  }

  /// Drops a batch of retired clusters from the state, once its timer closes them.
  private func forgetRetired(_ batch: [UpstreamCluster]) {
    guard let first = batch.first else { return }
    state.withLock { state in state.retiring.removeAll { $0.clusters.first === first } }
  }

  /// Drains every listener (GOAWAY; calls in flight finish, new ones are refused), then closes the
  /// clusters, those a reload retired and whose timer has not run yet included.
  /// - Parameter gracePeriod: how long calls in flight may take.
  public func shutdown(gracePeriod: Duration = .seconds(10)) async {
    let (servers, http1Servers, retiring) = state.withLock { state in
      defer {
        state.servers.removeAll()
        state.http1Servers.removeAll()
        state.retiring.removeAll()
      }
      return (state.servers, state.http1Servers, state.retiring)
    }
    // HTTP/2 clients get GOAWAY, HTTP/1.1 ones `Connection: close` after the response in progress.
    await withTaskGroup(of: Void.self) { group in
      for (_, server) in servers { group.addTask { await server.shutdown(gracePeriod: gracePeriod) } }
      for server in http1Servers { group.addTask { await server.shutdown(gracePeriod: gracePeriod) } }
    }
    clusters.clusters.values.forEach { $0.close() }
    for batch in retiring {
      batch.timer.cancel()
      batch.clusters.forEach { $0.close() }
    }
    accessLog?.flush()
    if ownsGroup { group.shutdown() }
  }

  /// The clusters of a configuration: a running cluster whose entry is unchanged is kept as it is.
  private static func clusters(
    for clusters: [GatewayConfiguration.Cluster], reusing running: [String: UpstreamCluster],
    specs: [String: GatewayConfiguration.Cluster], group: EventLoopGroup
  ) throws -> [String: UpstreamCluster] {
    var result: [String: UpstreamCluster] = [:]
    do {
      for cluster in clusters where !cluster.endpoints.isEmpty {
        if let previous = running[cluster.name], specs[cluster.name] == cluster {
          result[cluster.name] = previous
          continue
        }
        result[cluster.name] = try UpstreamCluster(name: cluster.name, configuration: cluster.upstream, group: group)
      }
    } catch {
      for (name, made) in result where running[name] !== made { made.close() }
      throw error
    }
    return result
  }
}
