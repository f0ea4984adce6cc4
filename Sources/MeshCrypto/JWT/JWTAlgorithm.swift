/// The JWS algorithms this module signs and verifies (RFC 7518 §3, RFC 8037 §3.1).
///
/// `none` is deliberately absent: an unsigned token can never verify.
public enum JWTAlgorithm: String, Sendable, Hashable, CaseIterable {
  /// HMAC with SHA-256.
  case hs256 = "HS256"
  /// RSASSA-PKCS1-v1_5 with SHA-256.
  case rs256 = "RS256"
  /// ECDSA on P-256 with SHA-256; the signature is r || s, 32 bytes each.
  case es256 = "ES256"
  /// EdDSA; this module supports the Ed25519 curve.
  case edDSA = "EdDSA"
}
