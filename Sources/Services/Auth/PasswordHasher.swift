import MeshCrypto

/// PBKDF2-HMAC-SHA-256 (RFC 8018) over MeshCrypto's HMAC: one 32-byte block, which is all a 32-byte
/// digest needs.
enum PasswordHasher {
  /// Iterations for new passwords.
  static let iterations = 20_000

  static func derive(password: String, salt: [UInt8], iterations: Int) -> [UInt8] {
    let key = Array(password.utf8)
    var block = HMAC.sha256(key: key, message: salt + [0, 0, 0, 1])
    var output = block
    for _ in 1..<max(iterations, 1) {
      block = HMAC.sha256(key: key, message: block)
      for i in 0..<output.count { output[i] ^= block[i] }
    }
    return output
  }

  /// Compares without an early exit, so the time taken does not tell how many bytes matched.
  static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for i in 0..<a.count { difference |= a[i] ^ b[i] }
    return difference == 0
  }
}
