import Testing
@testable import MeshCrypto

@Suite struct JWKSetTests {
  @Test func parsesEveryKeyTypeAndSelectsByKeyID() throws {
    var rsa = RFCVectors.a2Public
    rsa["kid"] = "2010-12-29"
    var ec = RFCVectors.a3Public
    ec["kid"] = "e9bc097a-ce51-4036-9562-d2ade882db0d"
    var okp = RFCVectors.edPublic
    okp["kid"] = "ed"
    var oct = RFCVectors.a1Key
    oct["kid"] = "hmac"
    let unsupported: JSONValue = ["kty": "EC", "crv": "P-384", "x": "AA", "y": "AA", "kid": "p384"]
    let encryption: JSONValue = ["kty": "oct", "use": "enc", "k": "GawgguFyGrWKav7AX4VKUg", "kid": "enc"]
    let document = JSONValue.serialize(["keys": [.object(rsa), .object(ec), .object(okp), .object(oct),
                                                 unsupported, encryption]])
    let set = try JWKSet(json: document)
    #expect(set.keys.count == 4)
    #expect(set.skipped == 2)
    #expect(set.key(id: "ed")?.algorithms == [.edDSA])
    #expect(set.key(id: "hmac")?.algorithms == [.hs256])

    let options = JWTValidationOptions(clock: FixedJWTClock(RFCVectors.beforeExpiry))
    let verifier = JWTVerifier(jwks: set, options: options)
    // The RFC tokens carry no kid: the key is found by algorithm.
    #expect(try verifier.verify(RFCVectors.a2Token).algorithm == .rs256)
    #expect(try verifier.verify(RFCVectors.a3Token).keyID == "e9bc097a-ce51-4036-9562-d2ade882db0d")
    #expect(try verifier.verify(RFCVectors.a1Token).keyID == "hmac")
  }

  @Test func publishedJWKSRoundTripsAndOmitsSecrets() throws {
    let signers = try [JWTKey.generateRSA(keyID: "r"), JWTKey.generateP256(keyID: "e"),
                       JWTKey.generateEd25519(keyID: "o"), JWTKey.hmac(secret: SecureRandom.bytes(count: 32), keyID: "h")]
    let published = try JWKSet(json: JWKSet(keys: signers).publicJSON)
    #expect(published.keys.compactMap(\.keyID) == ["r", "e", "o"])
    #expect(published.keys.allSatisfy { !$0.canSign })
    let verifier = JWTVerifier(jwks: published, options: JWTValidationOptions(requireExpiration: false))
    for signer in signers.prefix(3) {
      let token = try JWTSigner(key: signer).sign(JWTClaims(["sub": "s"]))
      #expect(try verifier.verify(token).keyID == signer.keyID)
    }
    // A token naming one kid but signed by another key fails.
    let mixed = try JWTSigner(key: JWTKey.generateP256(keyID: "e")).sign(JWTClaims(["sub": "s"]))
    #expect(throws: JWTError.invalidSignature) { try verifier.verify(mixed) }
  }

  @Test func badDocumentsAreTypedErrors() throws {
    #expect(throws: JWTError.self) { try JWKSet(json: Array("[]".utf8)) }
    #expect(throws: JWTError.self) { try JWKSet(json: Array("{\"keys\":{}}".utf8)) }
    let twice = JSONValue.serialize(["keys": [.object(RFCVectors.edPublic.merging(["kid": "a"]) { $1 }),
                                              .object(RFCVectors.a3Public.merging(["kid": "a"]) { $1 })]])
    #expect(throws: JWTError.invalidKey("duplicate kid a")) { try JWKSet(json: twice) }
  }

  @Test func pemKeysLoad() throws {
    let generated = try JWTKey.generateP256(keyID: "p")
    let pem = try #require(generated.publicKeyPEM)
    #expect(pem.hasPrefix("-----BEGIN PUBLIC KEY-----"))
    let loaded = try JWTKey(pem: pem, keyID: "p")
    #expect(loaded.algorithms == [.es256])
    #expect(!loaded.canSign)
    let token = try JWTSigner(key: generated).sign(JWTClaims(["sub": "s"]))
    #expect(try JWTVerifier(keys: [loaded], options: JWTValidationOptions(requireExpiration: false))
      .verify(token).claims.subject == "s")
  }
}
