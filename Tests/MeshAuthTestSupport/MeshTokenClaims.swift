public import Foundation
public import MeshCrypto

/// Claims of an access token as the mesh's auth service issues them: the mesh's issuer and audience,
/// issued now and valid for `exp` seconds, unless overridden.
/// - Parameters:
///   - sub: the user.
///   - scope: the granted scope.
///   - iss: the issuer.
///   - aud: the audience.
///   - exp: seconds from now to the expiry.
///   - nbf: seconds from now to the start of validity; nil for none.
public func claims(sub: String = "u-ann", scope: String = "chat", iss: String = "mesh-auth", aud: String = "mesh",
                   exp: Int64 = 60, nbf: Int64? = nil) -> JWTClaims {
  let now = Int64(Date().timeIntervalSince1970)
  var values: [String: JSONValue] = ["sub": .string(sub), "scope": .string(scope), "iss": .string(iss), "aud": .string(aud),
                                     "iat": .number(Double(now)), "exp": .number(Double(now + exp))]
  if let nbf { values["nbf"] = .number(Double(now + nbf)) }
  return JWTClaims(values)
}
