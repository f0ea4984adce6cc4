public import MeshCore
public import MeshTransport
import MeshHTTP
import Synchronization

/// A running gateway: its listeners (native gRPC through the fallback route, other content types
/// through the edge front), the dispatcher, and the clusters' channels. Routes and clusters can be
/// replaced while it runs; listeners stay.
public final class GatewayServer: Sendable {
  private let group: EventLoopGroup
  private let ownsGroup: Bool
  private let front: EdgeFront
  private let filters: [any EdgeRequestFilter]
  /// The call filters given at creation; nil when each configuration makes its own.
  private let fixedInterceptors: [any ServerInterceptor]?
  private let observer: (any UpstreamCallObserver)?
  /// The dispatcher every listener shares; `reload` swaps its snapshot.
  public let dispatcher: UpstreamDispatcher
  private let listeners: [GatewayConfiguration.Listener]
  private let state: Mutex<State>

  private struct State {
    var servers: [(name: String, server: GRPCServer)] = []
    /// The HTTP/1.1 sides of the listeners (they adopt what the h2 side's sniffer or ALPN hands over).
    var http1Servers: [HTTPServer] = []
    var clusters: [String: (spec: GatewayConfiguration.Cluster, channel: UpstreamCluster)] = [:]
  }

  /// Creates a gateway; nothing listens before `start`.
  /// - Parameters:
  ///   - configuration: listeners, routes, clusters and filters.
  ///   - protocols: the edge protocols besides native gRPC (gRPC-Web, Connect, REST, static), in order.
  ///   - filters: the edge filters; nil makes them from the configuration's `limits:`.
  ///   - interceptors: the call filters, kept across reloads; nil makes them from the configuration's
  ///     `auth:` and `limits:` over its clusters (and again on each reload).
  ///   - observer: told of every forwarded call (the access log, metrics).
  ///   - group: the event loops; by default one per core, shut down with the gateway.
  /// - Throws: when a cluster cannot be made or a filter names a cluster that does not exist.
  public init(configuration: GatewayConfiguration, protocols: [any EdgeProtocol] = [],
              filters: [any EdgeRequestFilter]? = nil, interceptors: [any ServerInterceptor]? = nil,
              observer: (any UpstreamCallObserver)? = nil, group: EventLoopGroup? = nil) throws {
    self.group = group ?? EventLoopGroup()
    ownsGroup = group == nil
    self.filters = filters ?? configuration.edgeFilters.makeFilters()
    self.observer = observer
    listeners = configuration.listeners
    let clusters = try Self.channels(for: configuration.clusters, reusing: [:], group: self.group)
    let transports = clusters.mapValues { $0.channel as any ClientTransport }
    fixedInterceptors = interceptors
    let interceptors = try interceptors ?? configuration.callFilters.makeInterceptors { transports[$0] }
    dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
      routes: RouteTable(configuration.routes), clusters: transports, interceptors: interceptors, observer: observer))
    front = EdgeFront(protocols: protocols, filters: self.filters, dispatcher: dispatcher)
    state = Mutex(State(clusters: clusters))
  }

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
        var configuration = GRPCServer.Configuration(host: listener.host, port: listener.port, tls: listener.tls)
        configuration.fallback = NativeGRPCFront(filters: filters, dispatcher: dispatcher,
                                                 isSecure: listener.tls != nil).handler
        let front = front
        configuration.httpHandlers.register(contentTypePrefix: "", handler: HTTP2FrontHandler { front })
        // Every port serves HTTP/2 and HTTP/1.1: in cleartext the first bytes tell which, over TLS ALPN.
        let http1 = HTTPServer(handler: HTTP1FrontHandler(front: { front }, group: group), group: group)
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

  /// Replaces routes, clusters and call filters; connections and calls in flight are kept (a cluster
  /// whose entry did not change keeps its connections; removed clusters close once their calls had time
  /// to end). Listeners and edge filters are not changed by a reload.
  /// - Parameter configuration: the new configuration.
  /// - Throws: when a new cluster cannot be made; the old configuration then stays.
  public func reload(_ configuration: GatewayConfiguration) throws {
    let old = state.withLock { $0.clusters }
    let clusters = try Self.channels(for: configuration.clusters, reusing: old, group: group)
    let transports = clusters.mapValues { $0.channel as any ClientTransport }
    let interceptors: [any ServerInterceptor]
    do {
      interceptors = try fixedInterceptors ?? configuration.callFilters.makeInterceptors { transports[$0] }
    } catch {
      // The clusters made for this configuration are not used.
      for (name, cluster) in clusters where old[name]?.channel !== cluster.channel { cluster.channel.close() }
      throw error
    }
    dispatcher.snapshot = UpstreamDispatcher.Snapshot(
      routes: RouteTable(configuration.routes), clusters: transports, interceptors: interceptors, observer: observer)
    state.withLock { $0.clusters = clusters }
    let kept = Set(clusters.values.map { ObjectIdentifier($0.channel) })
    let retired = old.values.map(\.channel).filter { !kept.contains(ObjectIdentifier($0)) }
    guard !retired.isEmpty else { return }
    Task {
      try? await Task.sleep(for: .seconds(60))
      retired.forEach { $0.close() }
    }
  }

  /// Drains every listener (GOAWAY; calls in flight finish, new ones are refused), then closes the
  /// clusters.
  /// - Parameter gracePeriod: how long calls in flight may take.
  public func shutdown(gracePeriod: Duration = .seconds(10)) async {
    let (servers, http1Servers, clusters) = state.withLock { state in
      defer {
        state.servers.removeAll()
        state.http1Servers.removeAll()
      }
      return (state.servers, state.http1Servers, state.clusters)
    }
    // HTTP/2 clients get GOAWAY, HTTP/1.1 ones `Connection: close` after the response in progress.
    await withTaskGroup(of: Void.self) { group in
      for (_, server) in servers { group.addTask { await server.shutdown(gracePeriod: gracePeriod) } }
      for server in http1Servers { group.addTask { await server.shutdown(gracePeriod: gracePeriod) } }
    }
    clusters.values.forEach { $0.channel.close() }
    if ownsGroup { group.shutdown() }
  }

  private static func channels(
    for clusters: [GatewayConfiguration.Cluster],
    reusing old: [String: (spec: GatewayConfiguration.Cluster, channel: UpstreamCluster)], group: EventLoopGroup
  ) throws -> [String: (spec: GatewayConfiguration.Cluster, channel: UpstreamCluster)] {
    var result: [String: (spec: GatewayConfiguration.Cluster, channel: UpstreamCluster)] = [:]
    do {
      for cluster in clusters where !cluster.endpoints.isEmpty {
        if let previous = old[cluster.name], previous.spec == cluster {
          result[cluster.name] = previous
          continue
        }
        result[cluster.name] = (cluster, try UpstreamCluster(name: cluster.name, configuration: cluster.upstream,
                                                             group: group))
      }
    } catch {
      for (name, made) in result where old[name]?.channel !== made.channel { made.channel.close() }
      throw error
    }
    return result
  }
}
