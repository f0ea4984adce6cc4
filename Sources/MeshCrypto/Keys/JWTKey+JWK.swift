internal import COpenSSL

extension JWTKey {
  /// A key from a JSON Web Key (RFC 7517): `oct`, `RSA`, `EC` (P-256) or `OKP` (Ed25519), public or
  /// private. `alg`, when present, must be the algorithm of the key type; `use`, when present, `sig`.
  /// - Parameters:
  ///   - jwk: the JWK object.
  public init(jwk: [String: JSONValue]) throws {
    func bytes(_ name: String) throws -> [UInt8]? {
      guard let value = jwk[name] else { return nil }
      guard let text = value.stringValue, let decoded = Base64URL.decode(text) else {
        throw JWTError.invalidKey("JWK member \(name) is not base64url")
      }
      return decoded
    }
    func required(_ name: String) throws -> [UInt8] {
      guard let value = try bytes(name) else { throw JWTError.invalidKey("JWK lacks \(name)") }
      return value
    }
    if let use = jwk["use"], use != .string("sig") { throw JWTError.invalidKey("JWK use is not sig") }
    let keyID = jwk["kid"]?.stringValue
    let material: Material
    switch jwk["kty"]?.stringValue {
    case "oct":
      let secret = try required("k")
      guard secret.count >= 32 else { throw JWTError.invalidKey("HS256 secrets need at least 32 bytes") }
      material = .hmac(secret)
    case "RSA":
      let n = try required("n"), e = try required("e")
      let d = try bytes("d")
      let crt = try ["p", "q", "dp", "dq", "qi"].map { try bytes($0) }
      let names = ["rsa-factor1", "rsa-factor2", "rsa-exponent1", "rsa-exponent2", "rsa-coefficient1"]
      let key = try EVPKey.fromData(type: "RSA", private: d != nil) { builder, arena in
        guard arena.pushBigNum(builder, "n", n), arena.pushBigNum(builder, "e", e) else { return false }
        if let d {
          guard arena.pushBigNum(builder, "d", d) else { return false }
          // The CRT values speed up signing; OpenSSL wants all of them or none.
          if crt.allSatisfy({ $0 != nil }) {
            for (name, value) in zip(names, crt) where !arena.pushBigNum(builder, name, value!) { return false }
          }
        }
        return true
      }
      material = try Self.classify(key)
    case "EC":
      guard jwk["crv"]?.stringValue == "P-256" else { throw JWTError.invalidKey("EC JWK must be on P-256") }
      let x = try required("x"), y = try required("y")
      guard x.count == 32, y.count == 32 else { throw JWTError.invalidKey("P-256 coordinates are 32 bytes") }
      let d = try bytes("d")
      if let d, d.count != 32 { throw JWTError.invalidKey("P-256 private keys are 32 bytes") }
      let key = try EVPKey.fromData(type: "EC", private: d != nil) { builder, arena in
        arena.pushUTF8(builder, "group", "prime256v1")
          && arena.pushOctets(builder, "pub", [0x04] + x + y)
          && (d.map { arena.pushBigNum(builder, "priv", $0) } ?? true)
      }
      material = .ecP256(key)
    case "OKP":
      guard jwk["crv"]?.stringValue == "Ed25519" else { throw JWTError.invalidKey("OKP JWK must be Ed25519") }
      let x = try required("x")
      guard x.count == 32 else { throw JWTError.invalidKey("Ed25519 public keys are 32 bytes") }
      if let d = try bytes("d") {
        guard d.count == 32, let p = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, d, 32) else {
          throw JWTError.invalidKey("bad Ed25519 private key")
        }
        let key = EVPKey(taking: p, isPrivate: true)
        guard Self.rawPublicKey(key) == x else { throw JWTError.invalidKey("Ed25519 x does not match d") }
        material = .ed25519(key)
      } else {
        guard let p = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, x, 32) else {
          throw JWTError.invalidKey("bad Ed25519 public key")
        }
        material = .ed25519(EVPKey(taking: p, isPrivate: false))
      }
    case let other:
      throw JWTError.invalidKey("unsupported JWK kty \(other ?? "(missing)")")
    }
    var algorithms: Set<JWTAlgorithm>? = nil
    if let alg = jwk["alg"] {
      guard let name = alg.stringValue, let algorithm = JWTAlgorithm(rawValue: name) else {
        throw JWTError.invalidKey("unsupported JWK alg")
      }
      algorithms = [algorithm]
    }
    try self.init(material: material, keyID: keyID, algorithms: algorithms)
  }

  static func rawPublicKey(_ key: EVPKey) -> [UInt8]? {
    var out = [UInt8](repeating: 0, count: 32)
    var length = 32
    guard EVP_PKEY_get_raw_public_key(key.pointer, &out, &length) == 1, length == 32 else { return nil }
    return out
  }

  /// The public JWK of this key, with `kid` and `alg`, for publishing in a JWKS; nil for HMAC secrets,
  /// which are never published.
  public var publicJWK: [String: JSONValue]? {
    var jwk: [String: JSONValue]
    switch material {
    case .hmac:
      return nil
    case .rsa(let k):
      guard let n = k.bigNumParam("n"), let e = k.bigNumParam("e") else { return nil }
      jwk = ["kty": "RSA", "n": .string(Base64URL.encode(n)), "e": .string(Base64URL.encode(e))]
    case .ecP256(let k):
      guard let x = k.bigNumParam("qx", width: 32), let y = k.bigNumParam("qy", width: 32) else { return nil }
      jwk = ["kty": "EC", "crv": "P-256", "x": .string(Base64URL.encode(x)), "y": .string(Base64URL.encode(y))]
    case .ed25519(let k):
      guard let x = Self.rawPublicKey(k) else { return nil }
      jwk = ["kty": "OKP", "crv": "Ed25519", "x": .string(Base64URL.encode(x))]
    }
    jwk["use"] = "sig"
    jwk["alg"] = .string(Self.naturalAlgorithm(of: material).rawValue)
    if let keyID { jwk["kid"] = .string(keyID) }
    return jwk
  }
}
