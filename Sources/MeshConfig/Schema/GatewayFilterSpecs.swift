// The gateway's filter settings: request limits and the small WAF, CORS, rate limits (local and global)
// and authentication. Each is mapped to one filter's configuration by `MeshGateway` (`Filters/`).

/// Request limits at the edge, the small WAF, CORS and the rate limits.
public struct GatewayLimitsSpec: Decodable, Sendable, Equatable {
  /// The largest message accepted, in bytes (default 4194304).
  public var maxMessageBytes: Int?
  /// Concurrent streams per connection (default 100).
  public var maxConcurrentStreams: Int?
  /// The largest header block, in bytes (default 16384).
  public var maxHeaderBytes: Int?
  /// The longest request target (path and query), in bytes (default 8192).
  public var maxUrlBytes: Int?
  /// The most header fields a request may carry (default 100).
  public var maxHeaderCount: Int?
  /// The largest request body, in bytes, enforced by the front while it reads (default 4194304).
  public var maxBodyBytes: Int?
  /// How long a closing connection keeps reading and dropping what the client still sends, after the client's
  /// last bytes, so the client reads our last answer instead of a reset (default 1s; 0s closes at once).
  public var lingeringCloseQuiet: MeshDuration?
  /// The longest a closing connection lingers however busy the client is (default 5s; 0s closes at once).
  public var lingeringCloseLimit: MeshDuration?
  /// The HTTP methods accepted (default GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS).
  public var allowedMethods: [String]?
  /// Requests refused by path, method or header.
  public var deny: [DenyRuleSpec]?
  /// Cross-origin requests from browsers; none are allowed when absent.
  public var cors: CORSSpec?
  /// Which responses carry the call's `x-request-id` (default `generated`).
  public var requestIdResponse: RequestIDResponseSpec?
  /// The rate limit per caller (one rule; `rate_limits` holds more).
  public var rateLimit: RateLimitSpec?
  /// More local rate limits, each counted apart.
  public var rateLimits: [RateLimitSpec]?
  /// The limit shared by every gateway replica through the `ratelimit` service.
  public var globalRateLimit: GlobalRateLimitSpec?
}

/// Which responses carry the call's `x-request-id`: only those whose id the gateway made (`generated`, the
/// default), every one (`always`, Envoy's `always_set_request_id_in_response`), or none (`never`, Envoy's default).
public enum RequestIDResponseSpec: String, MeshChoice {
  /// Only when the gateway made the id (the client sent none, an invalid one, or several).
  case generated
  /// Always, a valid id the client sent too.
  case always
  /// Never: the id is in the access line and sent upstream only.
  case never

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}

/// A deny rule: a request matching every condition given is refused with 403 (PERMISSION_DENIED).
public struct DenyRuleSpec: Decodable, Sendable, Equatable {
  /// A path prefix (after normalisation).
  public var pathPrefix: String?
  /// An exact path.
  public var path: String?
  /// A method, upper case.
  public var method: String?
  /// A header condition.
  public var header: HeaderMatchSpec?
}

/// A condition on one header: present, equal to a value, or containing one (case-insensitive values).
public struct HeaderMatchSpec: Decodable, Sendable, Equatable {
  /// The header name.
  public var name: String
  /// The whole value must be this.
  public var exact: String?
  /// The value must start with this.
  public var prefix: String?
  /// The value must contain this.
  public var contains: String?
}

/// Which browser origins may call, and what they may send and read.
public struct CORSSpec: Decodable, Sendable, Equatable {
  /// Allowed origins (`https://app.example`), or `*` for any.
  public var allowedOrigins: [String]
  /// Allowed methods (default GET, POST, OPTIONS).
  public var allowedMethods: [String]?
  /// Allowed request headers (default the gRPC-Web and Connect ones, plus authorization).
  public var allowedHeaders: [String]?
  /// Response headers scripts may read (default grpc-status, grpc-message, retry-after and the limit headers).
  public var exposedHeaders: [String]?
  /// How long a browser may cache a preflight answer (default 10m).
  public var maxAge: MeshDuration?
  /// Whether credentials (cookies, authorization) may be sent (default false).
  public var allowCredentials: Bool?
}

/// A GCRA limit per caller, optionally only for methods under a prefix.
public struct RateLimitSpec: Decodable, Sendable, Equatable {
  /// The sustained rate.
  public var requestsPerSecond: Double
  /// How many requests may come at once above the rate.
  public var burst: Int
  /// Who a bucket belongs to.
  public var key: RateLimitKey?
  /// Several parts that together name a bucket (instead of `key`), such as `[user, route]`.
  public var keys: [RateLimitKey]?
  /// A name for the limit, sent in `x-ratelimit-limit-name` when it is hit.
  public var name: String?
  /// Only calls whose gRPC path starts with this are counted (every call when absent).
  public var prefix: String?
}

/// What identifies a caller for a rate limit.
public enum RateLimitKey: String, MeshChoice {
  case clientIP = "client_ip"
  case apiKey = "api_key"
  case subject
  case user
  case route

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}

