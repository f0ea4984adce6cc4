import MeshCrypto
import Synchronization

/// Tokens already verified, so the signature of a token a client sends again and again is checked once:
/// an entry holds the caller, the key id that verified it, and the token's expiry (plus the leeway). A hit
/// is used only before that expiry and while that key is still in the current JWKS, so a key removed from
/// the set stops its tokens at the next refresh, and an expired token is refused whatever the cache holds.
///
/// Entries are keyed by the token's own bytes (a hit costs one hash and one compare of them; a SHA-256 of
/// the token per call cost more than the rest of the check), in a table bounded by entries and by bytes
/// that evicts the least recently used first. A hit only marks its entry (`LRUTable.valueMarkingUse`, CLOCK's
/// second chance), so the usual call rewrites no links under the lock.
final class VerifiedTokenCache: Sendable {
  private struct Entry {
    var caller: VerifiedCaller
    var keyID: String
    var validUntil: Int64
  }

  /// What an entry is counted as besides its token's bytes (the caller, the key id, the table's slot).
  private static let entryOverhead = 256
  private let entries: Mutex<LRUTable<String, Entry>>

  /// Creates an empty cache.
  /// - Parameters:
  ///   - maxEntries: the most tokens held.
  ///   - maxBytes: the most bytes held, counting each token's length and `entryOverhead`.
  init(maxEntries: Int = 10_000, maxBytes: Int = 8 << 20) {
    entries = Mutex(LRUTable(maxEntries: max(1, maxEntries), maxBytes: max(1, maxBytes)))
  }

  /// How many tokens are held (for tests).
  var count: Int { entries.withLock { $0.count } }

  /// The caller of a token verified before, if it is still valid now under `keys`.
  func caller(for token: String, now: Int64, keys: JWKSet) -> VerifiedCaller? {
    let monotonicNow = ContinuousClock.now
    return entries.withLock { table -> VerifiedCaller? in
      // The entry is read where it lies; only the caller is copied out (a copy of the entry retained its
      // key id and each of the caller's strings once more per call).
      let hit = table.withValueMarkingUse(for: token, now: monotonicNow) { entry -> VerifiedCaller? in
        guard now < entry.validUntil, keys.contains(keyID: entry.keyID) else { return nil }
        return entry.caller
      }
      guard let hit else { return nil }
      guard let caller = hit else {
        table.remove(token)
        return nil
      }
      return caller
    }
  }

  /// Remembers a verified token until `validUntil` (seconds since 1970).
  func store(_ caller: VerifiedCaller, for token: String, keyID: String, validUntil: Int64, now: Int64) {
    guard validUntil > now else { return }
    // The table's own expiry, on the monotonic clock, drops the entry once the token's time is up.
    let expiry = ContinuousClock.now + .seconds(validUntil - now)
    entries.withLock { table in
      table.insert(Entry(caller: caller, keyID: keyID, validUntil: validUntil), for: token,
                   size: token.utf8.count + Self.entryOverhead, expiry: expiry)
    }
  }
}
