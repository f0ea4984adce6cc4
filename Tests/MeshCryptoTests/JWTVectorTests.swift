import Testing
@testable import MeshCrypto

@Suite struct JWTVectorTests {
  private let options = JWTValidationOptions(issuer: "joe", clock: FixedJWTClock(RFCVectors.beforeExpiry))

  @Test func rfc7515A1HS256() throws {
    let key = try JWTKey(jwk: RFCVectors.a1Key)
    let verified = try JWTVerifier(keys: [key], options: options).verify(RFCVectors.a1Token)
    #expect(verified.algorithm == .hs256)
    #expect(verified.claims.issuer == "joe")
    #expect(verified.claims.expiresAt == 1_300_819_380)
    #expect(verified.claims["http://example.com/is_root"] == .bool(true))
    // HMAC is deterministic: signing the same bytes gives the printed token.
    let signed = try JWTSigner(key: key).sign(protectedHeader: Array(RFCVectors.a1Header.utf8),
                                              payload: Base64URL.decode(RFCVectors.payloadB64)!)
    #expect(signed == RFCVectors.a1Token)
  }

  @Test func rfc7515A2RS256() throws {
    let publicKey = try JWTKey(jwk: RFCVectors.a2Public)
    let verified = try JWTVerifier(keys: [publicKey], options: options).verify(RFCVectors.a2Token)
    #expect(verified.algorithm == .rs256)
    // PKCS#1 v1.5 is deterministic too.
    let privateKey = try JWTKey(jwk: RFCVectors.a2Private)
    let signed = try JWTSigner(key: privateKey).sign(protectedHeader: Array("{\"alg\":\"RS256\"}".utf8),
                                                     payload: Base64URL.decode(RFCVectors.payloadB64)!)
    #expect(signed == RFCVectors.a2Token)
    #expect(throws: JWTError.invalidKey("a public key cannot sign")) { try JWTSigner(key: publicKey) }
  }

  @Test func rfc7515A3ES256() throws {
    let publicKey = try JWTKey(jwk: RFCVectors.a3Public)
    let verified = try JWTVerifier(keys: [publicKey], options: options).verify(RFCVectors.a3Token)
    #expect(verified.algorithm == .es256)
    // ECDSA is randomised: a fresh signature differs but verifies, and is raw r || s (64 bytes).
    var jwk = RFCVectors.a3Public
    jwk["d"] = .string(RFCVectors.a3D)
    let signer = try JWTSigner(key: JWTKey(jwk: jwk))
    let token = try signer.sign(protectedHeader: Array("{\"alg\":\"ES256\"}".utf8),
                                payload: Base64URL.decode(RFCVectors.payloadB64)!)
    #expect(token != RFCVectors.a3Token)
    #expect(Base64URL.decode(token.split(separator: ".")[2])!.count == 64)
    #expect(try JWTVerifier(keys: [publicKey], options: options).verify(token).claims.issuer == "joe")
  }

  @Test func rfc8037A4Ed25519() throws {
    let publicKey = try JWTKey(jwk: RFCVectors.edPublic)
    let jws = try JWTVerifier(keys: [publicKey]).verifySignature(RFCVectors.edToken)
    #expect(jws.algorithm == .edDSA)
    #expect(jws.payload == Array("Example of Ed25519 signing".utf8))
    // Ed25519 is deterministic: the private key signs to the printed token.
    let signed = try JWTSigner(key: JWTKey(jwk: RFCVectors.edPrivate))
      .sign(protectedHeader: Array("{\"alg\":\"EdDSA\"}".utf8), payload: Array("Example of Ed25519 signing".utf8))
    #expect(signed == RFCVectors.edToken)
  }

  @Test func ed25519PrivateKeyMustMatchItsPublicKey() {
    var jwk = RFCVectors.edPrivate
    jwk["x"] = RFCVectors.a3Public["x"]
    #expect(throws: JWTError.invalidKey("Ed25519 x does not match d")) { try JWTKey(jwk: jwk) }
  }
}
