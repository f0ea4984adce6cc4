public import Foundation
public import MeshCrypto

/// Signs and verifies the mesh's access tokens: EdDSA (Ed25519) JWTs with issuer `mesh-auth` and
/// audience `mesh`, carrying the subject, its space-separated scopes and, for a sign-in, its session (`sid`,
/// what a sign-out revokes).
public struct TokenIssuer: Sendable {
  /// The issuer claim.
  public static let issuer = "mesh-auth"
  /// The audience claim.
  public static let audience = "mesh"

  /// The signing key.
  public let key: JWTKey
  private let signer: JWTSigner
  private let verifier: JWTVerifier

  /// An issuer over a key (a fresh Ed25519 key by default).
  /// - Parameter key: a private key that can sign.
  public init(key: JWTKey? = nil) throws {
    let key = try key ?? JWTKey.generateEd25519(keyID: "mesh-" + SecureRandom.bytes(count: 6).map { String(format: "%02x", $0) }.joined())
    self.key = key
    signer = try JWTSigner(key: key)
    guard let publicKey = key.publicKey else { throw JWTError.invalidKey("the signing key has no public half") }
    verifier = JWTVerifier(keys: [publicKey], options: JWTValidationOptions(issuer: Self.issuer, audience: Self.audience))
  }

  /// A signed token for `subject` with `scopes`, valid for `ttl`.
  /// - Parameters:
  ///   - subject: the user or key owner.
  ///   - scopes: what it may do.
  ///   - ttl: its lifetime.
  ///   - sessionID: the sign-in session (`sid`); nil for tokens of API keys, which sign-out does not end.
  ///   - now: the issue time.
  public func issue(subject: String, scopes: [String], ttl: Duration, sessionID: String? = nil, now: Date = Date()) throws
    -> (token: String, expiresAt: Date)
  {
    let issuedAt = Int64(now.timeIntervalSince1970)
    let expiresAt = issuedAt + max(1, ttl.components.seconds)
    var claims = JWTClaims([
      "iss": .string(Self.issuer), "aud": .string(Self.audience), "sub": .string(subject),
      "iat": .number(Double(issuedAt)), "exp": .number(Double(expiresAt)),
      "scope": .string(scopes.joined(separator: " ")),
      "jti": .string(Base64URL.encode(SecureRandom.bytes(count: 12))),
    ])
    if let sessionID { claims["sid"] = .string(sessionID) }
    return (try signer.sign(claims), Date(timeIntervalSince1970: Double(expiresAt)))
  }

  /// The verified claims of a token.
  /// - Parameter token: the compact JWT.
  public func verify(_ token: String) throws -> VerifiedJWT { try verifier.verify(token) }

  /// The public JWK Set of the signing key.
  public var jwksJSON: String { String(decoding: JWKSet(keys: [key]).publicJSON, as: UTF8.self) }
}
