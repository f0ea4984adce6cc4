import MeshCore
import MeshCrypto
@testable import MeshGateway
import MeshTransport
import Testing

/// The verified-token cache, keyed by the token's bytes: a hit only before the token's expiry and while the
/// key that verified it is still in the JWKS (an expired token or a key rotated out is refused, and its
/// entry dropped), bounded, least recently used out first.
struct VerifiedTokenCacheTests {
  private static let caller = VerifiedCaller(subject: "ada", scopes: ["read", "write"], method: .jwt, expiresAt: 2_000,
                                             sessionID: "s-1")

  private static func keys(_ ids: String...) throws -> JWKSet {
    JWKSet(keys: try ids.map { try JWTKey.generateEd25519(keyID: $0) })
  }

  @Test func aTokenIsAHitUntilItsExpiryAndRefusedFromThen() throws {
    let cache = VerifiedTokenCache()
    let keys = try Self.keys("k1")
    let token = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl"
    cache.store(Self.caller, for: token, keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.caller(for: token, now: 1_000, keys: keys) == Self.caller)
    #expect(cache.caller(for: token, now: 1_999, keys: keys) == Self.caller)
    // A token one byte different is another key: no hit.
    #expect(cache.caller(for: token + "x", now: 1_000, keys: keys) == nil)
    #expect(cache.caller(for: String(token.dropLast()) + "F", now: 1_000, keys: keys) == nil)
    #expect(cache.caller(for: token, now: 2_000, keys: keys) == nil, "expired")
    #expect(cache.count == 0, "the expired entry is dropped")
    #expect(cache.caller(for: token, now: 1_500, keys: keys) == nil, "and stays gone")
  }

  /// A relayed call's lookup is given the instant it read once for the key set (`entry(forBytes:now:at:keys:)`):
  /// the table's own expiry (the token's time left when stored, on the monotonic clock) is checked against
  /// that instant, so a lookup at an instant past it misses even while the wall-clock seconds say valid.
  @Test func aLookupByBytesChecksTheTablesExpiryAtTheInstantGiven() throws {
    let cache = VerifiedTokenCache()
    let keys = try Self.keys("k1")
    let stored = ContinuousClock.now
    cache.store(Self.caller, for: "a.b.c", keyID: "k1", validUntil: 2_000, now: 1_000)  // 1,000 s left
    let hit = { (instant: ContinuousClock.Instant) in
      Array("a.b.c".utf8).withUnsafeBytes { cache.entry(forBytes: $0, now: 1_000, at: instant, keys: keys)?.caller }
    }
    #expect(hit(stored) == Self.caller)
    #expect(hit(stored + .seconds(999)) == Self.caller)
    #expect(hit(stored + .seconds(5_000)) == nil, "past the table's expiry")
    #expect(cache.count == 0, "and dropped")
  }

  @Test func tokensThatShareTheirHashedTailAreToldApartByTheirBytes() throws {
    let cache = VerifiedTokenCache()
    let keys = try Self.keys("k1")
    let tail = String(repeating: "s", count: VerifiedTokenCache.hashedTail)
    let first = "header.first." + tail, second = "header.other." + tail
    #expect(first.utf8.count == second.utf8.count)
    let hash = { (token: String) in token.utf8.withContiguousStorageIfAvailable { VerifiedTokenCache.hash(UnsafeRawBufferPointer($0)) } }
    #expect(hash(first) == hash(second), "one slot: the same length and tail")
    cache.store(Self.caller, for: first, keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.caller(for: second, now: 1_000, keys: keys) == nil, "never the other token's caller")
    let other = VerifiedCaller(subject: "bob", scopes: [], method: .jwt)
    cache.store(other, for: second, keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.caller(for: second, now: 1_000, keys: keys) == other)
    #expect(cache.caller(for: first, now: 1_000, keys: keys) == nil, "replaced in its slot")
  }

  @Test func anEntryKeepsItsCallersIdentityFieldsAsTheMetadataPathWritesThem() throws {
    let callers = [Self.caller, VerifiedCaller(subject: "key-owner", scopes: ["a"], method: .apiKey, keyID: "d1"),
                   VerifiedCaller(subject: "nobody", scopes: [], method: .jwt)]
    for caller in callers {
      let entry = VerifiedTokenCache.Entry(token: "t", caller: caller, keyID: "k1", validUntil: 2_000)
      var fields = RequestHeaderFields()
      fields.append("x-other", "kept")
      entry.identity.add(to: &fields)
      var expected: Metadata = [("x-other", "kept")]
      IdentityMetadata.add(caller, to: &expected)
      #expect(fields.metadata == expected)
    }
  }

