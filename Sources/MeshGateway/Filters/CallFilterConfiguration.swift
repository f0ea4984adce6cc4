public import MeshConfig
public import MeshCore

/// The call-level filters (ServerInterceptors) of a gateway, from the mesh file: authentication, then the
/// local limits, then the global one. Which clusters serve the auth and rate-limit services is named here;
/// the gateway turns those names into transports and calls `makeInterceptors`.
///
/// The interceptors hold state (the JWKS and API-key caches, the local limiters' counts): on a reload whose
/// configuration is equal to the running one, keep the running interceptors rather than making new ones.
public struct CallFilterConfiguration: Sendable, Equatable {
  /// Authentication; nil when `gateway.auth` is absent (no call is authenticated, identity headers are
  /// still stripped).
  public var auth: AuthConfiguration?
  /// The cluster of the auth service (`gateway.auth.cluster`, default `auth`).
  public var authCluster: String
  /// The local rate limits.
  public var localRateLimits: [LocalRateLimitRule]
  /// The global rate limit.
  public var globalRateLimit: GlobalRateLimitConfiguration?
  /// The cluster of the rate-limit service.
  public var rateLimitCluster: String?

  /// The configuration of `gateway.auth` and `gateway.limits`.
  /// - Parameters:
  ///   - auth: the auth section.
  ///   - limits: the limits section.
  /// - Throws: `FilterConfigurationError` for a setting out of range.
  public init(auth: GatewayAuthSpec?, limits: GatewayLimitsSpec?) throws {
    self.auth = auth.map(AuthConfiguration.init(spec:))
    authCluster = auth?.cluster ?? "auth"
    let specs = (limits?.rateLimit.map { [$0] } ?? []) + (limits?.rateLimits ?? [])
    localRateLimits = try specs.enumerated().map { try LocalRateLimitRule(spec: $1, index: $0) }
    globalRateLimit = try limits?.globalRateLimit.map(GlobalRateLimitConfiguration.init(spec:))
    rateLimitCluster = limits?.globalRateLimit?.cluster
  }

  /// The interceptors in the order they run: identity stripping or authentication, local limits, global limit.
  /// - Parameter transport: the transport of a cluster by name (nil when there is no such cluster).
  /// - Throws: `FilterConfigurationError` when a named cluster is missing.
  public func makeInterceptors(transport: (String) -> (any ClientTransport)?) throws -> [any ServerInterceptor] {
    var interceptors: [any ServerInterceptor] = []
    if let auth {
      guard let service = transport(authCluster) else {
        throw FilterConfigurationError(path: "auth.cluster", reason: "no cluster named '\(authCluster)' serves the auth service")
      }
      interceptors.append(AuthInterceptor(configuration: auth, authService: service))
    } else {
      interceptors.append(IdentityStripInterceptor())
    }
    if !localRateLimits.isEmpty { interceptors.append(LocalRateLimitInterceptor(rules: localRateLimits)) }
    if let globalRateLimit, let rateLimitCluster {
      guard let service = transport(rateLimitCluster) else {
        throw FilterConfigurationError(path: "limits.global_rate_limit.cluster",
                                       reason: "no cluster named '\(rateLimitCluster)' serves the rate-limit service")
      }
      interceptors.append(GlobalRateLimitInterceptor(configuration: globalRateLimit, service: service))
    }
    return interceptors
  }
}
