import Foundation
import MeshAuthService
import MeshCore
import MeshCrypto
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshStores
import MeshTransport
import Testing

/// Sign-in sessions at the auth service, on PostgreSQL: every token carries its session (`sid`), a refresh
/// keeps it, sign-out and the revocation of all of a user's sessions end them (refresh tokens refused, the
/// session in the revocation feed), only for the caller or an admin, and the audit log records each.
@Suite(.postgresCluster) struct AuthSessionRevocationTests {
  private static func signIn(_ auth: Mesh_Auth_V1_AuthService.Client, _ username: String) async throws -> Mesh_Auth_V1_IssueTokenResponse {
    var login = Mesh_Auth_V1_IssueTokenRequest()
    var grant = Mesh_Auth_V1_PasswordGrant()
    grant.username = username
    grant.password = "correct horse battery"
    login.grant = .password(grant)
    return try await auth.issueToken(login)
  }

  private static func refresh(_ auth: Mesh_Auth_V1_AuthService.Client, _ token: String?) async throws -> Mesh_Auth_V1_IssueTokenResponse {
    var request = Mesh_Auth_V1_IssueTokenRequest()
    request.grant = .refreshToken(token ?? "")
    return try await auth.issueToken(request)
  }

  /// The feed after `since`, all pages, keeping only the sessions of `mine` (other tests of this process
  /// revoke sessions of their own meanwhile); `cursor` is the last page's.
  private static func feed(_ auth: Mesh_Auth_V1_AuthService.Client, since: Int64 = 0, mine: Set<String> = [])
    async throws -> (revocations: [Mesh_Auth_V1_Revocation], cursor: Int64)
  {
    var request = Mesh_Auth_V1_ListRevocationsRequest()
    request.since = since
    var revocations: [Mesh_Auth_V1_Revocation] = []
    while true {
      let page = try await auth.listRevocations(request)
      revocations += page.revocations.filter { mine.contains($0.sessionID) }
      request.since = page.cursor
      if !page.more { return (revocations, page.cursor) }
    }
  }

