import Glibc
import MeshCrypto
import Synchronization

/// Tokens already verified, so the signature of a token a client sends again and again is checked once:
/// an entry holds the caller, the key id that verified it, and the token's expiry (plus the leeway). A hit
/// is used only before that expiry and while that key is still in the current JWKS, so a key removed from
/// the set stops its tokens at the next refresh, and an expired token is refused whatever the cache holds.
///
/// Entries are found by a seeded hash of the token's tail (`hash`) and hold the token itself,
/// compared byte for byte on a hit: the usual call looks its token up where it lies in the request's header
/// fields, with no `String` made for it (a key `String` was one allocation per relayed call). Two tokens of
/// one hash share a slot: the later one stored replaces the other, and a lookup whose bytes differ from the
/// entry's token is a miss, never the other token's caller. A SHA-256 of the token per call cost more than
/// the rest of the check. The table is bounded by entries and by bytes and evicts the least recently used
/// first. A hit only marks its entry (`LRUTable.valueMarkingUse`, CLOCK's second chance), so the usual call
/// rewrites no links under the lock.
final class VerifiedTokenCache: Sendable {
  /// One verified token, held by reference: a hit hands out this one object (one retain), where a copy of
  /// the entry, then of its caller, retained the token, the key id and each of the caller's strings per call.
  final class Entry: Sendable {
    let token: String
    /// Who the token was verified to come from.
    let caller: VerifiedCaller
    /// The caller's identity fields, made once for every call that brings the token (`IdentityFields`).
    let identity: IdentityFields
    let keyID: String
    let validUntil: Int64

    init(token: String, caller: VerifiedCaller, keyID: String, validUntil: Int64) {
      self.token = token
      self.caller = caller
      identity = IdentityFields(caller)
      self.keyID = keyID
      self.validUntil = validUntil
    }
  }

  /// What a lookup found in the token's slot.
  private enum Found {
    case entry(Entry)
    /// The entry is this token's but no longer usable (expired, or its key left the JWKS): dropped.
    case stale
    /// The slot holds another token of the same hash: left alone.
    case otherToken
  }