/// The global rate limit: descriptors sent to the `ratelimit` service (Envoy's model).
public struct GlobalRateLimitSpec: Decodable, Sendable, Equatable {
  /// The gateway cluster that serves `mesh.ratelimit.v1.RateLimitService`.
  public var cluster: String
  /// The domain the service looks the descriptors up in.
  public var domain: String
  /// How long to wait for the service (default 50ms).
  public var timeout: MeshDuration?
  /// What happens when the service cannot answer (default open).
  public var failureMode: RateLimitFailureMode?
  /// The descriptors each call carries.
  public var descriptors: [GlobalRateLimitDescriptorSpec]
}

/// One descriptor: its entries come from the call, in order; only calls under `prefix` carry it.
public struct GlobalRateLimitDescriptorSpec: Decodable, Sendable, Equatable {
  /// The entries, each a part of the call (`client_ip` → `remote_address`, `user` → `user_id`, ...).
  public var keys: [RateLimitKey]
  /// Only calls whose gRPC path starts with this carry the descriptor.
  public var prefix: String?
  /// Overrides the spec's failure mode for the calls carrying this descriptor.
  public var failureMode: RateLimitFailureMode?
}

/// Whether a call proceeds when the rate-limit service is unreachable.
public enum RateLimitFailureMode: String, MeshChoice {
  case open
  case closed

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}

/// How callers authenticate at the edge: JWTs, API keys, or both. Keys are named in `keys`.
public struct GatewayAuthSpec: Decodable, Sendable, Equatable {
  /// Whether a call no rule covers needs a user (true by default when a method is configured).
  public var required: Bool?
  /// The gateway cluster that serves `mesh.auth.v1.AuthService` (JWKS, API keys); default `auth`.
  public var cluster: String?
  /// JWT bearer tokens.
  public var jwt: JWTAuthSpec?
  /// API keys (`x-api-key`).
  public var apiKeys: APIKeysAuthSpec?
  /// What each method path prefix requires; the longest matching prefix wins.
  public var rules: [AuthRuleSpec]?
}

/// JWT validation settings.
public struct JWTAuthSpec: Decodable, Sendable, Equatable {
  /// The expected `iss`.
  public var issuer: String
  /// The expected `aud`.
  public var audience: String
  /// The name of a key (in `keys`) that verifies signatures; absent when the JWKS comes from the auth service.
  public var key: String?
  /// How often the JWKS is fetched again (default 5m).
  public var refresh: MeshDuration?
  /// The shortest time between two fetches caused by an unknown `kid` (default 30s).
  public var unknownKidRefetch: MeshDuration?
  /// Whether calls proceed unauthenticated while no JWKS could ever be fetched (default false).
  public var failOpen: Bool?
  /// How the auth service's revocation feed (ended sign-in sessions) is polled.
  public var revocations: RevocationFeedSpec?
}

/// The polling of the revocation feed: signed-out sessions' tokens are refused within `poll`.
public struct RevocationFeedSpec: Decodable, Sendable, Equatable {
  /// The time between two polls (default 1s).
  public var poll: MeshDuration?
  /// With `fail_open: false`, how long after the last good poll tokens of a sign-in are still accepted
  /// (default 10s).
  public var maxStaleness: MeshDuration?
  /// Whether tokens are accepted (against the revocations already known) while the feed cannot be
  /// fetched (default true).
  public var failOpen: Bool?
}

/// API key validation settings.
public struct APIKeysAuthSpec: Decodable, Sendable, Equatable {
  /// The name of the key (in `keys`) that signs API keys.
  public var key: String
  /// How long a key the auth service accepted is trusted without asking again (default 30s).
  public var ttl: MeshDuration?
  /// How long a refused key is refused without asking again (default 5s).
  public var negativeTtl: MeshDuration?
}

/// A per-route authentication requirement.
public struct AuthRuleSpec: Decodable, Sendable, Equatable {
  /// The gRPC method path prefix, such as `/mesh.chat.v1.ChatService/`.
  public var prefix: String
  /// `public`, `user`, or `scope:NAME`.
  public var require: AuthRequirementSpec
}

/// What a route requires of its caller: nothing, any authenticated user, or a scope.
public enum AuthRequirementSpec: MeshTextValue, Hashable {
  /// Anyone.
  case open
  /// Any authenticated caller.
  case user
  /// An authenticated caller holding this scope.
  case scope(String)

  /// Parses `public`, `user` or `scope:NAME`.
  public init?(meshText text: String) {
    switch text {
    case "public": self = .open
    case "user": self = .user
    default:
      guard text.hasPrefix("scope:"), text.count > 6, !text.contains(" ") else { return nil }
      self = .scope(String(text.dropFirst(6)))
    }
  }

  /// What the mesh file expects.
  public static let expectedText = "public, user or scope:NAME"
}

extension AuthRequirementSpec: PlaceholderProviding {
  static var placeholder: AuthRequirementSpec { .open }
}
