import MeshCrypto
import Synchronization

/// The sign-in sessions the auth service has ended, polled from its feed (`ListRevocations`) so that an
/// access token of a signed-out or deleted user is refused within a poll interval, without a call per
/// request.
///
/// The first token checked starts the poller and waits for its first round (so a gateway that just
/// started does not accept tokens revoked before it did). Then a round runs every `pollInterval`: it
/// follows the feed from its cursor, page by page, with `attempts` tries a round and a doubling backoff
/// between them; after a failed round the next waits twice as long, up to `maxBackoff`. A revoked session
/// is kept until the last access token it could have had expires (the feed says when) plus the leeway,
/// so memory is bounded by the revocations of the last hour, and by `maxEntries` besides.
///
/// While the feed cannot be fetched, the sessions already known stay revoked. Other tokens are accepted
/// (`failOpen`, the default), or, with `failOpen` off, refused with UNAVAILABLE once no round has
/// succeeded for `maxStaleness`. Tokens without a `sid` (those of API keys) are never affected. The poller
/// ends when the feed is released (a reload with other settings, or the gateway stopping).
public final class RevocationFeed: Sendable {
  /// When and how the feed is polled.
  public struct Settings: Sendable, Equatable {
    /// The time between two rounds.
    public var pollInterval: Duration
    /// Attempts per round.
    public var attempts: Int
    /// The wait after the first failed attempt; it doubles for each next one.
    public var retryBackoff: Duration
    /// The longest wait between rounds while rounds fail.
    public var maxBackoff: Duration
    /// With `failOpen` off: how long after the last good round tokens with a `sid` are still accepted.
    public var maxStaleness: Duration
    /// Whether tokens are accepted (against the sessions known) while the feed cannot be fetched.
    public var failOpen: Bool
    /// The most revoked sessions kept (those expiring first go when over).
    public var maxEntries: Int

    /// Creates settings.
    /// - Parameters:
    ///   - pollInterval: default 1 second.
    ///   - attempts: default 3.
    ///   - retryBackoff: default 50 ms.
    ///   - maxBackoff: default 30 seconds.
    ///   - maxStaleness: default 10 seconds.
    ///   - failOpen: default true.
    ///   - maxEntries: default 100,000.
    public init(pollInterval: Duration = .seconds(1), attempts: Int = 3, retryBackoff: Duration = .milliseconds(50),
                maxBackoff: Duration = .seconds(30), maxStaleness: Duration = .seconds(10), failOpen: Bool = true,
                maxEntries: Int = 100_000) {
      self.pollInterval = pollInterval
      self.attempts = max(1, attempts)
      self.retryBackoff = retryBackoff
      self.maxBackoff = max(maxBackoff, pollInterval)
      self.maxStaleness = maxStaleness
      self.failOpen = failOpen
      self.maxEntries = max(1, maxEntries)
    }
  }

  /// One page of the feed.
  public struct Page: Sendable {
    /// Revoked sessions and when their last access token expires (seconds since 1970).
    public var revocations: [(sessionID: String, expiresAt: Int64)]
    /// Where the next page starts.
    public var cursor: Int64
    /// Whether more pages wait.
    public var more: Bool

    /// Creates a page.
    public init(revocations: [(sessionID: String, expiresAt: Int64)], cursor: Int64, more: Bool) {
      self.revocations = revocations
      self.cursor = cursor
      self.more = more
    }
  }

  /// What the feed says of a token's session.
  public enum Verdict: Sendable, Equatable {
    /// Not revoked (or no session to revoke).
    case allowed
    /// The session was ended.
    case revoked
    /// The feed is too stale to tell, and the feed fails closed.
    case unavailable
  }

  private struct State {
    var revoked: [String: Int64] = [:]
    var cursor: Int64 = 0
    var lastSuccess: ContinuousClock.Instant?
    var started: ContinuousClock.Instant?
    var failedRounds = 0
    var rounds = 0
    var lastError: String?
    var firstRound: Task<Void, Never>?
    var poller: Task<Void, Never>?
  }

  private let settings: Settings
  private let leewaySeconds: Int64
  private let fetch: @Sendable (Int64) async throws -> Page
  private let state = Mutex(State())
  private let ready = Atomic<Bool>(false)
  private let revokedCount = Atomic<Int>(0)
  private let metrics: RevocationFeedMetrics?

  /// Creates a feed; nothing is fetched before the first token is checked.
  /// - Parameters:
  ///   - settings: intervals, retries and the failure mode.
  ///   - leewaySeconds: the clock skew tolerated on `exp`, added to each revocation's lifetime.
  ///   - metrics: where the feed's state and refusals are counted, if anywhere.
  ///   - fetch: fetches the page after a cursor (see `AuthServiceClient.listRevocations`).
  public init(settings: Settings, leewaySeconds: Int64, metrics: RevocationFeedMetrics? = nil,
              fetch: @escaping @Sendable (Int64) async throws -> Page) {
    self.settings = settings
    self.leewaySeconds = leewaySeconds
    self.fetch = fetch
    self.metrics = metrics
    metrics?.watch(self)
  }

