import MeshCrypto
import MeshGateway
import MeshMetrics
import Synchronization
import Testing

/// The revocation feed's state alone, over an in-memory feed: what it keeps, for how long, how it follows
/// the cursor, and what it answers while the feed cannot be fetched (open or closed).
@Suite struct RevocationFeedTests {
  /// A feed in memory: revocations with sequences, paged like the auth service's.
  final class Source: Sendable {
    let rows = Mutex<[(sequence: Int64, session: String, expiresAt: Int64)]>([])
    let failing = Atomic<Bool>(false)
    let fetches = Atomic<Int>(0)

    func revoke(_ session: String, expiresAt: Int64) {
      rows.withLock { $0.append(((($0.last?.sequence) ?? 0) + 1, session, expiresAt)) }
    }

    func page(after cursor: Int64, limit: Int = 2) throws -> RevocationFeed.Page {
      fetches.add(1, ordering: .relaxed)
      if failing.load(ordering: .relaxed) { throw RevocationTestError.unreachable }
      return rows.withLock { rows in
        let after = rows.filter { $0.sequence > cursor }
        let page = Array(after.prefix(limit))
        let newest = rows.last?.sequence ?? 0
        return RevocationFeed.Page(revocations: page.map { ($0.session, $0.expiresAt) }, cursor: page.last?.sequence ?? newest,
                                   more: after.count > limit)
      }
    }
  }

  enum RevocationTestError: Error { case unreachable }

  static func feed(_ source: Source, failOpen: Bool = true, maxStaleness: Duration = .seconds(600)) -> RevocationFeed {
    RevocationFeed(settings: RevocationFeed.Settings(pollInterval: .seconds(3600), attempts: 2, retryBackoff: .milliseconds(1),
                                                     maxStaleness: maxStaleness, failOpen: failOpen),
                   leewaySeconds: 30) { cursor in try source.page(after: cursor) }
  }

  @Test func revokedSessionsAreRefusedAcrossPagesUntilTheyExpire() async {
    let source = Source()
    let now = SystemJWTClock().secondsSince1970()
    for index in 0..<5 { source.revoke("s\(index)", expiresAt: now + 3600) }
    // Long expired, past the leeway too: never kept.
    source.revoke("old", expiresAt: now - 60)
    let feed = Self.feed(source)
    #expect(await feed.verdict(for: "s4") == .revoked)  // the first check waits for the first round: all 3 pages
    #expect(await feed.verdict(for: "s0") == .revoked)
    #expect(await feed.verdict(for: "other") == .allowed)
    #expect(await feed.verdict(for: nil) == .allowed)
    #expect(await feed.verdict(for: "old") == .allowed)
    #expect(feed.revokedSessions == 5)
    // The next round starts at the cursor: only the new revocation is fetched.
    source.revoke("s5", expiresAt: now + 3600)
    let before = source.fetches.load(ordering: .relaxed)
    await feed.poll()
    #expect(source.fetches.load(ordering: .relaxed) == before + 1)
    #expect(await feed.verdict(for: "s5") == .revoked)
  }

  @Test func aFeedThatRestartsIsReadFromTheStart() async {
    let source = Source()
    let now = SystemJWTClock().secondsSince1970()
    for index in 0..<3 { source.revoke("a\(index)", expiresAt: now + 3600) }
    let feed = Self.feed(source)
    #expect(await feed.verdict(for: "a2") == .revoked)
    // A new database: its sequences start again below the cursor.
    source.rows.withLock { $0 = [(1, "b0", now + 3600)] }
    await feed.poll()
    #expect(await feed.verdict(for: "b0") == .revoked)
    #expect(await feed.verdict(for: "a0") == .revoked, "what was known stays until it expires")
  }