  @Test func aTokenWhoseKeyLeftTheJWKSIsRefused() throws {
    let cache = VerifiedTokenCache()
    let token = "header.payload.signature-of-k1"
    cache.store(Self.caller, for: token, keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.caller(for: token, now: 1_000, keys: try Self.keys("k1", "k2")) == Self.caller)
    // The set after a rotation: k1 is gone (revoked), so its tokens are, verified before or not.
    #expect(cache.caller(for: token, now: 1_001, keys: try Self.keys("k2")) == nil)
    #expect(cache.count == 0)
    #expect(cache.caller(for: token, now: 1_002, keys: try Self.keys("k1", "k2")) == nil, "verified again before a new hit")
  }

  @Test func anAlreadyExpiredTokenIsNotStored() {
    let cache = VerifiedTokenCache()
    cache.store(Self.caller, for: "t", keyID: "k1", validUntil: 1_000, now: 1_000)
    #expect(cache.count == 0)
  }

  @Test func theTableIsBoundedAndTheLeastRecentlyUsedGoesFirst() throws {
    let cache = VerifiedTokenCache(maxEntries: 2)
    let keys = try Self.keys("k1")
    cache.store(Self.caller, for: "a", keyID: "k1", validUntil: 2_000, now: 1_000)
    cache.store(Self.caller, for: "b", keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.caller(for: "a", now: 1_000, keys: keys) != nil)  // a is now the most recent
    cache.store(Self.caller, for: "c", keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.count == 2)
    #expect(cache.caller(for: "b", now: 1_000, keys: keys) == nil, "b was the least recently used")
    #expect(cache.caller(for: "a", now: 1_000, keys: keys) != nil && cache.caller(for: "c", now: 1_000, keys: keys) != nil)
    // Bounded by bytes too: a table of 600 bytes holds two short tokens (256 counted per entry besides the
    // token), not three.
    let small = VerifiedTokenCache(maxEntries: 100, maxBytes: 600)
    for token in ["x", "y", "z"] { small.store(Self.caller, for: token, keyID: "k1", validUntil: 2_000, now: 1_000) }
    #expect(small.count == 2)
  }

  /// Tokens are found by a hash of their bytes: a lookup by the bytes where they lie (a relayed call's
  /// header) hits as the `String` does, and two tokens of one slot never answer for each other: the later
  /// one stored replaces the other, a lookup of the other is a miss (verified again), and the entry stays.
  @Test func tokensOfOneSlotNeverAnswerForEachOther() throws {
    let keys = try Self.keys("k1")
    let cache = VerifiedTokenCache(slotOf: { _ in 7 })  // every token in one slot
    let other = VerifiedCaller(subject: "bob", scopes: [], method: .jwt, expiresAt: 2_000, sessionID: "s-2")
    cache.store(Self.caller, for: "token-of-ada", keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.caller(for: "token-of-bob", now: 1_000, keys: keys) == nil)
    #expect(cache.caller(for: "token-of-ad", now: 1_000, keys: keys) == nil, "a prefix is another token")
    #expect(cache.count == 1, "a lookup of another token leaves the entry")
    let hit = Array("token-of-ada".utf8).withUnsafeBytes { cache.entry(forBytes: $0, now: 1_000, keys: keys)?.caller }
    #expect(hit == Self.caller)
    cache.store(other, for: "token-of-bob", keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(cache.count == 1)
    #expect(cache.caller(for: "token-of-ada", now: 1_000, keys: keys) == nil, "replaced by bob's")
    #expect(cache.caller(for: "token-of-bob", now: 1_000, keys: keys) == other)
    // With the real hash, lookups by bytes and by String find the same entries.
    let hashed = VerifiedTokenCache()
    hashed.store(Self.caller, for: "a.b.c", keyID: "k1", validUntil: 2_000, now: 1_000)
    hashed.store(other, for: "d.e.f", keyID: "k1", validUntil: 2_000, now: 1_000)
    #expect(Array("a.b.c".utf8).withUnsafeBytes { hashed.entry(forBytes: $0, now: 1_000, keys: keys)?.caller } == Self.caller)
    #expect(Array("d.e.f".utf8).withUnsafeBytes { hashed.entry(forBytes: $0, now: 1_000, keys: keys)?.caller } == other)
    #expect(Array("a.b.".utf8).withUnsafeBytes { hashed.entry(forBytes: $0, now: 1_000, keys: keys)?.caller } == nil)
  }
}
