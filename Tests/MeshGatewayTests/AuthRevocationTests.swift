import Foundation
import MeshAuthService
import MeshCore
import MeshCrypto
import MeshGateway
import MeshMetrics
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshStores
import MeshTransport
import Testing

/// Sign-out and deletion end access tokens at once: the auth filter against the real auth service (on a
/// throwaway PostgreSQL), polling its revocation feed.
@Suite("Revoked sign-ins at the gateway", .postgresCluster)
struct AuthRevocationTests {
  /// How long a revocation may take to reach the filter before the test fails: far more than the 200 ms
  /// poll, for a loaded machine. The test waits for the refusal, it does not sleep a fixed time.
  static let bound: Duration = .seconds(20)

  @Test("A signed-out session's token is refused within the poll interval; other sessions work; delete-my-data ends them all")
  func signOutAndDeletion() async throws {
    let suffix = UUID().uuidString.prefix(8).lowercased()
    try await AuthServiceFixture.withService(keyID: "p256-revoke",
                                             users: [("ann-\(suffix)", "u-ann-\(suffix)"), ("bob-\(suffix)", "u-bob-\(suffix)")]) {
      channel, pool in
      try await exercise(channel, pool: pool, suffix: String(suffix))
    }
  }

  private func exercise(_ channel: GRPCChannel, pool: PostgresPool, suffix: String) async throws {
    let client = Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: channel))
    let registry = MetricsRegistry()
    let auth = AuthInterceptor(configuration: AuthConfiguration(revocations: RevocationFeed.Settings(pollInterval: .milliseconds(200))),
                               authService: channel, registry: registry)
    let probe = UpstreamProbe()
    func signIn(_ name: String) async throws -> Mesh_Auth_V1_IssueTokenResponse {
      var login = Mesh_Auth_V1_IssueTokenRequest()
      var grant = Mesh_Auth_V1_PasswordGrant()
      grant.username = "\(name)-\(suffix)"
      grant.password = AuthServiceFixture.password
      login.grant = .password(grant)
      return try await client.issueToken(login)
    }
    func code(_ token: String) async -> Status.Code? { await emptyCall(through: [auth, probe], metadata: bearer(token)).status?.code }
    /// Calls until the token is refused, or the bound passes; true when it was refused.
    func refusedInTime(_ token: String) async throws -> Bool {
      let end = ContinuousClock.now + Self.bound
      while ContinuousClock.now < end {
        if await code(token) == .unauthenticated { return true }
        try await Task.sleep(for: .milliseconds(20))
      }
      return false
    }

    // Two sessions of ann (phone, laptop) and one of bob: all work, and each token's session goes upstream.
    let phone = try await signIn("ann"), laptop = try await signIn("ann"), bob = try await signIn("bob")
    for token in [phone, laptop, bob].map(\.accessToken) {
      for _ in 0..<3 { #expect(await code(token) == .ok) }  // the later calls are answered by the verified-token cache
    }
    #expect(probe.last?.firstString(forKey: "x-mesh-session-id") == bob.sessionID)
    // A client cannot claim a session id: the filter's own replaces it.
    _ = await emptyCall(through: [auth, probe], metadata: bearer(phone.accessToken, [("x-mesh-session-id", bob.sessionID)]))
    #expect(probe.last?["x-mesh-session-id"] == [.string(phone.sessionID)])

    // Sign-out of the phone: its token is refused (verified and cached before, so the cache must not let it
    // through), its refresh token too; the laptop and bob go on.
    var signOut = Mesh_Auth_V1_SignOutRequest()
    signOut.refreshToken = try #require(phone.refreshToken)
    #expect(try await client.signOut(signOut).revoked)
    #expect(try await refusedInTime(phone.accessToken), "the signed-out token still passed after \(Self.bound)")
    let refused = await emptyCall(through: [auth], metadata: bearer(phone.accessToken))
    #expect(refused.trailers.firstString(forKey: "www-authenticate")?.contains("invalid_token") == true)
    var refresh = Mesh_Auth_V1_IssueTokenRequest()
    refresh.grant = .refreshToken(try #require(phone.refreshToken))
    await #expect(throws: RPCError.self) { _ = try await client.issueToken(refresh) }
    #expect(await code(laptop.accessToken) == .ok)
    #expect(await code(bob.accessToken) == .ok)
    #expect(auth.revocations.revokedSessions >= 1)
    // What the gateway's /metrics shows of it: the session known, the refusals counted, a feed that answers.
    await registry.collect()
    let metrics = registry.exposition()
    #expect((RevocationFeedTests.sample(RevocationFeedMetrics.revokedSessionsName, in: metrics) ?? 0) >= 1, "\(metrics)")
    #expect((RevocationFeedTests.sample(RevocationFeedMetrics.revokedCallsName, in: metrics) ?? 0) >= 2, "\(metrics)")
    #expect(RevocationFeedTests.sample(RevocationFeedMetrics.refreshFailuresName, in: metrics) == 0, "\(metrics)")
    #expect(RevocationFeedTests.sample(RevocationFeedMetrics.stalenessName, in: metrics) != nil, "\(metrics)")

    // Delete-my-data (the chat service's flow, on the shared database) ends every session of ann.
    let ann = "u-ann-\(suffix)"
    let report = try await UserDataDeletion.deleteAll(userID: ann, pool: pool, audit: PostgresAuditLog(pool: pool), actor: ann,
                                                      scope: .personalData)
    #expect(report.signInSessions == 1)  // the laptop; the phone had ended
    #expect(try await refusedInTime(laptop.accessToken), "a deleted user's token still passed after \(Self.bound)")
    #expect(await code(bob.accessToken) == .ok)

    // The audit log has the events.
    let entries = try await PostgresAuditLog(pool: pool).entries(after: 0, limit: 100_000).filter { $0.subject == "user/\(ann)" }
    #expect(entries.contains { $0.action == "auth.logout" && $0.actor == ann })
    #expect(entries.contains { $0.action == "user.data.delete" && $0.details.contains("sign_in_sessions=1") })
  }
}
