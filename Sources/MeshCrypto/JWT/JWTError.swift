/// Why a token, key or key set was refused.
public enum JWTError: Error, Equatable, Sendable {
  /// Not three base64url parts, bad base64url, or a header or payload that is not a JSON object.
  case malformed(String)
  /// `alg` is `none`, unknown, or missing.
  case unsupportedAlgorithm(String)
  /// The algorithm is not allowed for the key the token names (e.g. HS256 against an RSA key).
  case algorithmNotAllowed(String)
  /// No key with the token's `kid`, or no key at all for its algorithm.
  case unknownKey(String)
  /// The signature does not verify.
  case invalidSignature
  /// `exp` is in the past (beyond the leeway).
  case expired
  /// `nbf` is in the future (beyond the leeway).
  case notYetValid
  /// `iss` is missing or not the expected issuer.
  case wrongIssuer
  /// `aud` is missing or does not contain the expected audience.
  case wrongAudience
  /// A registered claim has the wrong type, or a required one is missing.
  case invalidClaim(String)
  /// The header lists `crit` extensions this module does not understand.
  case unsupportedCriticalHeader
  /// Unusable key material (too short, wrong curve, bad JWK).
  case invalidKey(String)
  /// OpenSSL could not sign (for example, a public key used to sign).
  case signingFailed(String)
}
