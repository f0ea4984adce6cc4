public import MeshCore
import MeshCrypto
import MeshTransport
public import MeshMetrics

/// Authenticates every call at the edge: a bearer JWT verified locally against the auth service's JWKS
/// (ES256, EdDSA, RS256) and against the auth service's revocation feed (sessions signed out, polled), or an
/// API key (`x-api-key`) checked by the auth service (cached briefly); then enforces the route's requirement
/// (public, user, scope).
///
/// Before anything else, every request key under `x-mesh-` is removed (a client cannot claim an identity,
/// even on a public route); a verified caller is then sent upstream as `x-mesh-user-id`, `x-mesh-scopes`
/// and `x-mesh-auth-method` (and `x-mesh-session-id` for a token of a sign-in, so the auth service can sign
/// it out). Credentials themselves do not go upstream. No or bad credentials end the call
/// with UNAUTHENTICATED (401) and a `www-authenticate` challenge; a caller without the scope a route needs,
/// with PERMISSION_DENIED (403).
public struct AuthInterceptor: ServerInterceptor, ImmediateAdmission {
  /// The realm named in challenges.
  public static let realm = "mesh"
  private let configuration: AuthConfiguration
  /// The JWKS cache (exposed for metrics and tests).
  public let jwks: JWKSCache
  /// The API-key cache (exposed for metrics and tests).
  public let apiKeys: APIKeyCache
  /// The revoked sign-in sessions (exposed for metrics and tests).
  public let revocations: RevocationFeed
  private let verifiedTokens: VerifiedTokenCache

  /// Creates the interceptor over a connection to the auth service.
  /// - Parameters:
  ///   - configuration: what is checked.
  ///   - authService: a cluster or channel serving `mesh.auth.v1.AuthService`.
  ///   - registry: where the revocation feed's metrics go (`RevocationFeedMetrics`).
  public init(configuration: AuthConfiguration, authService: any ClientTransport, registry: MetricsRegistry = .process) {
    let service = AuthServiceClient(transport: authService, timeout: configuration.serviceTimeout)
    self.init(configuration: configuration, service: service, registry: registry)
  }

  /// Creates the interceptor over an auth service client.
  /// - Parameters:
  ///   - configuration: what is checked.
  ///   - service: the auth service's client.
  ///   - registry: where the revocation feed's metrics go (`RevocationFeedMetrics`).
  public init(configuration: AuthConfiguration, service: AuthServiceClient, registry: MetricsRegistry = .process) {
    self.configuration = configuration
    let jwks = JWKSCache(settings: configuration.jwks) { try await service.fetchJWKS() }
    self.jwks = jwks
    let verifiedTokens = VerifiedTokenCache()
    self.verifiedTokens = verifiedTokens
    let revocations = RevocationFeed(settings: configuration.revocations, leewaySeconds: configuration.leewaySeconds,
                                     metrics: RevocationFeedMetrics(registry: registry)) { cursor in
      try await service.listRevocations(after: cursor)
    }
    self.revocations = revocations
    let verifier = TokenCheck(configuration: configuration, jwks: jwks, verified: verifiedTokens, revocations: revocations)
    apiKeys = APIKeyCache(positiveTTL: configuration.apiKeyTTL, negativeTTL: configuration.apiKeyNegativeTTL) { key in
      guard let token = try await service.exchange(apiKey: key) else { return nil }
      // The token comes straight from the auth service; it is verified like any other all the same.
      switch await verifier.check(token) {
      case .verified(var caller):
        caller.method = .apiKey
        return caller
      case .refused(let error): throw RPCError(code: .internal, message: "the auth service issued a token that does not verify", cause: error)
      case .keysUnavailable: throw RPCError(code: .unavailable, message: "the JWKS is not available")
      case .revoked, .revocationsUnavailable:
        // Tokens of API keys belong to no session; the feed has nothing to say of them.
        throw RPCError(code: .internal, message: "the auth service issued an API-key token with a revoked session")
      }
    }
  }

