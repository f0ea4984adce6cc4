public import MeshCore
public import MeshTransport
import MeshMetrics
import Synchronization

/// An upstream cluster of the gateway: a `ClientTransport` over a set of endpoints, each with pooled
/// HTTP/2 connections. Every call is balanced (round robin or P2C least-request) over the endpoints in
/// rotation — connected, passing their health checks, not ejected by the outlier detector — and runs as
/// MeshCore's `RetryingCall`: refused streams and connect failures go to another endpoint, idempotent
/// methods are retried with backoff or hedged on a different endpoint, all within the retry budget, and
/// the circuit breaker refuses calls past its limits at once.
public final class UpstreamCluster: ClientTransport {
  struct State {
    var picker: EndpointPicker
    var outliers: OutlierDetector
    var breaker: CircuitBreaker
    var health: [HealthCheckCounter]
    var stats: UpstreamClusterStats
    var turns: [Int]
    /// Per endpoint, its `connectionsEstablished` when it was last ejected (see `returnReconnected`).
    var connectionsAtEjection: [Int]
    var closed = false
  }

  /// The name routes use, and stats carry.
  public let name: String
  /// The configuration it was made with.
  public let configuration: UpstreamClusterConfiguration
  let endpoints: [UpstreamEndpoint]
  /// Whether the configuration lists idempotent methods (only those get a retry or hedging policy): asked
  /// on every relayed call, so kept apart from the configuration.
  let listsIdempotentMethods: Bool
  /// Every endpoint's index, kept: the candidates of the usual call.
  let allEndpoints: [Int]
  let state: Mutex<State>
  let retryBufferPool: RetryBufferPool
  /// Retries and ejections, for `/metrics`.
  let metrics: UpstreamClusterMetrics
  /// Where the small tasks that wait for an attempt's end run: on the loops, not the global executor,
  /// whose threads a wake-up per call cost more than the rest of the bookkeeping.
  let loops: EventLoopGroup
  private let healthChecks = Mutex<[Task<Void, Never>]>([])
  /// How the metrics collector and the health checks reach the cluster: no weak reference, which would
  /// put every retain of the cluster on the runtime's slow path (see `UpstreamClusterLink`).
  let link = UpstreamClusterLink()

  /// Creates a cluster, starts connecting to every endpoint and, when configured, health-checking them.
  /// - Parameters:
  ///   - name: the cluster's name.
  ///   - configuration: endpoints, balancing, connections, health checks, ejection, retries, limits.
  ///   - group: the event loops the connections live on.
  /// - Throws: `TLSError` when the connection's TLS configuration cannot be loaded.
  public init(name: String, configuration: UpstreamClusterConfiguration, group: EventLoopGroup) throws {
    self.name = name
    self.configuration = configuration
    listsIdempotentMethods = !configuration.idempotentMethods.isEmpty
    loops = group
    var breaker = CircuitBreaker(limits: configuration.circuitBreaker)
    var connection = configuration.connection
    connection.loadBalancing = .pickFirst
    connection.serviceConfig = ServiceConfig()
    // One connection for each endpoint first, then the extra ones, while `maxConnections` allows. By
    // default an endpoint gets one connection per event loop: a call is forwarded on a connection of the
    // loop it arrived on, with no thread hop (as Envoy's workers each keep their own pools).
    let perEndpoint = max(1, configuration.connectionsPerEndpoint ?? group.loops.count)
    var counts = Array(repeating: 0, count: configuration.endpoints.count)
    for round in 0..<perEndpoint {
      for index in counts.indices where counts[index] == round && breaker.acquire(.connections) { counts[index] += 1 }
    }
    endpoints = try configuration.endpoints.enumerated().map { index, target in
      let channels = try (0..<counts[index]).map { number in
        // The n-th connection of every endpoint lives on the n-th loop, so each loop reaches each endpoint.
        let loop = group.loops[number % group.loops.count]
        return (try GRPCChannel(targets: [target], configuration: connection, group: EventLoopGroup(loops: [loop])), loop)
      }
      return UpstreamEndpoint(target: target, channels: channels)
    }
    allEndpoints = Array(endpoints.indices)
    metrics = UpstreamClusterMetrics(cluster: name, endpoints: endpoints.map(\.address))
    var stats = UpstreamClusterStats(cluster: name)
    stats.endpoints = endpoints.map { UpstreamClusterStats.Endpoint(address: $0.address) }
    let health = configuration.healthCheck.map { HealthCheckCounter(unhealthyThreshold: $0.unhealthyThreshold,
                                                                    healthyThreshold: $0.healthyThreshold) }
      ?? HealthCheckCounter(unhealthyThreshold: 1, healthyThreshold: 1)
    state = Mutex(State(picker: EndpointPicker(balancing: configuration.balancing),
                        outliers: OutlierDetector(configuration: configuration.outlierDetection,
                                                  endpointCount: endpoints.count),
                        breaker: breaker, health: Array(repeating: health, count: endpoints.count),
                        stats: stats, turns: Array(repeating: 0, count: endpoints.count),
                        connectionsAtEjection: Array(repeating: 0, count: endpoints.count)))
    retryBufferPool = RetryBufferPool(channelLimit: configuration.retryBufferBytes,
                                      callLimit: configuration.retryBufferBytesPerCall)
    link.attach(self)
    if let healthCheck = configuration.healthCheck { startHealthChecks(healthCheck) }
    registerMetricsCollector(.process)
  }