  deinit {
    state.withLock { $0.poller?.cancel() }
  }

  /// Whether a token of `sessionID` may pass; the first call starts the poller and waits for its first round.
  /// - Parameter sessionID: the token's `sid`; nil for tokens that belong to no session.
  public func verdict(for sessionID: String?) async -> Verdict {
    if !ready.load(ordering: .acquiring) { await start() }
    return currentVerdict(for: sessionID)
  }

  /// `verdict(for:)` without waiting: nil until the poller's first round has run (only `verdict` can tell then).
  /// - Parameter sessionID: the token's `sid`; nil for tokens that belong to no session.
  public func verdictNow(for sessionID: String?) -> Verdict? {
    ready.load(ordering: .acquiring) ? currentVerdict(for: sessionID) : nil
  }

  private func currentVerdict(for sessionID: String?) -> Verdict {
    guard let sessionID else { return .allowed }
    // The usual case (nothing revoked lately, failing open) takes no lock.
    if settings.failOpen && revokedCount.load(ordering: .relaxed) == 0 { return .allowed }
    let now = ContinuousClock.now, seconds = SystemJWTClock().secondsSince1970()
    let verdict = state.withLock { state -> Verdict in
      if let until = state.revoked[sessionID], seconds < until { return .revoked }
      if settings.failOpen { return .allowed }
      guard let last = state.lastSuccess, now - last <= settings.maxStaleness else { return .unavailable }
      return .allowed
    }
    if verdict == .revoked { metrics?.revokedCalls.increment() }
    return verdict
  }

  /// Runs a round now (tests; the poller runs them by itself).
  public func poll() async { await round() }

  /// Rounds run so far, successful or not.
  public var rounds: Int { state.withLock { $0.rounds } }
  /// The sessions known to be revoked now.
  public var revokedSessions: Int { state.withLock { $0.revoked.count } }
  /// Why the last round failed, if it did.
  public var lastError: String? { state.withLock { $0.lastError } }
  /// Seconds since the last successful round (since the first round began while none has succeeded); nil
  /// before the first token checked starts the feed.
  public var secondsSinceRefresh: Double? {
    let now = ContinuousClock.now
    guard let since = state.withLock({ $0.lastSuccess ?? $0.started }) else { return nil }
    let elapsed = (now - since).components
    return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
  }

  private func start() async {
    let first: Task<Void, Never> = state.withLock { state in
      if let first = state.firstRound { return first }
      let first = Task { await self.round() }
      state.firstRound = first
      let settings = self.settings
      state.poller = Task { [weak self] in
        await first.value
        while !Task.isCancelled {
          guard let delay = self?.nextDelay(settings) else { return }
          try? await Task.sleep(for: delay)
          guard let feed = self, !Task.isCancelled else { return }
          await feed.round()
        }
      }
      return first
    }
    await first.value
    ready.store(true, ordering: .releasing)
  }

  private func nextDelay(_ settings: Settings) -> Duration {
    let failed = state.withLock { $0.failedRounds }
    guard failed > 0 else { return settings.pollInterval }
    return min(settings.pollInterval * (1 << min(failed, 16)), settings.maxBackoff)
  }

  /// One round: every page after the cursor, with retries.
  private func round() async {
    state.withLock { state in
      if state.started == nil { state.started = .now }
    }
    var failure = ""
    for attempt in 0..<settings.attempts {
      do {
        try await drain()
        state.withLock { state in
          state.rounds += 1
          state.lastSuccess = .now
          state.failedRounds = 0
          state.lastError = nil
        }
        return
      } catch {
        failure = "\(error)"
        if Task.isCancelled { break }
        if attempt + 1 < settings.attempts { try? await Task.sleep(for: settings.retryBackoff * (1 << attempt)) }
      }
    }
    state.withLock { state in
      state.rounds += 1
      state.failedRounds += 1
      state.lastError = failure
    }
    metrics?.refreshFailures.increment()
  }

  private func drain() async throws {
    for _ in 0..<1000 {
      let cursor = state.withLock { $0.cursor }
      let page = try await fetch(cursor)
      let now = SystemJWTClock().secondsSince1970()
      let more = state.withLock { state -> Bool in
        for entry in page.revocations { state.revoked[entry.sessionID] = entry.expiresAt &+ leewaySeconds }
        state.revoked = state.revoked.filter { $0.value > now }
        if state.revoked.count > settings.maxEntries {
          for (session, _) in state.revoked.sorted(by: { $0.value < $1.value }).prefix(state.revoked.count - settings.maxEntries) {
            state.revoked[session] = nil
          }
        }
        revokedCount.store(state.revoked.count, ordering: .relaxed)
        metrics?.revokedSessions.set(Double(state.revoked.count))
        // A cursor going back means a new feed (a new database): read it from the start.
        if page.cursor < cursor {
          state.cursor = 0
          return true
        }
        state.cursor = page.cursor
        return page.more
      }
      if !more { return }
    }
  }
}
