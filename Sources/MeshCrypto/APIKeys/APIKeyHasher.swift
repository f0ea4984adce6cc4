internal import COpenSSL

/// Issues and checks API keys of the form `prefix_id_secret`: a readable prefix (so leaked keys are
/// easy to spot and scan for), a 16-hex-digit key id for lookup, and 256 random bits of secret.
///
/// Only `HMAC-SHA-256(pepper, key)` is stored; the pepper lives outside the database, so a stolen
/// table alone does not allow checking guesses. Comparison is constant-time (`CRYPTO_memcmp`).
public struct APIKeyHasher: Sendable {
  private let pepper: [UInt8]
  /// The prefix of keys this hasher issues, e.g. `mesh`.
  public let prefix: String

  /// A hasher.
  /// - Parameters:
  ///   - pepper: the server secret, at least 32 bytes, kept out of the database.
  ///   - prefix: letters and digits only (no `_`), e.g. `mesh`.
  public init(pepper: [UInt8], prefix: String = "mesh") throws {
    guard pepper.count >= 32 else { throw APIKeyError.weakPepper }
    guard !prefix.isEmpty, prefix.utf8.allSatisfy({ Self.isAlphanumeric($0) }) else {
      throw APIKeyError.badPrefix(prefix)
    }
    self.pepper = pepper
    self.prefix = prefix
  }

  /// A new key: the full key to hand to the client once, and the record to store.
  public func generate() -> (key: String, record: APIKeyRecord) {
    let id = SecureRandom.bytes(count: 8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    let key = "\(prefix)_\(id)_\(Base64URL.encode(SecureRandom.bytes(count: 32)))"
    return (key, APIKeyRecord(id: id, digest: digest(of: key)))
  }

  /// The key id inside a presented key, to look its record up; throws on a malformed key.
  /// - Parameters:
  ///   - key: the key as presented by a client.
  public func keyID(of key: String) throws -> String {
    try parse(key).id
  }

  /// Whether `key` is the key `record` was made from, in constant time.
  /// - Parameters:
  ///   - key: the key as presented by a client.
  ///   - record: the stored record for its id.
  public func verify(_ key: String, against record: APIKeyRecord) -> Bool {
    guard let parsed = try? parse(key), parsed.id == record.id, record.digest.count == 32 else { return false }
    let presented = digest(of: key)
    return CRYPTO_memcmp(presented, record.digest, 32) == 0
  }

  /// The digest stored for a key.
  /// - Parameters:
  ///   - key: the full key.
  public func digest(of key: String) -> [UInt8] {
    HMAC.sha256(key: pepper, message: Array(key.utf8))
  }

  private func parse(_ key: String) throws -> (id: String, secret: Substring) {
    // The secret is base64url and may itself contain `_`: split at the first two only.
    let parts = key.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == prefix else { throw APIKeyError.malformed }
    let id = parts[1], secret = parts[2]
    guard id.utf8.count == 16, id.utf8.allSatisfy({ Self.isHex($0) }),
          let raw = Base64URL.decode(secret), raw.count == 32 else { throw APIKeyError.malformed }
    return (String(id), secret)
  }

  private static func isAlphanumeric(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  private static func isHex(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) }
}

/// Why an API key or hasher was refused.
public enum APIKeyError: Error, Equatable, Sendable {
  /// The key is not `prefix_id_secret` with this hasher's prefix, a 16-hex id and a 32-byte secret.
  case malformed
  /// The pepper is shorter than 32 bytes.
  case weakPepper
  /// The prefix is empty or not alphanumeric.
  case badPrefix(String)
}