  /// Strips reserved metadata, authenticates, checks the route's requirement, and calls `next`.
  public func intercept(
    stream: any ServerCallStream, context: ServerContext,
    next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void
  ) async throws {
    let received = context.requestMetadata
    let requirement = configuration.policy.requirement(for: context.method.path)
    let bearer = configuration.acceptsTokens ? Self.bearerToken(in: received) : nil
    let apiKey = configuration.acceptsAPIKeys ? received.firstString(forKey: "x-api-key") : nil

    var caller: VerifiedCaller?
    if let bearer {
      let check = TokenCheck(configuration: configuration, jwks: jwks, verified: verifiedTokens, revocations: revocations)
      switch await check.check(bearer) {
      case .verified(let verified): caller = verified
      case .refused(let error): throw Self.unauthenticated(Self.describe(error), invalid: true)
      case .revoked: throw Self.unauthenticated("The token's sign-in has ended; sign in again.", invalid: true)
      case .revocationsUnavailable:
        // The feed fails closed and is stale: a public route is served without identity, others are not.
        guard requirement == .open else {
          throw RPCError(code: .unavailable, message: "Signed-out sessions cannot be checked now; try again shortly.")
        }
        var metadata = forwardedMetadata(received, hasBearer: true)
        metadata.addString("unverified", forKey: IdentityMetadata.method)
        context.requestMetadata = metadata
        try await next(stream, context)
        return
      case .keysUnavailable:
        // A public route needs no identity, so it is served either way; other routes only when failing open.
        guard configuration.failOpen || requirement == .open else {
          throw RPCError(code: .unavailable, message: "Tokens cannot be verified now; try again shortly.")
        }
        // The call goes on, but the gateway vouches for no one.
        var metadata = forwardedMetadata(received, hasBearer: true)
        metadata.addString("unverified", forKey: IdentityMetadata.method)
        context.requestMetadata = metadata
        try await next(stream, context)
        return
      }
    } else if let apiKey {
      guard let verified = try await apiKeys.caller(forKey: apiKey) else {
        throw Self.unauthenticated("The API key is not valid.", invalid: true)
      }
      caller = verified
    }
    try admit(caller, requirement: requirement, received: received, hasBearer: bearer != nil, context: context)
    try await next(stream, context)
  }

  /// The usual call, checked without waiting: a token the verified-token cache knows (keys fresh, revocation
  /// feed started), or no credentials at all. Anything else (an API key, a token to verify, any failure,
  /// whose message and fallbacks `intercept` owns) is left to `intercept`.
  func admitNow(_ context: ServerContext) throws -> Bool {
    let received = context.requestMetadata
    let bearer = configuration.acceptsTokens ? Self.bearerToken(in: received) : nil
    var caller: VerifiedCaller?
    if let bearer {
      guard case .verified(let verified)? = TokenCheck.checkNow(bearer, jwks: jwks, verified: verifiedTokens,
                                                                revocations: revocations) else { return false }
      caller = verified
    } else if configuration.acceptsAPIKeys, received.firstString(forKey: "x-api-key") != nil {
      return false
    }
    try admit(caller, requirement: configuration.policy.requirement(for: context.method.path), received: received,
              hasBearer: bearer != nil, context: context)
    return true
  }

  /// The route's requirement against the caller; then the identity goes into the metadata sent on.
  private func admit(_ caller: VerifiedCaller?, requirement: AuthRequirement, received: Metadata, hasBearer: Bool,
                     context: ServerContext) throws {
    try Self.check(caller, against: requirement)
    var metadata = forwardedMetadata(received, hasBearer: hasBearer)
    if let caller { IdentityMetadata.add(caller, to: &metadata) }
    context.requestMetadata = metadata
  }

  /// Refuses a caller that does not meet the route's requirement.
  private static func check(_ caller: VerifiedCaller?, against requirement: AuthRequirement) throws {
    try check(hasCaller: caller != nil, against: requirement) { caller?.scopes.contains($0) ?? false }
  }

  /// `check(_:against:)` of a caller read where it lies (a relayed call's cached token: an optional made of
  /// it was a copy, a retain of each of its strings).
  /// - Parameters:
  ///   - hasCaller: whether the call has a verified caller.
  ///   - hasScope: whether that caller has a scope.
  private static func check(hasCaller: Bool, against requirement: AuthRequirement, hasScope: (String) -> Bool) throws {
    switch requirement {
    case .open: break
    case _ where !hasCaller: throw Self.unauthenticated("This method needs credentials.", invalid: false)
    case .user: break
    case .scope(let scope):
      guard hasScope(scope) else {
        var challenge = Metadata()
        challenge.addString("Bearer realm=\"\(Self.realm)\", error=\"insufficient_scope\", scope=\"\(scope)\"",
                            forKey: "www-authenticate")
        throw RPCError(code: .permissionDenied, message: "This method needs the scope '\(scope)'.", metadata: challenge)
      }
    }
  }

