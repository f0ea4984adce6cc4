public import MeshCore
public import MeshTransport
import Synchronization

/// A running gateway: its listeners (native gRPC through the fallback route, other content types
/// through the edge front), the dispatcher, and the clusters' channels. Routes and clusters can be
/// replaced while it runs; listeners stay.
public final class GatewayServer: Sendable {
  private let group: EventLoopGroup
  private let ownsGroup: Bool
  private let front: EdgeFront
  private let filters: [any EdgeRequestFilter]
  private let interceptors: [any ServerInterceptor]
  private let observer: (any UpstreamCallObserver)?
  /// The dispatcher every listener shares; `reload` swaps its snapshot.
  public let dispatcher: UpstreamDispatcher
  private let listeners: [GatewayConfiguration.Listener]
  private let state: Mutex<State>

  private struct State {
    var servers: [(name: String, server: GRPCServer)] = []
    var clusters: [String: (spec: GatewayConfiguration.Cluster, channel: GRPCChannel)] = [:]
  }

  /// Creates a gateway; nothing listens before `start`.
  /// - Parameters:
  ///   - configuration: listeners, routes and clusters.
  ///   - protocols: the edge protocols besides native gRPC (gRPC-Web, Connect, REST, static), in order.
  ///   - filters: the edge filters, for every request.
  ///   - interceptors: call-level filters (authentication, rate limits), the first outermost.
  ///   - observer: told of every forwarded call (the access log, metrics).
  ///   - group: the event loops; by default one per core, shut down with the gateway.
  /// - Throws: when a cluster's channel cannot be made.
  public init(configuration: GatewayConfiguration, protocols: [any EdgeProtocol] = [],
              filters: [any EdgeRequestFilter] = [], interceptors: [any ServerInterceptor] = [],
              observer: (any UpstreamCallObserver)? = nil, group: EventLoopGroup? = nil) throws {
    self.group = group ?? EventLoopGroup()
    ownsGroup = group == nil
    self.filters = filters
    self.interceptors = interceptors
    self.observer = observer
    listeners = configuration.listeners
    let clusters = try Self.channels(for: configuration.clusters, reusing: [:], group: self.group)
    dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
      routes: RouteTable(configuration.routes), clusters: clusters.mapValues { $0.channel },
      interceptors: interceptors, observer: observer))
    front = EdgeFront(protocols: protocols, filters: filters, dispatcher: dispatcher)
    state = Mutex(State(clusters: clusters))
  }

  /// Binds every listener.
  /// - Returns: each listener's bound address, by name.
  /// - Throws: when an address cannot be bound or a certificate cannot be read; what was started is stopped.
  @discardableResult
  public func start() async throws -> [String: SocketAddress] {
    var addresses: [String: SocketAddress] = [:]
    var started: [(name: String, server: GRPCServer)] = []
    do {
      for listener in listeners {
        var configuration = GRPCServer.Configuration(host: listener.host, port: listener.port, tls: listener.tls)
        configuration.fallback = NativeGRPCFront(filters: filters, dispatcher: dispatcher,
                                                 isSecure: listener.tls != nil).handler
        let front = front
        configuration.httpHandlers.register(contentTypePrefix: "", handler: HTTP2FrontHandler { front })
        let server = GRPCServer(services: [], configuration: configuration, group: group)
        addresses[listener.name] = try server.start()
        started.append((listener.name, server))
      }
    } catch {
      for (_, server) in started { await server.shutdown(gracePeriod: .zero) }
      throw error
    }
    state.withLock { $0.servers = started }
    return addresses
  }

  /// Replaces routes and clusters; connections and calls in flight are kept (a cluster whose endpoints
  /// did not change keeps its channel; the channels of removed clusters close once their calls had time
  /// to end). Listeners are not changed by a reload.
  /// - Parameter configuration: the new configuration.
  /// - Throws: when a new cluster's channel cannot be made; the old configuration then stays.
  public func reload(_ configuration: GatewayConfiguration) throws {
    let old = state.withLock { $0.clusters }
    let clusters = try Self.channels(for: configuration.clusters, reusing: old, group: group)
    dispatcher.snapshot = UpstreamDispatcher.Snapshot(
      routes: RouteTable(configuration.routes), clusters: clusters.mapValues { $0.channel },
      interceptors: interceptors, observer: observer)
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
    let (servers, clusters) = state.withLock { state in
      defer { state.servers.removeAll() }
      return (state.servers, state.clusters)
    }
    await withTaskGroup(of: Void.self) { group in
      for (_, server) in servers { group.addTask { await server.shutdown(gracePeriod: gracePeriod) } }
    }
    clusters.values.forEach { $0.channel.close() }
    if ownsGroup { group.shutdown() }
  }

  private static func channels(
    for clusters: [GatewayConfiguration.Cluster],
    reusing old: [String: (spec: GatewayConfiguration.Cluster, channel: GRPCChannel)], group: EventLoopGroup
  ) throws -> [String: (spec: GatewayConfiguration.Cluster, channel: GRPCChannel)] {
    var result: [String: (spec: GatewayConfiguration.Cluster, channel: GRPCChannel)] = [:]
    for cluster in clusters where !cluster.endpoints.isEmpty {
      if let previous = old[cluster.name], previous.spec == cluster {
        result[cluster.name] = previous
        continue
      }
      var configuration = GRPCChannel.Configuration()
      configuration.loadBalancing = switch cluster.balancing {
      case .pickFirst: .pickFirst
      case .roundRobin: .roundRobin
      case .leastRequest: .leastRequest
      }
      let targets = cluster.endpoints.map { GRPCChannel.Target(host: $0.host, port: $0.port) }
      result[cluster.name] = (cluster, try GRPCChannel(targets: targets, configuration: configuration, group: group))
    }
    return result
  }
}