  @Test func signOutEndsOneSessionRevokeSessionsEndsAllAndTheAuditLogRecordsThem() async throws {
    let suffix = UUID().uuidString.prefix(8).lowercased()
    let ann = "u-ann-\(suffix)", bob = "u-bob-\(suffix)"
    let configuration = try ServiceHarness.configuration()
    let (provider, pool) = try await AuthServer.makeProvider(configuration, pepper: Array(repeating: 7, count: 32))
    try await provider.setPassword(username: "ann-\(suffix)", password: "correct horse battery", subject: ann)
    try await provider.setPassword(username: "bob-\(suffix)", password: "correct horse battery", subject: bob)
    let service = try RunningService.start(name: "auth", services: [provider], configuration: configuration, pool: pool)
    try await ServiceHarness.with(service) { client in
      let auth = Mesh_Auth_V1_AuthService.Client(wrapping: client)
      let start = try await Self.feed(auth).cursor

      // Two sign-ins, two sessions; the access token carries its session, and a refresh keeps it.
      let phone = try await Self.signIn(auth, "ann-\(suffix)")
      let laptop = try await Self.signIn(auth, "ann-\(suffix)")
      #expect(!phone.sessionID.isEmpty && phone.sessionID != laptop.sessionID)
      let jwks = try JWKSet(json: Array(try await auth.getJwks(Mesh_Auth_V1_GetJwksRequest()).jwksJson.utf8))
      #expect(try JWTVerifier(jwks: jwks).verify(phone.accessToken).claims["sid"]?.stringValue == phone.sessionID)
      var mine: Set<String> = [phone.sessionID, laptop.sessionID]
      let phone2 = try await Self.refresh(auth, phone.refreshToken)
      #expect(phone2.sessionID == phone.sessionID)
      #expect(try JWTVerifier(jwks: jwks).verify(phone2.accessToken).claims["sid"]?.stringValue == phone.sessionID)

      // Sign-out needs a credential; another user cannot sign ann out with her refresh token.
      #expect(await rpcCode { _ = try await auth.signOut(Mesh_Auth_V1_SignOutRequest()) } == .invalidArgument)
      var byToken = Mesh_Auth_V1_SignOutRequest()
      byToken.refreshToken = try #require(phone2.refreshToken)
      #expect(await rpcCode { _ = try await auth.signOut(byToken, metadata: ServiceHarness.user(bob)) } == .permissionDenied)
      byToken.refreshToken = "not-a-refresh-token"
      #expect(await rpcCode { _ = try await auth.signOut(byToken) } == .unauthenticated)

      // Sign-out with the refresh token: that session's refresh tokens are refused, the other session's work.
      byToken.refreshToken = try #require(phone2.refreshToken)
      #expect(try await auth.signOut(byToken).revoked)
      #expect(try await auth.signOut(byToken).revoked == false, "a second sign-out finds it ended")
      #expect(await rpcCode { _ = try await Self.refresh(auth, phone2.refreshToken) } == .unauthenticated)
      let laptop2 = try await Self.refresh(auth, laptop.refreshToken)
      #expect(laptop2.sessionID == laptop.sessionID)
      var page = try await Self.feed(auth, since: start, mine: mine)
      #expect(page.revocations.map(\.sessionID) == [phone.sessionID])
      let lifetime = try #require(page.revocations.first?.expiresAt).date.timeIntervalSinceNow
      #expect(lifetime > 3000 && lifetime <= 3601, "kept as long as the longest access token lives")

      // Sign-out with the access token's session, as the gateway passes it on; only the caller's own.
      var metadata = ServiceHarness.user(bob)
      metadata.addString(laptop.sessionID, forKey: CallerIdentity.sessionIDKey)
      #expect(try await auth.signOut(Mesh_Auth_V1_SignOutRequest(), metadata: metadata).revoked == false)
      metadata = ServiceHarness.user(ann)
      metadata.addString(laptop.sessionID, forKey: CallerIdentity.sessionIDKey)
      #expect(try await auth.signOut(Mesh_Auth_V1_SignOutRequest(), metadata: metadata).revoked)
      #expect(await rpcCode { _ = try await Self.refresh(auth, laptop2.refreshToken) } == .unauthenticated)
      page = try await Self.feed(auth, since: page.cursor, mine: mine)
      #expect(page.revocations.map(\.sessionID) == [laptop.sessionID])

      // RevokeSessions: bob may not end ann's sessions; an admin may; the mesh itself (no caller) may.
      let third = try await Self.signIn(auth, "ann-\(suffix)")
      let fourth = try await Self.signIn(auth, "ann-\(suffix)")
      let bobs = try await Self.signIn(auth, "bob-\(suffix)")
      mine.formUnion([third.sessionID, fourth.sessionID, bobs.sessionID])
      var revokeAll = Mesh_Auth_V1_RevokeSessionsRequest()
      revokeAll.subject = ann
      revokeAll.reason = "lost phone"
      #expect(await rpcCode { _ = try await auth.revokeSessions(revokeAll, metadata: ServiceHarness.user(bob)) } == .permissionDenied)
      var admin = ServiceHarness.user("u-admin-\(suffix)")
      admin.addString("admin", forKey: CallerIdentity.scopesKey)
      #expect(try await auth.revokeSessions(revokeAll, metadata: admin).sessionsRevoked == 2)
      #expect(try await auth.revokeSessions(revokeAll).sessionsRevoked == 0)
      #expect(await rpcCode { _ = try await Self.refresh(auth, third.refreshToken) } == .unauthenticated)
      #expect(await rpcCode { _ = try await Self.refresh(auth, fourth.refreshToken) } == .unauthenticated)
      #expect(try await Self.refresh(auth, bobs.refreshToken).sessionID == bobs.sessionID)
      page = try await Self.feed(auth, since: page.cursor, mine: mine)
      #expect(Set(page.revocations.map(\.sessionID)) == [third.sessionID, fourth.sessionID])

      // A refresh token presented twice (theft) ends its session too, access tokens included.
      let stolen = try await Self.signIn(auth, "bob-\(suffix)")
      mine.insert(stolen.sessionID)
      _ = try await Self.refresh(auth, stolen.refreshToken)
      #expect(await rpcCode { _ = try await Self.refresh(auth, stolen.refreshToken) } == .unauthenticated)
      page = try await Self.feed(auth, since: page.cursor, mine: mine)
      #expect(page.revocations.map(\.sessionID) == [stolen.sessionID])
      // Paging: one at a time, in order, from the start cursor.
      var paged: [String] = []
      var cursor = start
      while true {
        var request = Mesh_Auth_V1_ListRevocationsRequest()
        request.since = cursor
        request.limit = 1
        let one = try await auth.listRevocations(request)
        paged += one.revocations.map(\.sessionID)
        cursor = one.cursor
        if !one.more { break }
      }
      paged = paged.filter(mine.contains)
      #expect(paged.count == 5 && Array(paged.prefix(2)) == [phone.sessionID, laptop.sessionID] && paged.last == stolen.sessionID)
      #expect(Set(paged.dropFirst(2).prefix(2)) == [third.sessionID, fourth.sessionID])

      // The audit log has every event.
      let entries = try await PostgresAuditLog(pool: pool).entries(after: 0, limit: 100_000)
      let annEvents = entries.filter { $0.subject == "user/\(ann)" }.map(\.action)
      #expect(annEvents.filter { $0 == "auth.logout" }.count == 2)
      #expect(entries.contains { $0.action == "auth.sessions.revoke" && $0.subject == "user/\(ann)" && $0.actor == "u-admin-\(suffix)"
        && $0.details == "sessions=2 reason=lost phone" })
      #expect(entries.contains { $0.action == "auth.sessions.revoke" && $0.subject == "user/\(ann)" && $0.actor == "operator" })
      #expect(entries.contains { $0.action == "auth.refresh.refused" && $0.subject == "user/\(ann)" && $0.details.hasSuffix("ended") })
      #expect(entries.contains { $0.action == "auth.refresh.reuse" && $0.subject == "user/\(bob)" })
      #expect(!entries.contains { $0.details.contains(phone.sessionID) }, "the audit log names sessions by a prefix only")
    }
  }
}
