import MeshCrypto

/// Verifies one bearer token against the cached JWKS and reads its caller: the signature, the algorithm
/// (asymmetric only, so an RSA public key can never serve as an HMAC secret), `exp`/`nbf`, `iss`, `aud`, and
/// a `sub` fit for metadata. A token naming an unknown key id may refetch the JWKS once (rate-limited by
/// the cache). Last, the token's session (`sid`) is looked up in the revocation feed, for a token found in
/// the verified-token cache as for one verified now, so a signed-out session's tokens never pass.
struct TokenCheck: Sendable {
  enum Outcome: Sendable {
    case verified(VerifiedCaller)
    case refused(JWTError)
    case keysUnavailable
    /// The token's session was ended (sign-out, deletion, an admin).
    case revoked
    /// The revocation feed is too stale to tell, and it fails closed.
    case revocationsUnavailable
  }

  /// `checkNow(bytes:)`'s outcome: a verified token is the cache's entry itself (its caller and identity
  /// fields, read where they lie: one retain, where a copy of the caller retained each of its strings).
  enum CachedOutcome: Sendable {
    case verified(VerifiedTokenCache.Entry)
    /// The token's session was ended.
    case revoked
    /// The revocation feed is too stale to tell, and it fails closed.
    case revocationsUnavailable
  }

  let configuration: AuthConfiguration
  let jwks: JWKSCache
  let verified: VerifiedTokenCache
  let revocations: RevocationFeed

  func check(_ token: String) async -> Outcome {
    let outcome = await checkSignature(token)
    guard case .verified(let caller) = outcome else { return outcome }
    switch await revocations.verdict(for: caller.sessionID) {
    case .allowed: return outcome
    case .revoked: return .revoked
    case .unavailable: return .revocationsUnavailable
    }
  }

  /// `check` when it needs no wait and no signature check: fresh keys, the token in the verified-token
  /// cache, the revocation feed started. Nil otherwise: then only `check` can tell.
  ///
  /// Static, on the three caches it reads: a `TokenCheck` made per call copied the `AuthConfiguration`
  /// (a retain of each of its references) though this path reads none of it.
  static func checkNow(_ token: String, jwks: JWKSCache, verified: VerifiedTokenCache,
                       revocations: RevocationFeed) -> Outcome? {
    var token = token
    let outcome = token.withUTF8 {
      checkNow(bytes: UnsafeRawBufferPointer($0), jwks: jwks, verified: verified, revocations: revocations)
    }
    switch outcome {
    case .verified(let entry)?: return .verified(entry.caller)
    case .revoked?: return .revoked
    case .revocationsUnavailable?: return .revocationsUnavailable
    case nil: return nil
    }
  }

  /// `checkNow` of a token given as its bytes (read where they lie in a relayed call's fields: no `String`).
  static func checkNow(bytes token: UnsafeRawBufferPointer, jwks: JWKSCache, verified: VerifiedTokenCache,
                       revocations: RevocationFeed) -> CachedOutcome? {
    // One monotonic read serves the key set's freshness and the token table's expiry (each read its own).
    let instant = ContinuousClock.now
    guard let keys = jwks.freshKeys(at: instant) else { return nil }
    guard let entry = verified.entry(forBytes: token, now: SystemJWTClock().secondsSince1970(), at: instant,
                                     keys: keys) else { return nil }
    switch revocations.verdictNow(for: entry.caller.sessionID) {
    case nil: return nil
    case .allowed?: return .verified(entry)
    case .revoked?: return .revoked
    case .unavailable?: return .revocationsUnavailable
    }
  }

  private func checkSignature(_ token: String) async -> Outcome {
    // The usual call finds fresh keys without a hop to the cache's actor.
    var keys = jwks.freshKeys()
    if keys == nil { keys = await jwks.currentKeys() }
    guard let keys else { return .keysUnavailable }
    let now = SystemJWTClock().secondsSince1970()
    if let caller = verified.caller(for: token, now: now, keys: keys) { return .verified(caller) }
    switch verify(token, keys, now: now) {
    case .refused(.unknownKey):
      guard let fresh = await jwks.refetchForUnknownKey() else { return .refused(.unknownKey("")) }
      return verify(token, fresh, now: now)
    case let outcome:
      return outcome
    }
  }

  private func verify(_ token: String, _ keys: JWKSet, now: Int64) -> Outcome {
    // Only keys for the accepted algorithms take part: HS256 never verifies here, whatever the key set holds.
    let usable = keys.keys.filter { !$0.algorithms.isDisjoint(with: configuration.algorithms) }
    let options = JWTValidationOptions(issuer: configuration.issuer, audience: configuration.audience,
                                       leeway: configuration.leewaySeconds, requireExpiration: true)
    do {
      let verified = try JWTVerifier(keys: usable, options: options).verify(token)
      guard configuration.algorithms.contains(verified.algorithm) else {
        return .refused(.algorithmNotAllowed(verified.algorithm.rawValue))
      }
      guard let subject = verified.claims.subject, Self.isPlain(subject) else {
        return .refused(.invalidClaim("sub is missing or not a plain string"))
      }
      let scopes: [String]
      if let scope = verified.claims["scope"]?.stringValue {
        scopes = scope.split(separator: " ").map(String.init)
      } else if let list = verified.claims["scp"]?.arrayValue {
        scopes = list.compactMap(\.stringValue)
      } else {
        scopes = []
      }
      guard scopes.allSatisfy(Self.isPlain) else { return .refused(.invalidClaim("a scope is not a plain string")) }
      let session = verified.claims["sid"]
      guard session == nil || session?.stringValue.map(Self.isPlain) == true else {
        return .refused(.invalidClaim("sid is not a plain string"))
      }
      let caller = VerifiedCaller(subject: subject, scopes: scopes, method: .jwt, expiresAt: verified.claims.expiresAt,
                                  sessionID: session?.stringValue)
      if let keyID = verified.keyID, let expiresAt = verified.claims.expiresAt {
        self.verified.store(caller, for: token, keyID: keyID, validUntil: expiresAt &+ configuration.leewaySeconds, now: now)
      }
      return .verified(caller)
    } catch let error as JWTError {
      return .refused(error)
    } catch {
      return .refused(.malformed("\(error)"))
    }
  }

  /// Whether a claim can go into metadata as is: 1 to 200 visible ASCII characters.
  static func isPlain(_ text: String) -> Bool {
    (1...200).contains(text.utf8.count) && text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
  }
}
