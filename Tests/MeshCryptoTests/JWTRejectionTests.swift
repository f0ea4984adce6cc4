import Testing
@testable import MeshCrypto

/// Each of these tokens must be refused, with the reason.
@Suite struct JWTRejectionTests {
  private let now: Int64 = 1_800_000_000
  private var options: JWTValidationOptions {
    JWTValidationOptions(issuer: "https://auth.mesh.example", audience: "gateway", leeway: 30,
                         clock: FixedJWTClock(now))
  }
  private func claims(exp: Int64? = nil, nbf: Int64? = nil, aud: JSONValue = "gateway") -> JWTClaims {
    var c = JWTClaims(["sub": "user-42", "aud": aud])
    c.issuer = "https://auth.mesh.example"
    c.expiresAt = exp ?? now + 300
    c.notBefore = nbf
    return c
  }
  private func segment(_ json: String) -> String { Base64URL.encode(Array(json.utf8)) }

  @Test func algNoneIsRefused() throws {
    let key = try JWTKey.hmac(secret: SecureRandom.bytes(count: 32))
    let payload = segment(#"{"sub":"admin","exp":1900000000,"iss":"https://auth.mesh.example","aud":"gateway"}"#)
    for alg in ["none", "None", "NONE"] {
      for signature in ["", "e30"] {
        let token = segment(#"{"alg":"\#(alg)","typ":"JWT"}"#) + "." + payload + "." + signature
        #expect(throws: JWTError.unsupportedAlgorithm(alg)) {
          try JWTVerifier(keys: [key], options: options).verify(token)
        }
      }
    }
  }

  @Test func hs256SignedWithTheRSAPublicKeyIsRefused() throws {
    // The key confusion attack: the attacker knows the server's RSA public key and uses its PEM bytes
    // as an HMAC secret, hoping the verifier feeds the same bytes to HMAC because the token says HS256.
    let rsa = try JWTKey.generateRSA(keyID: "rsa-1")
    let publicKey = try #require(rsa.publicKey)
    let pem = try #require(publicKey.publicKeyPEM)
    let forgedKey = try JWTKey.hmac(secret: Array(pem.utf8), keyID: "rsa-1")
    let forged = try JWTSigner(key: forgedKey).sign(claims())
    let verifier = JWTVerifier(keys: [publicKey], options: options)
    #expect(throws: JWTError.algorithmNotAllowed("HS256")) { try verifier.verify(forged) }
    // The same forgery without a kid is refused the same way.
    let anonymous = try JWTSigner(key: JWTKey.hmac(secret: Array(pem.utf8))).sign(claims())
    #expect(throws: JWTError.algorithmNotAllowed("HS256")) { try verifier.verify(anonymous) }
    // And an RSA key cannot be declared for HS256 at all.
    var jwk = try #require(publicKey.publicJWK)
    jwk["alg"] = "HS256"
    #expect(throws: JWTError.self) { try JWTKey(jwk: jwk) }
    // The genuine RS256 token passes.
    #expect(try verifier.verify(JWTSigner(key: rsa).sign(claims())).keyID == "rsa-1")
  }

  @Test(arguments: ["hs", "rs", "es", "ed"])
  func tamperedPayloadIsRefused(_ kind: String) throws {
    let key: JWTKey = switch kind {
    case "hs": try .hmac(secret: SecureRandom.bytes(count: 32))
    case "rs": try .generateRSA()
    case "es": try .generateP256()
    default: try .generateEd25519()
    }
    let verifier = JWTVerifier(keys: [key.publicKey ?? key], options: options)
    let token = try JWTSigner(key: key).sign(claims())
    #expect(try verifier.verify(token).claims.subject == "user-42")
    let parts = token.split(separator: ".").map(String.init)
    let evil = segment(String(decoding: Base64URL.decode(parts[1])!, as: UTF8.self)
      .replacingOccurrences(of: "user-42", with: "admin-1"))
    #expect(throws: JWTError.invalidSignature) { try verifier.verify(parts[0] + "." + evil + "." + parts[2]) }
    // A flipped bit in the signature fails as well.
    var signature = Base64URL.decode(parts[2])!
    signature[signature.count / 2] ^= 0x20
    #expect(throws: JWTError.invalidSignature) {
      try verifier.verify(parts[0] + "." + parts[1] + "." + Base64URL.encode(signature))
    }
  }

  @Test func expiredTokenIsRefusedAfterTheLeeway() throws {
    let key = try JWTKey.generateEd25519()
    let signer = try JWTSigner(key: key)
    let verifier = JWTVerifier(keys: [key], options: options)
    #expect(throws: JWTError.expired) { try verifier.verify(signer.sign(claims(exp: now - 31))) }
    #expect(throws: JWTError.expired) { try verifier.verify(signer.sign(claims(exp: now - 30))) }
    // Within the 30 s leeway it still passes.
    #expect(try verifier.verify(signer.sign(claims(exp: now - 29))).claims.expiresAt == now - 29)
    #expect(throws: JWTError.notYetValid) { try verifier.verify(signer.sign(claims(nbf: now + 31))) }
    #expect(try verifier.verify(signer.sign(claims(nbf: now + 30))).claims.notBefore == now + 30)
    var noExp = claims()
    noExp.values["exp"] = nil
    #expect(throws: JWTError.invalidClaim("exp is required")) { try verifier.verify(signer.sign(noExp)) }
    // Numbers too large for Int64 saturate instead of trapping: far-future exp passes, far-future nbf fails.
    var huge = claims()
    huge["exp"] = .number(1e300)
    #expect(try verifier.verify(signer.sign(huge)).claims.expiresAt == .max)
    huge["nbf"] = .number(1e300)
    #expect(throws: JWTError.notYetValid) { try verifier.verify(signer.sign(huge)) }
    huge["exp"] = .number(-1e300)
    #expect(throws: JWTError.expired) { try verifier.verify(signer.sign(huge)) }
    var stringExp = claims()
    stringExp["exp"] = "1900000000"
    #expect(throws: JWTError.invalidClaim("exp is not a number")) { try verifier.verify(signer.sign(stringExp)) }
  }

