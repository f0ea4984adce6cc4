public import MeshCrypto
import Synchronization

/// The JWKS the gateway verifies tokens against, fetched from the auth service and kept.
///
/// The first call fetches it (with retries); later calls use the cached set and, once it is older than
/// the refresh interval, start one refresh in the background and go on with the old keys meanwhile. A token
/// naming an unknown `kid` may trigger a refetch (a key rotated in), but at most once per
/// `unknownKeyRefetchInterval`, so forged `kid`s cannot turn the gateway into a flood on the auth service.
/// A failed fetch keeps the old keys; with none at all, fetches are retried at most once per
/// `failureBackoff`, and callers get nil meanwhile (then `failOpen` decides).
///
/// Every call asks for the keys, so the fresh set is also published outside the actor (`freshKeys`): a
/// call then reads it without leaving its event loop for the actor's executor and back.
public actor JWKSCache {
  /// When and how the set is fetched.
  public struct Settings: Sendable, Equatable {
    /// How old the set may get before it is fetched again.
    public var refreshInterval: Duration
    /// The shortest time between two fetches caused by unknown key ids.
    public var unknownKeyRefetchInterval: Duration
    /// Attempts per fetch.
    public var attempts: Int
    /// The wait after the first failed attempt; it doubles for each next one.
    public var retryBackoff: Duration
    /// With no keys at all, the shortest time between two fetches.
    public var failureBackoff: Duration

    /// Creates settings.
    /// - Parameters:
    ///   - refreshInterval: default 5 minutes.
    ///   - unknownKeyRefetchInterval: default 30 seconds.
    ///   - attempts: default 3.
    ///   - retryBackoff: default 50 ms.
    ///   - failureBackoff: default 1 second.
    public init(refreshInterval: Duration = .seconds(300), unknownKeyRefetchInterval: Duration = .seconds(30),
                attempts: Int = 3, retryBackoff: Duration = .milliseconds(50), failureBackoff: Duration = .seconds(1)) {
      self.refreshInterval = refreshInterval
      self.unknownKeyRefetchInterval = unknownKeyRefetchInterval
      self.attempts = max(1, attempts)
      self.retryBackoff = retryBackoff
      self.failureBackoff = failureBackoff
    }
  }

  private let settings: Settings
  private let fetch: @Sendable () async throws -> [UInt8]
  private var keys: JWKSet?
  private var fetchedAt: ContinuousClock.Instant?
  private var lastFailure: ContinuousClock.Instant?
  private var lastUnknownKeyRefetch: ContinuousClock.Instant?
  private var running: Task<Void, Never>?
  /// Fetch attempts made so far (each retry counts).
  public private(set) var attempts = 0
  /// Why the last attempt failed, if it did.
  public private(set) var lastError: (any Error)?
  /// The set and when it turns stale (past `origin`), readable from any thread; nil until the first fetch.
  /// A `Duration`, not an `Instant`: the standard library copies an `Instant` (a resilient type) through its
  /// value witnesses, and reading the published pair cost ~640 instructions per call (callgrind at 16x32).
  private nonisolated let published = Mutex<(keys: JWKSet, staleAfter: Duration)?>(nil)
  /// What `published`'s staleness counts from.
  private nonisolated let origin = ContinuousClock.now

  /// Creates a cache.
  /// - Parameters:
  ///   - settings: intervals and retries.
  ///   - fetch: fetches the JWKS document (see `AuthServiceClient.fetchJWKS`).
  public init(settings: Settings, fetch: @escaping @Sendable () async throws -> [UInt8]) {
    self.settings = settings
    self.fetch = fetch
  }

  /// The keys when they are younger than the refresh interval, without waiting; nil otherwise (then
  /// `currentKeys()` fetches or refreshes them).
  /// - Parameter instant: now, when the caller has read the clock already (a relayed call's token check reads
  ///   it once for these keys and for its verified-token lookup).
  public nonisolated func freshKeys(at instant: ContinuousClock.Instant = .now) -> JWKSet? {
    let now = origin.duration(to: instant)
    return published.withLock { published in
      guard let published, now < published.staleAfter else { return nil }
      return published.keys
    }
  }

  /// The keys to verify with; nil while none could ever be fetched.
  public func currentKeys() async -> JWKSet? {
    if let keys {
      if let fetchedAt, ContinuousClock.now - fetchedAt >= settings.refreshInterval, running == nil {
        running = Task { await self.performFetch() }
      }
      return keys
    }
    if let lastFailure, ContinuousClock.now - lastFailure < settings.failureBackoff { return nil }
    await refresh()
    return keys
  }

  /// Fetches again because a token named a key id the set does not have, unless that was done too
  /// recently; returns the keys when they were fetched anew.
  public func refetchForUnknownKey() async -> JWKSet? {
    let now = ContinuousClock.now
    if let last = lastUnknownKeyRefetch, now - last < settings.unknownKeyRefetchInterval { return nil }
    lastUnknownKeyRefetch = now
    let before = fetchedAt
    await refresh()
    return fetchedAt != before ? keys : nil
  }

  /// Fetches now (joining a fetch already running).
  public func refresh() async {
    if let running {
      await running.value
      return
    }
    let task = Task { await self.performFetch() }
    running = task
    await task.value
  }

  private func performFetch() async {
    defer { running = nil }
    for attempt in 0..<settings.attempts {
      attempts += 1
      do {
        let set = try JWKSet(json: try await fetch())
        keys = set
        let now = ContinuousClock.now
        fetchedAt = now
        let staleAfter = origin.duration(to: now + settings.refreshInterval)
        published.withLock { $0 = (set, staleAfter) }
        lastFailure = nil
        lastError = nil
        return
      } catch {
        lastError = error
        if attempt + 1 < settings.attempts {
          try? await Task.sleep(for: settings.retryBackoff * (1 << attempt))
        }
      }
    }
    lastFailure = .now
  }
}