  @Test func whileTheFeedFailsKnownRevocationsStayAndTheFailureModeDecidesTheRest() async {
    let source = Source()
    let now = SystemJWTClock().secondsSince1970()
    source.revoke("gone", expiresAt: now + 3600)
    let open = Self.feed(source, failOpen: true, maxStaleness: .zero)
    let closed = Self.feed(source, failOpen: false, maxStaleness: .zero)
    let tolerant = Self.feed(source, failOpen: false, maxStaleness: .seconds(600))
    #expect(await open.verdict(for: "gone") == .revoked)
    #expect(await closed.verdict(for: "gone") == .revoked)
    #expect(await tolerant.verdict(for: "fine") == .allowed)
    source.failing.store(true, ordering: .relaxed)
    for feed in [open, closed, tolerant] { await feed.poll() }
    #expect(open.lastError != nil)
    #expect(await open.verdict(for: "gone") == .revoked)
    #expect(await open.verdict(for: "fine") == .allowed)
    #expect(await closed.verdict(for: "gone") == .revoked)
    #expect(await closed.verdict(for: "fine") == .unavailable)
    #expect(await closed.verdict(for: nil) == .allowed, "a token of no session is not the feed's to refuse")
    #expect(await tolerant.verdict(for: "fine") == .allowed, "stale, but not for longer than max_staleness")
    // Never fetched at all and failing closed: nothing can be told.
    let never = Self.feed(source, failOpen: false, maxStaleness: .seconds(600))
    #expect(await never.verdict(for: "fine") == .unavailable)
  }

  /// The value of an unlabelled sample in an exposition; nil when the metric has no sample.
  static func sample(_ name: String, in text: String) -> Double? {
    text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.dropFirst(name.count + 1)) }
  }

  @Test func metricsShowRevokedSessionsStalenessFailedRoundsAndRefusals() async {
    let source = Source()
    let now = SystemJWTClock().secondsSince1970()
    source.revoke("r0", expiresAt: now + 3600)
    source.revoke("r1", expiresAt: now + 3600)
    let registry = MetricsRegistry()
    let feed = RevocationFeed(settings: RevocationFeed.Settings(pollInterval: .seconds(3600), attempts: 2, retryBackoff: .milliseconds(1)),
                              leewaySeconds: 30, metrics: RevocationFeedMetrics(registry: registry)) { cursor in
      try source.page(after: cursor)
    }
    func metrics() async -> (revoked: Double?, staleness: Double?, failures: Double?, refused: Double?) {
      await registry.collect()
      let text = registry.exposition()
      return (Self.sample(RevocationFeedMetrics.revokedSessionsName, in: text), Self.sample(RevocationFeedMetrics.stalenessName, in: text),
              Self.sample(RevocationFeedMetrics.refreshFailuresName, in: text), Self.sample(RevocationFeedMetrics.revokedCallsName, in: text))
    }
    // Before the first token: counters at zero, and no staleness (nothing was fetched or tried).
    var seen = await metrics()
    #expect(seen.revoked == 0 && seen.failures == 0 && seen.refused == 0)
    #expect(seen.staleness == nil)

    #expect(await feed.verdict(for: "r0") == .revoked)
    #expect(await feed.verdict(for: "r1") == .revoked)
    #expect(await feed.verdict(for: "fine") == .allowed)
    #expect(await feed.verdict(for: nil) == .allowed)
    seen = await metrics()
    #expect(seen.revoked == 2 && seen.refused == 2 && seen.failures == 0)
    let fresh = seen.staleness ?? -1
    #expect(fresh >= 0)

    // The feed fails: each failed round counts once (not each attempt), known sessions stay, and the
    // staleness keeps counting from the last good round.
    source.failing.store(true, ordering: .relaxed)
    await feed.poll()
    await feed.poll()
    #expect(await feed.verdict(for: "r0") == .revoked)
    seen = await metrics()
    #expect(seen.failures == 2 && seen.revoked == 2 && seen.refused == 3)
    #expect((seen.staleness ?? -1) >= fresh)

    // Back: a new revocation is counted and the failures stay counted.
    source.failing.store(false, ordering: .relaxed)
    source.revoke("r2", expiresAt: now + 3600)
    await feed.poll()
    seen = await metrics()
    #expect(seen.revoked == 3 && seen.failures == 2)
  }
}
