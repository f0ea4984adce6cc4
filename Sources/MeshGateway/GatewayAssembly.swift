public import MeshCore
import MeshProtos

/// The one place a gateway's parts are made from its configuration: the edge protocols it speaks besides
/// native gRPC, and the call filters (authentication, local and global rate limits, the response cache).
///
/// The call filters reach the auth and rate-limit services through the gateway's own clusters
/// (`GatewayClusters`), never through channels of their own. On a reload, a filter whose settings did not
/// change is kept with its state: the JWKS and API-key caches, the local limiters' buckets, the cached
/// responses.
struct GatewayAssembly: Sendable {
  /// The call filters, the first outermost.
  let interceptors: [any ServerInterceptor]
  /// The authentication filter, when `auth:` is configured.
  let auth: (settings: AuthConfiguration, cluster: String, interceptor: AuthInterceptor)?
  private let localLimits: (rules: [LocalRateLimitRule], interceptor: LocalRateLimitInterceptor)?
  private let globalLimit: (settings: GlobalRateLimitConfiguration, cluster: String, interceptor: GlobalRateLimitInterceptor)?
  /// The response cache, when `cache:` is configured.
  let cache: (settings: ResponseCacheSettings, cache: ResponseCache)?

  /// The edge protocols besides native gRPC, in the order they are asked: gRPC-Web, Connect, REST/JSON
  /// transcoding, then the static web folder.
  /// - Parameter configuration: the gateway's configuration.
  /// - Throws: `RESTRouteError` when the annotated routes conflict.
  static func protocols(for configuration: GatewayConfiguration) throws -> [any EdgeProtocol] {
    let maxMessage = configuration.maxMessageBytes
    var protocols: [any EdgeProtocol] = [
      GRPCWebProtocol(configuration: GRPCWebConfiguration(maxMessageSize: maxMessage)),
      ConnectProtocol(configuration: ConnectConfiguration(maxMessageSize: maxMessage)),
      try RESTProtocol(configuration: RESTProtocol.Configuration(maxRequestBodyBytes: maxMessage)),
    ]
    if let root = configuration.webRoot {
      protocols.append(StaticFiles(configuration: StaticFilesConfiguration(root: root)))
    }
    return protocols
  }

  /// Makes the call filters of a configuration, keeping those of `previous` whose settings are equal.
  /// - Parameters:
  ///   - configuration: the gateway's configuration.
  ///   - clusters: the gateway's clusters, which the filters call their services through.
  ///   - previous: the running assembly, on a reload.
  /// - Throws: `FilterConfigurationError` when a filter names a cluster the configuration does not have.
  init(configuration: GatewayConfiguration, clusters: GatewayClusters, reusing previous: GatewayAssembly? = nil) throws {
    let calls = configuration.callFilters
    let known = Set(configuration.clusters.filter { !$0.endpoints.isEmpty }.map(\.name))
    var interceptors: [any ServerInterceptor] = []
    if let settings = calls.auth {
      guard known.contains(calls.authCluster) else {
        throw FilterConfigurationError(path: "auth.cluster",
                                       reason: "no cluster named '\(calls.authCluster)' serves the auth service")
      }
      let interceptor: AuthInterceptor
      if let running = previous?.auth, running.settings == settings, running.cluster == calls.authCluster {
        interceptor = running.interceptor
      } else {
        interceptor = AuthInterceptor(configuration: settings, authService: clusters.transport(named: calls.authCluster))
      }
      auth = (settings, calls.authCluster, interceptor)
      interceptors.append(interceptor)
    } else {
      auth = nil
      interceptors.append(IdentityStripInterceptor())
    }
    if calls.localRateLimits.isEmpty {
      localLimits = nil
    } else {
      let rules = calls.localRateLimits
      let running = previous?.localLimits.flatMap { $0.rules == rules ? $0.interceptor : nil }
      let interceptor = running ?? LocalRateLimitInterceptor(rules: rules)
      localLimits = (rules, interceptor)
      interceptors.append(interceptor)
    }
    if let settings = calls.globalRateLimit, let cluster = calls.rateLimitCluster {
      guard known.contains(cluster) else {
        throw FilterConfigurationError(path: "limits.global_rate_limit.cluster",
                                       reason: "no cluster named '\(cluster)' serves the rate-limit service")
      }
      let interceptor: GlobalRateLimitInterceptor
      if let running = previous?.globalLimit, running.settings == settings, running.cluster == cluster {
        interceptor = running.interceptor
      } else {
        interceptor = GlobalRateLimitInterceptor(configuration: settings, service: clusters.transport(named: cluster))
      }
      globalLimit = (settings, cluster, interceptor)
      interceptors.append(interceptor)
    } else {
      globalLimit = nil
    }
    // Last: the cache key holds the identity the auth filter verified, and a hit still counts against the limits.
    if let settings = configuration.cache {
      let running = previous?.cache.flatMap { $0.settings == settings ? $0.cache : nil }
      let responses = running ?? settings.makeCache(methods: ProtoRegistry.methods)
      cache = (settings, responses)
      interceptors.append(ResponseCacheInterceptor(cache: responses))
    } else {
      cache = nil
    }
    self.interceptors = interceptors
  }
}
