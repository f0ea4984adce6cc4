public import MeshConfig
public import MeshCrypto

/// How `AuthInterceptor` authenticates: what a token must carry, where the keys come from, what each
/// route requires. Built from the mesh file by `init(spec:)`.
public struct AuthConfiguration: Sendable, Equatable {
  /// The required `iss`.
  public var issuer: String
  /// The audience the token's `aud` must contain.
  public var audience: String
  /// The algorithms accepted (asymmetric only: the JWKS holds public keys).
  public var algorithms: Set<JWTAlgorithm>
  /// Clock skew tolerated on `exp` and `nbf`, in seconds.
  public var leewaySeconds: Int64
  /// Whether bearer tokens are accepted.
  public var acceptsTokens: Bool
  /// Whether API keys (`x-api-key`) are accepted.
  public var acceptsAPIKeys: Bool
  /// When the JWKS is fetched.
  public var jwks: JWKSCache.Settings
  /// Whether a call with a token proceeds (without identity) while no JWKS could ever be fetched.
  public var failOpen: Bool
  /// How the revocation feed (ended sign-in sessions) is polled, and what happens while it cannot be.
  public var revocations: RevocationFeed.Settings
  /// How long an accepted API key is trusted.
  public var apiKeyTTL: Duration
  /// How long a refused API key stays refused.
  public var apiKeyNegativeTTL: Duration
  /// What each route requires.
  public var policy: AuthPolicy
  /// The deadline of each call to the auth service.
  public var serviceTimeout: Duration

  /// The algorithms accepted by default.
  public static let defaultAlgorithms: Set<JWTAlgorithm> = [.es256, .edDSA, .rs256]

  /// Creates a configuration.
  /// - Parameters:
  ///   - issuer: the required `iss` (default the mesh's auth service, `mesh-auth`).
  ///   - audience: the required audience (default `mesh`).
  ///   - algorithms: accepted algorithms.
  ///   - leewaySeconds: tolerated skew.
  ///   - acceptsTokens: whether bearer tokens are accepted.
  ///   - acceptsAPIKeys: whether API keys are accepted.
  ///   - jwks: fetch settings.
  ///   - failOpen: proceed without identity while no JWKS is available.
  ///   - revocations: the revocation feed's polling and failure mode.
  ///   - apiKeyTTL: positive cache time.
  ///   - apiKeyNegativeTTL: negative cache time.
  ///   - policy: the route requirements.
  ///   - serviceTimeout: deadline of calls to the auth service.
  public init(issuer: String = "mesh-auth", audience: String = "mesh", algorithms: Set<JWTAlgorithm> = defaultAlgorithms,
              leewaySeconds: Int64 = 30, acceptsTokens: Bool = true, acceptsAPIKeys: Bool = true,
              jwks: JWKSCache.Settings = JWKSCache.Settings(), failOpen: Bool = false,
              revocations: RevocationFeed.Settings = RevocationFeed.Settings(), apiKeyTTL: Duration = .seconds(30),
              apiKeyNegativeTTL: Duration = .seconds(5), policy: AuthPolicy = AuthPolicy(rules: [], fallback: .user),
              serviceTimeout: Duration = .seconds(1)) {
    self.issuer = issuer
    self.audience = audience
    self.algorithms = algorithms.subtracting([.hs256])
    self.leewaySeconds = leewaySeconds
    self.acceptsTokens = acceptsTokens
    self.acceptsAPIKeys = acceptsAPIKeys
    self.jwks = jwks
    self.failOpen = failOpen
    self.revocations = revocations
    self.apiKeyTTL = apiKeyTTL
    self.apiKeyNegativeTTL = apiKeyNegativeTTL
    self.policy = policy
    self.serviceTimeout = serviceTimeout
  }

  /// The configuration of the mesh file's `gateway.auth`.
  /// - Parameter spec: the section.
  public init(spec: GatewayAuthSpec) {
    var jwks = JWKSCache.Settings()
    if let refresh = spec.jwt?.refresh { jwks.refreshInterval = refresh.duration }
    if let refetch = spec.jwt?.unknownKidRefetch { jwks.unknownKeyRefetchInterval = refetch.duration }
    var revocations = RevocationFeed.Settings()
    if let feed = spec.jwt?.revocations {
      revocations = RevocationFeed.Settings(pollInterval: feed.poll?.duration ?? revocations.pollInterval,
                                            maxStaleness: feed.maxStaleness?.duration ?? revocations.maxStaleness,
                                            failOpen: feed.failOpen ?? revocations.failOpen)
    }
    let rules = (spec.rules ?? []).map { rule -> AuthPolicy.Rule in
      switch rule.require {
      case .open: return AuthPolicy.Rule(prefix: rule.prefix, requirement: .open)
      case .user: return AuthPolicy.Rule(prefix: rule.prefix, requirement: .user)
      case .scope(let scope): return AuthPolicy.Rule(prefix: rule.prefix, requirement: .scope(scope))
      }
    }
    self.init(issuer: spec.jwt?.issuer ?? "mesh-auth", audience: spec.jwt?.audience ?? "mesh",
              acceptsTokens: spec.jwt != nil, acceptsAPIKeys: spec.apiKeys != nil, jwks: jwks,
              failOpen: spec.jwt?.failOpen ?? false, revocations: revocations,
              apiKeyTTL: spec.apiKeys?.ttl?.duration ?? .seconds(30),
              apiKeyNegativeTTL: spec.apiKeys?.negativeTtl?.duration ?? .seconds(5),
              policy: AuthPolicy(rules: rules, fallback: spec.required ?? true ? .user : .open))
  }
}
