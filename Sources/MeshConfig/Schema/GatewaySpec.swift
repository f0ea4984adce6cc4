/// The edge gateway: where it listens, how calls are routed to clusters of upstreams, its limits and
/// its authentication.
public struct GatewaySpec: Decodable, Sendable, Equatable {
  /// Where clients connect; at least one.
  public var listeners: [ListenerSpec]
  /// The gateway's admin HTTP address (/metrics, /healthz, /readyz).
  public var admin: HostPort?
  /// How many gateway processes run (each listener's port + i for replica i on one machine).
  public var replicas: Int?
  /// Routes, tried in order; the first match wins.
  public var routes: [RouteSpec]?
  /// Named groups of upstream endpoints.
  public var clusters: [ClusterSpec]?
  /// Request limits and the rate limit.
  public var limits: GatewayLimitsSpec?
  /// Authentication of callers.
  public var auth: GatewayAuthSpec?
  /// A folder of static files (the chat page of `mesh/web`) served for the GET requests no other edge
  /// protocol takes, relative to the mesh file's folder or absolute.
  public var web: String?
  /// The in-memory cache of unary responses of methods marked `NO_SIDE_EFFECTS`; off when absent.
  public var cache: GatewayCacheSpec?
}

/// The response cache: its bounds, how long an answer stays fresh, and which methods it covers.
public struct GatewayCacheSpec: Decodable, Sendable, Equatable {
  /// How long a response is served from the cache.
  public var ttl: MeshDuration
  /// The most responses kept (default 10000).
  public var maxEntries: Int?
  /// The most bytes kept, keys and responses (default 67108864).
  public var maxBytes: Int?
  /// Method paths (`/pkg.Service/Method`) or service names (`pkg.Service`) cached; every method marked
  /// `idempotency_level = NO_SIDE_EFFECTS` when absent. Methods without that mark are never cached.
  public var methods: [String]?
}

/// One address the gateway accepts connections on, in plaintext (h2c and HTTP/1.1) or TLS.
public struct ListenerSpec: Decodable, Sendable, Equatable {
  /// A unique name, used in metrics.
  public var name: String
  /// The address to bind.
  public var address: HostPort
  /// TLS for this listener; plaintext when absent.
  public var tls: TLSSpec?
  /// The largest request body on this listener, in bytes (default `gateway.limits.max_body_bytes`).
  public var maxBodyBytes: Int?
}

/// A certificate and key, and optionally a CA to require client certificates (mTLS).
public struct TLSSpec: Decodable, Sendable, Equatable {
  /// The certificate chain (PEM), a path relative to the mesh file's folder or absolute.
  public var certificate: String
  /// The private key (PEM).
  public var key: String
  /// The CA that client certificates must chain to; when present, clients must present one.
  public var clientCa: String?
}

/// A route: which calls it matches, and the cluster that serves them.
public struct RouteSpec: Decodable, Sendable, Equatable {
  /// What the route matches.
  public var match: RouteMatchSpec
  /// The name of a cluster of `gateway.clusters`.
  public var cluster: String
  /// The deadline given to the upstream call when the caller set none (or a longer one).
  public var timeout: MeshDuration?
  /// How many times a failed call may be retried (UNAVAILABLE only), within the retry budget.
  public var retries: Int?
}

/// A route's match: a gRPC service by full name, or a path prefix. Exactly one.
public struct RouteMatchSpec: Decodable, Sendable, Equatable {
  /// A full service name, such as `mesh.chat.v1.ChatService`.
  public var service: String?
  /// A path prefix, such as `/mesh.chat.v1.ChatService/` or `/` for everything.
  public var prefix: String?
  /// A method name of `service` (such as `Send`), to route one method apart from the others.
  public var method: String?
  /// The host the client addressed (`:authority`), such as `api.example.com` or `*.example.com`; the
  /// port is ignored unless given.
  public var authority: String?
}

/// A cluster: the endpoints a route's calls are balanced over, from a service of the mesh or by address.
public struct ClusterSpec: Decodable, Sendable, Equatable {
  /// A unique name that routes refer to.
  public var name: String
  /// A service of `services`, whose replicas are the endpoints.
  public var service: String?
  /// Fixed endpoints, when the upstream is not one of the mesh's services.
  public var endpoints: [HostPort]?
  /// How calls are spread over the endpoints; round_robin when absent.
  public var balancing: Balancing?
  /// When an endpoint is ejected for failing.
  public var outlier: OutlierSpec?
  /// HTTP/2 connections kept to each endpoint (default 1).
  public var connectionsPerEndpoint: Int?
  /// Active `grpc.health.v1` checks of the endpoints; none when absent.
  public var healthCheck: HealthCheckSpec?
  /// The cluster's circuit-breaker limits.
  public var circuitBreaker: CircuitBreakerSpec?
  /// The share of active requests that may be retries.
  public var retryBudget: RetryBudgetSpec?
  /// Methods safe to send twice (`/pkg.Service/Method` or `pkg.Service`): only they are retried after a
  /// failure (refused streams always are) or hedged.
  public var idempotentMethods: [String]?
  /// Hedging of the idempotent methods instead of retrying them.
  public var hedging: HedgingSpec?
}

/// Load-balancing policies.
public enum Balancing: String, MeshChoice {
  case roundRobin = "round_robin"
  case pickFirst = "pick_first"
  case leastRequest = "least_request"

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}

/// Outlier ejection: an endpoint that fails this many times in a row is ejected for a while.
public struct OutlierSpec: Decodable, Sendable, Equatable {
  /// Consecutive failures (UNAVAILABLE, resets) before ejection.
  public var consecutiveErrors: Int
  /// How long an ejected endpoint stays out the first time; the n-th ejection lasts n times this.
  public var ejection: MeshDuration
  /// The longest ejection (default 300s).
  public var maxEjection: MeshDuration?
  /// The share of the cluster's endpoints that may be ejected at once, in percent (default 10; one
  /// endpoint may always be).
  public var maxEjectionPercent: Int?
  /// Each such interval an endpoint spends in service takes one off the multiplier of its next ejection
  /// (default 10s, Envoy's `interval`).
  public var interval: MeshDuration?
}
