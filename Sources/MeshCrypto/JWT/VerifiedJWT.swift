/// A token whose signature and claims passed every check.
public struct VerifiedJWT: Sendable, Equatable {
  /// The protected header.
  public let header: [String: JSONValue]
  /// The claims.
  public let claims: JWTClaims
  /// The algorithm that verified it.
  public let algorithm: JWTAlgorithm
  /// The `kid` of the key that verified it, if the key has one.
  public let keyID: String?
}
