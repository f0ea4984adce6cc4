/// Verifies compact JWS tokens strictly: the algorithm must be allowed by the chosen key, the
/// signature must verify, and `exp`, `nbf`, `iss` and `aud` must satisfy the options.
public struct JWTVerifier: Sendable {
  /// The trusted keys.
  public let keys: [JWTKey]
  /// The claim checks.
  public let options: JWTValidationOptions
  /// Tokens longer than this are refused before any parsing.
  public static let maximumTokenLength = 16 * 1024

  /// A verifier over a list of keys.
  /// - Parameters:
  ///   - keys: trusted keys (public keys or HMAC secrets).
  ///   - options: claim checks.
  public init(keys: [JWTKey], options: JWTValidationOptions = JWTValidationOptions()) {
    self.keys = keys
    self.options = options
  }

  /// A verifier over a JWKS.
  /// - Parameters:
  ///   - jwks: the trusted key set.
  ///   - options: claim checks.
  public init(jwks: JWKSet, options: JWTValidationOptions = JWTValidationOptions()) {
    self.init(keys: jwks.keys, options: options)
  }

  /// Verifies a compact token.
  /// - Parameters:
  ///   - token: `header.payload.signature`, base64url without padding.
  /// - Returns: the header and claims.
  /// - Throws: a `JWTError` naming the first check that failed.
  public func verify(_ token: String) throws -> VerifiedJWT {
    let jws = try verifySignature(token)
    guard let payload = JSONValue.parseObject(jws.payload) else { throw JWTError.malformed("payload is not a JSON object") }
    let claims = JWTClaims(payload)
    try validate(claims)
    return VerifiedJWT(header: jws.header, claims: claims, algorithm: jws.algorithm, keyID: jws.key.keyID)
  }

  /// The JWS layer alone: parses, picks the key, checks the signature; returns the raw payload.
  func verifySignature(_ token: String) throws
    -> (header: [String: JSONValue], payload: [UInt8], algorithm: JWTAlgorithm, key: JWTKey) {
    guard token.utf8.count <= Self.maximumTokenLength else { throw JWTError.malformed("token too long") }
    let parts = token.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard parts.count == 3 else { throw JWTError.malformed("a compact JWS has three parts") }
    guard let headerBytes = Base64URL.decode(Substring(parts[0])) else { throw JWTError.malformed("header is not base64url") }
    guard let payload = Base64URL.decode(Substring(parts[1])) else { throw JWTError.malformed("payload is not base64url") }
    guard let signature = Base64URL.decode(Substring(parts[2])) else { throw JWTError.malformed("signature is not base64url") }
    guard let header = JSONValue.parseObject(headerBytes) else { throw JWTError.malformed("header is not a JSON object") }

    guard let algName = header["alg"]?.stringValue else { throw JWTError.unsupportedAlgorithm("(missing)") }
    guard let algorithm = JWTAlgorithm(rawValue: algName) else { throw JWTError.unsupportedAlgorithm(algName) }
    // RFC 7515 §4.1.11: extensions listed in crit must be understood; this verifier knows none.
    if header["crit"] != nil { throw JWTError.unsupportedCriticalHeader }

    let candidates = try candidateKeys(header: header, algorithm: algorithm)
    let input = Array(token.utf8.prefix(parts[0].count + 1 + parts[1].count))
    guard let key = candidates.first(where: { $0.isValidSignature(signature, for: input, algorithm: algorithm) })
    else { throw JWTError.invalidSignature }
    return (header, payload, algorithm, key)
  }

  private func candidateKeys(header: [String: JSONValue], algorithm: JWTAlgorithm) throws -> [JWTKey] {
    if let kidValue = header["kid"] {
      guard let kid = kidValue.stringValue else { throw JWTError.malformed("kid is not a string") }
      let named = keys.filter { $0.keyID == kid }
      guard !named.isEmpty else { throw JWTError.unknownKey(kid) }
      let allowed = named.filter { $0.algorithms.contains(algorithm) }
      guard !allowed.isEmpty else { throw JWTError.algorithmNotAllowed(algorithm.rawValue) }
      return allowed
    }
    let allowed = keys.filter { $0.algorithms.contains(algorithm) }
    guard !allowed.isEmpty else {
      throw keys.isEmpty ? JWTError.unknownKey("(no keys)") : JWTError.algorithmNotAllowed(algorithm.rawValue)
    }
    return allowed
  }

  private func validate(_ claims: JWTClaims) throws {
    let now = options.clock.secondsSince1970()
    for name in ["exp", "nbf", "iat"] {
      if let value = claims[name], value.numberValue == nil { throw JWTError.invalidClaim("\(name) is not a number") }
    }
    if let exp = claims.expiresAt {
      guard now &- options.leeway < exp else { throw JWTError.expired }
    } else if options.requireExpiration {
      throw JWTError.invalidClaim("exp is required")
    }
    if let nbf = claims.notBefore, nbf > now &+ options.leeway { throw JWTError.notYetValid }
    if let issuer = options.issuer, claims.issuer != issuer { throw JWTError.wrongIssuer }
    if let audience = options.audience {
      switch claims["aud"] {
      case .string(let aud)?:
        guard aud == audience else { throw JWTError.wrongAudience }
      case .array(let auds)?:
        guard auds.allSatisfy({ $0.stringValue != nil }) else { throw JWTError.invalidClaim("aud holds a non-string") }
        guard auds.contains(.string(audience)) else { throw JWTError.wrongAudience }
      case nil:
        throw JWTError.wrongAudience
      default:
        throw JWTError.invalidClaim("aud is neither a string nor an array")
      }
    }
  }
}
