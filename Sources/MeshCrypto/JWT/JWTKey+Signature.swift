internal import COpenSSL

extension JWTKey {
  /// The JWS signature of `input` under `algorithm`, in JOSE's encoding.
  func signature(for input: [UInt8], algorithm: JWTAlgorithm) throws -> [UInt8] {
    guard algorithms.contains(algorithm) else { throw JWTError.algorithmNotAllowed(algorithm.rawValue) }
    switch material {
    case .hmac(let secret):
      return HMAC.sha256(key: secret, message: input)
    case .rsa(let key):
      return try key.sign(input, digest: EVP_sha256())
    case .ecP256(let key):
      let der = try key.sign(input, digest: EVP_sha256())
      guard let raw = ECDSASignature.rawFromDER(der, width: 32) else {
        throw JWTError.signingFailed("ECDSA signature conversion")
      }
      return raw
    case .ed25519(let key):
      return try key.sign(input, digest: nil)
    }
  }

  /// Whether `signature` is a valid JWS signature of `input` under `algorithm` and this key.
  func isValidSignature(_ signature: [UInt8], for input: [UInt8], algorithm: JWTAlgorithm) -> Bool {
    guard algorithms.contains(algorithm) else { return false }
    switch material {
    case .hmac(let secret):
      let expected = HMAC.sha256(key: secret, message: input)
      guard signature.count == expected.count else { return false }
      // Constant time, so the comparison leaks nothing about how many leading bytes matched.
      return CRYPTO_memcmp(signature, expected, expected.count) == 0
    case .rsa(let key):
      return key.verify(signature, message: input, digest: EVP_sha256())
    case .ecP256(let key):
      // JOSE's r || s must be exactly 64 bytes; anything else (DER included) is refused.
      guard let der = ECDSASignature.derFromRaw(signature, width: 32) else { return false }
      return key.verify(der, message: input, digest: EVP_sha256())
    case .ed25519(let key):
      return signature.count == 64 && key.verify(signature, message: input, digest: nil)
    }
  }
}
