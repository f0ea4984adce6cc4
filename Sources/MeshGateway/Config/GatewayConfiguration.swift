public import MeshConfig
public import MeshTransport
import Foundation

/// What a gateway runs, taken from the `gateway:` part of a checked mesh file: listeners, routes and the
/// endpoints of each cluster. Pure: building it touches no socket.
public struct GatewayConfiguration: Sendable {
  /// One address the gateway accepts connections on.
  public struct Listener: Sendable {
    /// Its name, for logs and metrics.
    public var name: String
    /// The numeric host to bind.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// TLS, or nil for cleartext.
    public var tls: TLSConfiguration?
    /// The largest request body accepted on it, in bytes.
    public var maxBodyBytes: Int = 4 << 20
  }

  /// A cluster: its entry in the file and its endpoints, resolved.
  public struct Cluster: Sendable, Equatable {
    /// The name routes refer to.
    public var name: String
    /// Where its upstreams listen.
    public var endpoints: [HostPort]
    /// Its entry in the mesh file.
    public var spec: ClusterSpec
    /// Balancing, health checks, outlier ejection, circuit breaking and retries.
    public var upstream: UpstreamClusterConfiguration

    /// Same entry, same endpoints: a reload keeps the running cluster and its connections.
    public static func == (lhs: Cluster, rhs: Cluster) -> Bool {
      lhs.name == rhs.name && lhs.endpoints == rhs.endpoints && lhs.spec == rhs.spec
    }
  }

  /// The listeners.
  public var listeners: [Listener]
  /// The routes, first match wins.
  public var routes: [GatewayRoute]
  /// The clusters.
  public var clusters: [Cluster]
  /// The admin address (/metrics, /healthz, /readyz), when set.
  public var admin: HostPort?
  /// The HTTP-level filters (limits, path normalisation, deny rules, request id, CORS).
  public var edgeFilters: EdgeFilterConfiguration
  /// The call-level filters (authentication, rate limits).
  public var callFilters: CallFilterConfiguration
  /// The largest message an edge protocol decodes, in bytes.
  public var maxMessageBytes: Int = 4 << 20
  /// The calls a client may have open on one HTTP/2 connection (SETTINGS_MAX_CONCURRENT_STREAMS).
  public var maxConcurrentStreams: Int = 100
  /// How long a closing connection reads and drops what the client still sends after its last bytes.
  public var lingeringCloseQuiet: Duration = ServerLimits().lingeringCloseQuietPeriod
  /// The longest a closing connection lingers.
  public var lingeringCloseLimit: Duration = ServerLimits().lingeringCloseLimit
  /// The folder of static files, absolute; nil serves none.
  public var webRoot: String?
  /// The response cache; nil caches nothing.
  public var cache: ResponseCacheSettings?

  /// The configuration of a mesh file's gateway.
  /// - Parameters:
  ///   - file: a checked mesh file.
  ///   - folder: the mesh file's folder; relative certificate paths start there.
  ///   - replica: which replica this process is (its ports are shifted by it).
  /// - Throws: `GatewayConfigurationError` when the file has no `gateway:` part, or the errors of the
  ///   cluster and filter configurations when a value is out of range.
  public init(file: MeshFile, folder: String, replica: Int = 0) throws {
    guard let gateway = file.gateway else {
      throw GatewayConfigurationError("the mesh file has no 'gateway:' section")
    }
    admin = gateway.admin?.shifted(by: replica)
    edgeFilters = try EdgeFilterConfiguration(spec: gateway.limits)
    let maxBody = edgeFilters.limits.maxBodyBytes
    listeners = gateway.listeners.map { spec in
      let address = spec.address.shifted(by: replica)
      return Listener(name: spec.name, host: address.host, port: address.port,
                      tls: spec.tls.map { Self.tls($0, folder: folder) }, maxBodyBytes: spec.maxBodyBytes ?? maxBody)
    }
    maxMessageBytes = gateway.limits?.maxMessageBytes ?? maxMessageBytes
    maxConcurrentStreams = gateway.limits?.maxConcurrentStreams ?? maxConcurrentStreams
    lingeringCloseQuiet = gateway.limits?.lingeringCloseQuiet?.duration ?? lingeringCloseQuiet
    lingeringCloseLimit = gateway.limits?.lingeringCloseLimit?.duration ?? lingeringCloseLimit
    webRoot = gateway.web.map { web in
      web.hasPrefix("/") ? web : URL(fileURLWithPath: folder).appendingPathComponent(web).standardized.path
    }
    cache = gateway.cache.map(ResponseCacheSettings.init(spec:))
    routes = (gateway.routes ?? []).enumerated().map { index, spec in
      GatewayRoute(
        name: spec.match.service.map { service in spec.match.method.map { "\(service)/\($0)" } ?? service }
          ?? spec.match.prefix ?? "route-\(index)",
        match: RouteMatch(service: spec.match.service, method: spec.match.method, pathPrefix: spec.match.prefix,
                          authority: spec.match.authority),
        cluster: spec.cluster,
        timeout: spec.timeout.map { .milliseconds($0.milliseconds) },
        retries: spec.retries)
    }
    callFilters = try CallFilterConfiguration(auth: gateway.auth, limits: gateway.limits)
    let services = Dictionary(file.allServices.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    clusters = try (gateway.clusters ?? []).map { spec in
      var endpoints = spec.endpoints ?? []
      if let name = spec.service, let service = services[name] {
        // A service's replicas listen on consecutive ports from its `listen` port.
        endpoints += (0..<service.replicaCount).map { service.listen.shifted(by: $0) }
      }
      let targets = endpoints.map { GRPCChannel.Target(host: $0.host, port: $0.port) }
      return Cluster(name: spec.name, endpoints: endpoints, spec: spec,
                     upstream: try UpstreamClusterConfiguration(spec: spec, endpoints: targets))
    }
  }

  private static func tls(_ spec: TLSSpec, folder: String) -> TLSConfiguration {
    func path(_ text: String) -> String { text.hasPrefix("/") ? text : folder + "/" + text }
    if let clientCA = spec.clientCa {
      return .server(certificateChain: .file(path: path(spec.certificate)), privateKey: .file(path: path(spec.key)),
                     clientCertificateVerification: .required,
                     clientCertificateTrustRoots: .certificates(.file(path: path(clientCA))))
    }
    return .server(certificateChain: .file(path: path(spec.certificate)), privateKey: .file(path: path(spec.key)))
  }
}

/// A gateway configuration that cannot be used.
public struct GatewayConfigurationError: Error, CustomStringConvertible {
  /// What is wrong.
  public let description: String

  /// Creates an error.
  /// - Parameter description: what is wrong.
  public init(_ description: String) { self.description = description }
}
