import MeshCrypto
import Synchronization

/// Tokens already verified, so the signature of a token a client sends again and again is checked once:
/// an entry holds the caller, the key id that verified it, and the token's expiry (plus the leeway). A hit
/// is used only while that key is still in the current JWKS, so a key removed from the set stops its
/// tokens at the next refresh. Entries are keyed by the token's SHA-256 (memory per entry stays small),
/// and the table is bounded.
final class VerifiedTokenCache: Sendable {
  private struct Entry {
    var caller: VerifiedCaller
    var keyID: String
    var validUntil: Int64
  }

  private let maxEntries: Int
  private let entries = Mutex<[[UInt8]: Entry]>([:])

  init(maxEntries: Int = 10_000) { self.maxEntries = max(1, maxEntries) }

  /// The caller of a token verified before, if it is still valid now under `keys`.
  func caller(for token: String, now: Int64, keys: JWKSet) -> VerifiedCaller? {
    let digest = SHA256.hash(Array(token.utf8))
    guard let entry = entries.withLock({ $0[digest] }) else { return nil }
    guard now < entry.validUntil, keys.key(id: entry.keyID) != nil else {
      entries.withLock { $0[digest] = nil }
      return nil
    }
    return entry.caller
  }

  /// Remembers a verified token until `validUntil` (seconds since 1970).
  func store(_ caller: VerifiedCaller, for token: String, keyID: String, validUntil: Int64, now: Int64) {
    let digest = SHA256.hash(Array(token.utf8))
    entries.withLock { entries in
      if entries.count >= maxEntries {
        entries = entries.filter { $0.value.validUntil > now }
        if entries.count >= maxEntries, let victim = entries.keys.first { entries[victim] = nil }
      }
      entries[digest] = Entry(caller: caller, keyID: keyID, validUntil: validUntil)
    }
  }
}