  /// A looked-up token's bytes, read under the table's lock during the lookup and kept nowhere (a raw
  /// buffer is not `Sendable`, so the lock's closure could not take it as it is).
  private struct LentBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
  }

  /// What an entry is counted as besides its token's bytes (the caller, the key id, the table's slot).
  private static let entryOverhead = 256
  private let entries: Mutex<LRUTable<Int, Entry>>
  private let slotOf: @Sendable (UnsafeRawBufferPointer) -> Int

  /// Creates an empty cache.
  /// - Parameters:
  ///   - maxEntries: the most tokens held.
  ///   - maxBytes: the most bytes held, counting each token's length and `entryOverhead`.
  ///   - slotOf: a token's slot from its bytes (tests give one that collides; the default is `Hasher`'s).
  init(maxEntries: Int = 10_000, maxBytes: Int = 8 << 20,
       slotOf: @escaping @Sendable (UnsafeRawBufferPointer) -> Int = VerifiedTokenCache.hash) {
    entries = Mutex(LRUTable(maxEntries: max(1, maxEntries), maxBytes: max(1, maxBytes)))
    self.slotOf = slotOf
  }

  /// How many of a token's last bytes its slot is hashed from.
  static let hashedTail = 16

  /// The process's random seeds of `hash`, drawn once.
  private static let seeds: (UInt64, UInt64, UInt64) = {
    var system = SystemRandomNumberGenerator()
    return (system.next(), system.next(), system.next())
  }()

  /// The token's length and last `hashedTail` bytes (its signature's: unique to the token, 96 bits of it for
  /// a base64url signature) mixed with the process's random seeds (a client cannot aim two tokens at one
  /// slot without them) by two 128-bit multiplications, as wyhash mixes. The slot is only an `Int` key of the
  /// table's dictionary, which hashes it again with its own seeded SipHash. `Hasher` over the last 64 bytes
  /// cost ~670 instructions a lookup, half of a cache hit (and over the whole token, 200-400 bytes, more).
  /// Tokens that share a tail are told apart by the byte comparison on lookup; only verified tokens are
  /// stored, and their signatures differ.
  @Sendable static func hash(_ token: UnsafeRawBufferPointer) -> Int {
    var tail: (UInt64, UInt64) = (0, 0)
    let count = token.count
    if count >= hashedTail {
      tail = (token.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self),
              token.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    } else {
      withUnsafeMutableBytes(of: &tail) { $0.copyMemory(from: token) }
    }
    let seeds = Self.seeds
    let first = (tail.0 ^ seeds.0).multipliedFullWidth(by: tail.1 ^ seeds.1)
    let second = (first.high ^ UInt64(count) ^ seeds.2).multipliedFullWidth(by: first.low ^ seeds.0)
    return Int(truncatingIfNeeded: second.high ^ second.low)
  }

  /// How many tokens are held (for tests).
  var count: Int { entries.withLock { $0.count } }

  /// The caller of a token verified before, if it is still valid now under `keys`.
  func caller(for token: String, now: Int64, keys: JWKSet) -> VerifiedCaller? {
    var token = token
    return token.withUTF8 { entry(forBytes: UnsafeRawBufferPointer($0), now: now, keys: keys)?.caller }
  }

  /// The entry of a token verified before, given as its bytes (read where they lie in the request), if it is
  /// still valid now under `keys`: its caller and identity fields, read where they lie.
  /// - Parameters:
  ///   - now: seconds since 1970, against the token's expiry.
  ///   - monotonicNow: the same instant on the monotonic clock, against the table's own expiry (a relayed
  ///     call's check passes the instant it read for the key set's freshness: one clock read, not two).
  func entry(forBytes token: UnsafeRawBufferPointer, now: Int64, at monotonicNow: ContinuousClock.Instant = .now,
             keys: JWKSet) -> Entry? {
    let slot = slotOf(token)
    let lent = LentBytes(bytes: token)
    return entries.withLock { table -> Entry? in
      let found = table.withValueMarkingUse(for: slot, now: monotonicNow) { entry -> Found in
        guard Self.equal(entry.token, lent.bytes) else { return .otherToken }
        guard now < entry.validUntil, keys.contains(keyID: entry.keyID) else { return .stale }
        return .entry(entry)
      }
      switch found {
      case .entry(let entry)?: return entry
      case .stale?:
        table.remove(slot)
        return nil
      case .otherToken?, nil: return nil
      }
    }
  }

  /// Remembers a verified token until `validUntil` (seconds since 1970); it replaces a token of the same slot.
  func store(_ caller: VerifiedCaller, for token: String, keyID: String, validUntil: Int64, now: Int64) {
    guard validUntil > now else { return }
    var bytes = token
    let slot = bytes.withUTF8 { slotOf(UnsafeRawBufferPointer($0)) }
    // The table's own expiry, on the monotonic clock, drops the entry once the token's time is up.
    let expiry = ContinuousClock.now + .seconds(validUntil - now)
    // Made outside the lock: its identity fields are encoded here, once per verified token.
    let entry = Entry(token: token, caller: caller, keyID: keyID, validUntil: validUntil)
    entries.withLock { table in
      table.insert(entry, for: slot, size: token.utf8.count + Self.entryOverhead, expiry: expiry)
    }
  }

  /// Whether a stored token is these bytes (a native string's bytes compared in place).
  private static func equal(_ stored: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
    let utf8 = stored.utf8
    guard utf8.count == bytes.count else { return false }
    return utf8.withContiguousStorageIfAvailable { stored in
      guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else { return stored.isEmpty }
      return memcmp(storedBase, base, bytes.count) == 0
    } ?? utf8.elementsEqual(bytes)
  }
}