  @Test func audienceAndIssuerMustMatch() throws {
    let key = try JWTKey.generateP256()
    let signer = try JWTSigner(key: key)
    let verifier = JWTVerifier(keys: [key], options: options)
    #expect(throws: JWTError.wrongAudience) { try verifier.verify(signer.sign(claims(aud: "billing"))) }
    #expect(throws: JWTError.wrongAudience) { try verifier.verify(signer.sign(claims(aud: ["billing", "chat"]))) }
    #expect(try verifier.verify(signer.sign(claims(aud: ["billing", "gateway"]))).claims.audience
      == ["billing", "gateway"])
    #expect(throws: JWTError.wrongAudience) { try verifier.verify(signer.sign(claims(aud: .null).without("aud"))) }
    #expect(throws: JWTError.invalidClaim("aud is neither a string nor an array")) {
      try verifier.verify(signer.sign(claims(aud: 7)))
    }
    var otherIssuer = claims()
    otherIssuer.issuer = "https://evil.example"
    #expect(throws: JWTError.wrongIssuer) { try verifier.verify(signer.sign(otherIssuer)) }
  }

  @Test func malformedBase64AndStructureAreRefused() throws {
    let key = try JWTKey.hmac(secret: SecureRandom.bytes(count: 32))
    let verifier = JWTVerifier(keys: [key], options: options)
    let good = try JWTSigner(key: key).sign(claims())
    let p = good.split(separator: ".").map(String.init)
    let cases: [(String, JWTError)] = [
      (p[0] + "." + p[1], .malformed("a compact JWS has three parts")),
      (good + ".x", .malformed("a compact JWS has three parts")),
      (p[0] + "=." + p[1] + "." + p[2], .malformed("header is not base64url")),       // padding
      (p[0] + "." + p[1] + "+" + "." + p[2], .malformed("payload is not base64url")),  // standard alphabet
      (p[0] + "." + p[1] + "." + p[2] + "AA", .malformed("signature is not base64url")), // 45 chars: impossible
      (p[0] + "." + p[1] + " ." + p[2], .malformed("payload is not base64url")),       // whitespace
      (segment("[1]") + "." + p[1] + "." + p[2], .malformed("header is not a JSON object")),
      (segment(#"{"typ":"JWT"}"#) + "." + p[1] + "." + p[2], .unsupportedAlgorithm("(missing)")),
      (segment(#"{"alg":"HS512"}"#) + "." + p[1] + "." + p[2], .unsupportedAlgorithm("HS512")),
      (segment(#"{"alg":"HS256","crit":["exp"]}"#) + "." + p[1] + "." + p[2], .unsupportedCriticalHeader),
      (segment(#"{"alg":"HS256","kid":"other"}"#) + "." + p[1] + "." + p[2], .unknownKey("other")),
    ]
    for (token, error) in cases {
      #expect(throws: error) { try verifier.verify(token) }
    }
    #expect(throws: JWTError.malformed("token too long")) {
      try verifier.verify(String(repeating: "a", count: JWTVerifier.maximumTokenLength + 1))
    }
    // Non-canonical trailing bits: "e30" is "{}", "e31" decodes to the same byte but is not canonical.
    #expect(Base64URL.decode("e30") == Array("{}".utf8))
    #expect(Base64URL.decode("e31") == nil)
  }

  @Test func es256SignatureMustBeRawNotDER() throws {
    let key = try JWTKey.generateP256()
    let token = try JWTSigner(key: key).sign(claims())
    let p = token.split(separator: ".").map(String.init)
    let raw = Base64URL.decode(p[2])!
    let der = try #require(ECDSASignature.derFromRaw(raw, width: 32))
    #expect(ECDSASignature.rawFromDER(der, width: 32) == raw)
    #expect(throws: JWTError.invalidSignature) {
      try JWTVerifier(keys: [key], options: options).verify(p[0] + "." + p[1] + "." + Base64URL.encode(der))
    }
  }

  @Test func weakKeysAreRefused() throws {
    #expect(throws: JWTError.invalidKey("HS256 secrets need at least 32 bytes")) {
      try JWTKey.hmac(secret: Array("secret".utf8))
    }
    #expect(throws: JWTError.self) { try JWTKey.generateRSA(bits: 1024) }
    #expect(throws: JWTError.self) { try JWTKey(pem: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n") }
  }
}

extension JWTClaims {
  func without(_ name: String) -> JWTClaims {
    var copy = self
    copy.values[name] = nil
    return copy
  }
}
