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

@Suite(.postgresCluster) struct AuthServiceTests {
  @Test func passwordRefreshRotationJwksAndApiKeys() async throws {
    let configuration = try ServiceHarness.configuration()
    let (provider, pool) = try await AuthServer.makeProvider(configuration, pepper: Array(repeating: 7, count: 32))
    try await provider.setPassword(username: "ann", password: "correct horse battery", subject: "u-ann")
    let service = try RunningService.start(name: "auth", services: [provider], configuration: configuration, pool: pool)
    try await ServiceHarness.with(service) { client in
      let auth = Mesh_Auth_V1_AuthService.Client(wrapping: client)
      var login = Mesh_Auth_V1_IssueTokenRequest()
      var grant = Mesh_Auth_V1_PasswordGrant()
      grant.username = "ann"
      grant.password = "wrong password!"
      login.grant = .password(grant)
      #expect(await rpcCode { _ = try await auth.issueToken(login) } == .unauthenticated)
      grant.password = "correct horse battery"
      login.grant = .password(grant)
      let issued = try await auth.issueToken(login)
      #expect(issued.tokenType == "Bearer" && issued.refreshToken != nil)
      let lifetime = try #require(issued.expiresAt).date.timeIntervalSinceNow
      #expect(lifetime > 800 && lifetime <= 901)

      // The token verifies with the published JWKS alone (what the gateway does), and by the service.
      let jwks = try await auth.getJwks(Mesh_Auth_V1_GetJwksRequest())
      #expect(jwks.jwksJson.contains("\"OKP\"") && !jwks.jwksJson.contains("\"d\""))
      let verified = try JWTVerifier(jwks: JWKSet(json: Array(jwks.jwksJson.utf8))).verify(issued.accessToken)
      #expect(verified.claims.subject == "u-ann" && verified.algorithm == .edDSA)
      var verify = Mesh_Auth_V1_VerifyTokenRequest()
      verify.token = issued.accessToken
      let principal = try await auth.verifyToken(verify)
      #expect(principal.valid && principal.principal?.subject == "u-ann" && principal.principal?.scopes == ["chat"])
      verify.token = String(issued.accessToken.dropLast(3)) + "AAA"
      #expect(try await auth.verifyToken(verify).valid == false)

      // Refresh rotates; presenting a used refresh token revokes its family.
      var refresh = Mesh_Auth_V1_IssueTokenRequest()
      refresh.grant = .refreshToken(try #require(issued.refreshToken))
      let second = try await auth.issueToken(refresh)
      #expect(second.refreshToken != issued.refreshToken)
      #expect(await rpcCode { _ = try await auth.issueToken(refresh) } == .unauthenticated)
      var next = Mesh_Auth_V1_IssueTokenRequest()
      next.grant = .refreshToken(try #require(second.refreshToken))
      #expect(await rpcCode { _ = try await auth.issueToken(next) } == .unauthenticated)

      // API keys: created for the caller only, listed without secrets, exchanged, revoked.
      var create = Mesh_Auth_V1_CreateApiKeyRequest()
      create.owner = "u-ann"
      create.scopes = ["orders"]
      #expect(await rpcCode { _ = try await auth.createApiKey(create, metadata: ServiceHarness.user("u-bob")) } == .permissionDenied)
      let key = try await auth.createApiKey(create, metadata: ServiceHarness.user("u-ann"))
      #expect(key.secret.hasPrefix("mesh_\(key.keyID)_"))
      var list = Mesh_Auth_V1_ListApiKeysRequest()
      list.owner = "u-ann"
      let listed = try await auth.listApiKeys(list, metadata: ServiceHarness.user("u-ann"))
      #expect(listed.keys.map(\.keyID) == [key.keyID] && listed.keys.first?.revoked == false)
      let stored = try await pool.execute("SELECT digest FROM api_keys WHERE id = $1", [key.keyID]).first
      #expect(try stored?.decode([UInt8].self, at: 0) != Array(key.secret.utf8))
      var exchange = Mesh_Auth_V1_IssueTokenRequest()
      exchange.grant = .apiKey(key.secret)
      let keyToken = try await auth.issueToken(exchange)
      verify.token = keyToken.accessToken
      #expect(try await auth.verifyToken(verify).principal?.scopes == ["orders"])
      var revoke = Mesh_Auth_V1_RevokeApiKeyRequest()
      revoke.keyID = key.keyID
      #expect(try await auth.revokeApiKey(revoke, metadata: ServiceHarness.user("u-bob")).revoked == false)
      #expect(try await auth.revokeApiKey(revoke, metadata: ServiceHarness.user("u-ann")).revoked == true)
      #expect(await rpcCode { _ = try await auth.issueToken(exchange) } == .unauthenticated)
      exchange.grant = .apiKey("mesh_'; DROP TABLE api_keys;--_x")
      #expect(await rpcCode { _ = try await auth.issueToken(exchange) } == .unauthenticated)

      // Every security event is in the audit log, and no secret is.
      let audit = PostgresAuditLog(pool: pool)
      let entries = try await audit.entries(after: 0, limit: 100)
      let actions = entries.map(\.action)
      for action in ["auth.password.set", "auth.login.failed", "auth.login", "auth.refresh", "auth.refresh.reuse", "apikey.create",
                     "auth.apikey.exchange", "apikey.revoke", "auth.apikey.refused"] {
        #expect(actions.contains(action), "\(action) missing from the audit log")
      }
      let everything = entries.map { "\($0.actor) \($0.subject) \($0.details)" }.joined(separator: "\n")
      for secret in [key.secret, issued.accessToken, issued.refreshToken ?? "-", "correct horse battery"] {
        #expect(!everything.contains(secret))
      }
      #expect(try await audit.verify().isIntact)
    }
  }
}
