import MeshCore
import MeshCrypto
import Synchronization

/// API keys the auth service has answered for, kept a short while: accepted keys for `positiveTTL` (never
/// past their token's expiry), refused ones for `negativeTTL`, so a burst of calls with one key asks the
/// service once. Keys are held by their SHA-256 digest, never in clear. The service being unreachable is
/// not cached: the call fails (UNAVAILABLE) and the next one asks again.
public final class APIKeyCache: Sendable {
  private struct Entry {
    var caller: VerifiedCaller?
    var expires: ContinuousClock.Instant
  }

  /// The longest key accepted; longer ones are refused without asking.
  public static let maxKeyLength = 200
  private let positiveTTL: Duration
  private let negativeTTL: Duration
  private let maxEntries: Int
  private let resolve: @Sendable (String) async throws -> VerifiedCaller?
  private let entries = Mutex<[String: Entry]>([:])
  private let lookups = Atomic<Int>(0)

  /// Creates a cache.
  /// - Parameters:
  ///   - positiveTTL: how long an accepted key is trusted.
  ///   - negativeTTL: how long a refused key stays refused.
  ///   - maxEntries: the most keys remembered (memory bound).
  ///   - resolve: asks the auth service; nil for a refused key, throws when it cannot answer.
  public init(positiveTTL: Duration, negativeTTL: Duration, maxEntries: Int = 10_000,
              resolve: @escaping @Sendable (String) async throws -> VerifiedCaller?) {
    self.positiveTTL = positiveTTL
    self.negativeTTL = negativeTTL
    self.maxEntries = max(1, maxEntries)
    self.resolve = resolve
  }

  /// How many times the auth service was asked.
  public var serviceLookups: Int { lookups.load(ordering: .relaxed) }

  /// The digest that names a key in the cache, in rate-limit keys and in metadata (hex, 16 bytes).
  /// - Parameter key: the API key.
  public static func keyID(of key: String) -> String {
    SHA256.hash(Array(key.utf8)).prefix(16).map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }.joined()
  }

  /// The caller an API key speaks for, or nil when the key is refused.
  /// - Parameter key: the `x-api-key` value.
  /// - Throws: `RPCError` (UNAVAILABLE) when the auth service cannot answer.
  public func caller(forKey key: String) async throws -> VerifiedCaller? {
    guard !key.isEmpty, key.utf8.count <= Self.maxKeyLength else { return nil }
    let id = Self.keyID(of: key)
    let now = ContinuousClock.now
    if let entry = entries.withLock({ $0[id] }), entry.expires > now { return entry.caller }
    lookups.add(1, ordering: .relaxed)
    let caller: VerifiedCaller?
    do {
      caller = try await resolve(key)
    } catch {
      throw RPCError(code: .unavailable, message: "The API key cannot be checked now.", cause: error)
    }
    var ttl = caller == nil ? negativeTTL : positiveTTL
    if let expiresAt = caller?.expiresAt {
      let left = Duration.seconds(expiresAt - SystemJWTClock().secondsSince1970())
      ttl = min(ttl, max(left, .zero))
    }
    let stored = caller.map { caller -> VerifiedCaller in
      var caller = caller
      caller.keyID = id
      return caller
    }
    entries.withLock { entries in
      if entries.count >= maxEntries {
        entries = entries.filter { $0.value.expires > now }
        if entries.count >= maxEntries, let victim = entries.keys.first { entries[victim] = nil }
      }
      entries[id] = Entry(caller: stored, expires: now + ttl)
    }
    return stored
  }
}