  /// The request metadata without reserved identity keys (a client cannot claim one) nor credentials.
  private func forwardedMetadata(_ received: Metadata, hasBearer: Bool) -> Metadata {
    var metadata = IdentityMetadata.strippingReserved(received)
    if hasBearer { metadata.removeAll(forKey: "authorization") }
    if configuration.acceptsAPIKeys { metadata.removeAll(forKey: "x-api-key") }
    return metadata
  }

  /// `admitNow(_:)` on a relayed call's fields, read and edited in place: the bearer token is looked up in
  /// the verified-token cache by its bytes where they lie, with no `String` made.
  func admitNow(inPlace head: inout RelayHead) throws -> Bool {
    // The check's outcome comes back as the closure's result, not through a captured variable: a caller
    // kept in one was copied (a retain of each of its strings) wherever it was read after.
    let checked = configuration.acceptsTokens
      ? Self.withBearerToken(in: head.fields) { token in
          TokenCheck.checkNow(bytes: token, jwks: jwks, verified: verifiedTokens, revocations: revocations)
        }
      : nil
    let hasBearer = checked != nil
    var token: VerifiedTokenCache.Entry?
    switch consume checked {
    case .some(.some(.verified(let verified))): token = verified
    case .some: return false
    case .none:
      if configuration.acceptsAPIKeys, HeaderName.apiKey.isPresent(in: head.fields) { return false }
    }
    try Self.check(hasCaller: token != nil, against: configuration.policy.requirement(for: head.method.path)) { scope in
      token?.caller.scopes.contains(scope) ?? false
    }
    // One pass over the fields for the three removals (the reserved identity fields, the credentials): a pass
    // each, and a look for each credential first, cost ~700 instructions more per call.
    let acceptsAPIKeys = configuration.acceptsAPIKeys
    head.fields.removeAll { name in
      IdentityMetadata.isReserved(name) || (hasBearer && HeaderName.authorization.matches(name))
        || (acceptsAPIKeys && HeaderName.apiKey.matches(name))
    }
    // The identity as the cache encoded it once for the token.
    token?.identity.add(to: &head.fields)
    return true
  }

  /// What `body` makes of the bytes of the token of the first `authorization: Bearer …` field, read where
  /// they lie; nil, without calling `body`, when there is none (no such field, another scheme, an empty token).
  /// - Parameter body: the bytes are valid only during the call.
  static func withBearerToken<R>(in fields: RequestHeaderFields, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
    var result: R?
    HeaderName.authorization.forEachValue(in: fields) { value in
      guard value.count > 7, RequestHeaderFields.hasPrefixIgnoringCase(UnsafeRawBufferPointer(rebasing: value[..<7]), literal: "bearer ")
      else { return false }
      let rest = value[7...].drop { $0 == UInt8(ascii: " ") }
      if !rest.isEmpty { result = body(UnsafeRawBufferPointer(rebasing: rest)) }
      return false
    }
    return result.take()  // moved out of the closure's variable, not copied
  }

  /// The token of an `authorization: Bearer …` header.
  static func bearerToken(in metadata: Metadata) -> String? {
    guard let value = metadata.firstString(forKey: "authorization"), value.utf8.count > 7,
          value.prefix(7).lowercased() == "bearer " else { return nil }
    let token = value.dropFirst(7).drop { $0 == " " }
    return token.isEmpty ? nil : String(token)
  }

  static func unauthenticated(_ message: String, invalid: Bool) -> RPCError {
    var challenge = Metadata()
    challenge.addString("Bearer realm=\"\(realm)\"" + (invalid ? ", error=\"invalid_token\"" : ""), forKey: "www-authenticate")
    return RPCError(code: .unauthenticated, message: message, metadata: challenge)
  }

  static func describe(_ error: JWTError) -> String {
    switch error {
    case .expired: return "The token has expired."
    case .notYetValid: return "The token is not valid yet."
    case .wrongIssuer, .wrongAudience: return "The token was not issued for this gateway."
    case .unsupportedAlgorithm, .algorithmNotAllowed: return "The token's algorithm is not accepted."
    case .unknownKey: return "The token was signed by an unknown key."
    case .invalidSignature: return "The token's signature does not verify."
    case .invalidClaim: return "The token's claims are invalid."
    default: return "The token is malformed."
    }
  }
}