  /// Refreshes the ejection series at each scrape of `registry` (the multiplier decays with time, so no
  /// event sets it). A closed cluster (replaced on a reload) leaves the series to its successor.
  func registerMetricsCollector(_ registry: MetricsRegistry) {
    registry.addCollector { [link] in
      let now = ContinuousClock.now
      link.withCluster { cluster in
        cluster.state.withLock { state in
          guard !state.closed else { return }
          cluster.metrics.refresh(from: state.outliers, now: now)
        }
      }
    }
  }

  /// Opens a call on the cluster: balanced, retried and hedged as the method's configuration says.
  /// - Throws: `RPCError` `.unavailable` when no endpoint can take it or a circuit-breaker limit is
  ///   reached (the message names the limit).
  public func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream
  {
    try await openCall(method: method, metadata: metadata, options: options, retries: nil)
  }

  /// Opens a call on the cluster for a route that sets its own number of retries (`RouteSpec.retries`):
  /// they apply to idempotent methods only; refused streams are retried whatever it says.
  /// - Parameters:
  ///   - method: the method to call.
  ///   - metadata: the request metadata.
  ///   - options: deadline (the route's timeout), compression and limits.
  ///   - retries: the route's retries; nil keeps the cluster's policy.
  ///   - route: the route's name, which the retry metrics carry; nil for calls of no route.
  /// - Throws: `RPCError` `.unavailable` as `openCall(method:metadata:options:)`.
  public func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions, retries: Int?,
                       route: String? = nil) async throws -> any ClientCallStream
  {
    state.withLock { state in
      state.stats.requests += 1
      state.stats.active += 1
    }
    let policy = configuration.executionPolicy(for: method, retries: retries)
    let call = UpstreamCallContext(hedged: { if case .hedge? = policy { true } else { false } }(), route: route)
    let stream: any ClientCallStream
    do {
      // The call's own tasks run on the caller's loop (the downstream connection's), not the global executor.
      stream = try await RetryingCall.open(method: method, metadata: metadata, options: options, policy: policy,
                                           admission: ClusterRetryAdmission(cluster: self, call: call),
                                           pool: retryBufferPool, executor: loops.current) {
        [self] head in try await self.openAttempt(head, call: call)
      }
    } catch {
      callEnded(ok: false, call: call)
      throw error
    }
    // A call that tells its end by a callback (one without a retry policy) is handed back as it is: a
    // wrapper would only add an async frame and an executor check to each of its operations.
    if let observing = stream as? any CallEndObserving {
      observing.whenEnded { [self] callEnd in callEnded(ok: callEnd.status.code == .ok, call: call) }
      return stream
    }
    return UpstreamCallStream(base: stream, cluster: self, call: call)
  }

  /// The cluster as one route sees it: a `ClientTransport` whose calls get the route's retries.
  /// - Parameter retries: the route's retries (`RouteSpec.retries`); nil keeps the cluster's policy.
  public func route(retries: Int?) -> UpstreamRouteTransport { UpstreamRouteTransport(cluster: self, retries: retries) }

  /// The counters now.
  public var stats: UpstreamClusterStats {
    state.withLock { state in
      var stats = state.stats
      stats.overflows = Dictionary(uniqueKeysWithValues: state.breaker.overflows.map { ($0.key.rawValue, $0.value) })
      stats.pending = state.breaker.count(.pendingRequests)
      for index in endpoints.indices {
        stats.endpoints[index].ejected = state.outliers.isEjected(index)
        stats.endpoints[index].ejections = state.outliers.ejections(of: index)
        stats.endpoints[index].healthy = state.health[index].isHealthy
        stats.endpoints[index].connected = endpoints[index].isReady
      }
      return stats
    }
  }

  /// Stops the health checks and closes every connection; calls in flight finish.
  public func close() {
    state.withLock { $0.closed = true }
    healthChecks.withLock { tasks in
      tasks.forEach { $0.cancel() }
      tasks.removeAll()
    }
    endpoints.forEach { $0.close() }
  }

  deinit {
    // First: a collector or health check running through the link finishes before the cluster goes.
    link.detach()
    close()
  }

  /// A call ended; the room it still held in the retry budget (for a retry that never opened) goes back.
  func callEnded(ok: Bool, call: UpstreamCallContext? = nil) {
    state.withLock { state in
      state.stats.active -= 1
      if !ok { state.stats.failures += 1 }
      for _ in 0..<(call?.endAndTakeReservedRetries() ?? 0) { state.breaker.release(.retries) }
    }
  }

  func addHealthCheck(_ task: Task<Void, Never>) { healthChecks.withLock { $0.append(task) } }
}
