import Testing
import MeshCrypto

/// Keys, keyrings and verifiers are shared by every request thread of a server.
@Suite struct ConcurrencyTests {
  @Test func sharedVerifierAndKeyringAcrossTasks() async throws {
    let keys = try [JWTKey.generateRSA(keyID: "r"), JWTKey.generateP256(keyID: "e"), JWTKey.generateEd25519(keyID: "o")]
    let verifier = JWTVerifier(keys: keys.compactMap(\.publicKey), options: JWTValidationOptions(requireExpiration: false))
    let keyring = try Keyring(keys: [AEADKey.random(id: "a"), AEADKey.random(id: "b")], currentKeyID: "b")
    let failures = await withTaskGroup(of: Int.self) { group in
      for t in 0..<8 {
        group.addTask {
          var failures = 0
          for i in 0..<50 {
            let key = keys[(t + i) % keys.count]
            let subject = "user-\(t)-\(i)"
            guard let signer = try? JWTSigner(key: key), let token = try? signer.sign(JWTClaims(["sub": .string(subject)])),
                  let verified = try? verifier.verify(token), verified.claims.subject == subject,
                  verified.keyID == key.keyID else { failures += 1; continue }
            let message = Array(subject.utf8)
            guard let sealed = try? keyring.seal(message, associatedData: [UInt8(t)]),
                  (try? keyring.open(sealed, associatedData: [UInt8(t)])) == message else { failures += 1; continue }
          }
          return failures
        }
      }
      return await group.reduce(0, +)
    }
    #expect(failures == 0)
  }
}
