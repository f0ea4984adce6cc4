import Foundation
import MeshAuthService
import MeshCore
import MeshCrypto
import MeshGateway
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshTransport
import Testing

/// The auth filter against the real auth service (started here on a throwaway PostgreSQL): tokens it
/// issues, its JWKS, and API keys it stores.
@Suite("Authentication interceptor against the real auth service", .postgresCluster)
struct AuthServiceFilterTests {
  @Test("Issued tokens verify through the service's JWKS; API keys are checked by the service and cached (positive and negative)")
  func tokensAndAPIKeys() async throws {
    try await AuthServiceFixture.withService(keyID: "p256-1", users: [("ann", "u-ann")]) { channel, _ in
      try await exercise(channel)
    }
  }

  private func exercise(_ channel: GRPCChannel) async throws {
    let client = Mesh_Auth_V1_AuthService.Client(wrapping: GRPCClient(transport: channel))
    let auth = AuthInterceptor(configuration: AuthConfiguration(
      apiKeyTTL: .seconds(3), apiKeyNegativeTTL: .seconds(30),
      policy: AuthPolicy(rules: [AuthPolicy.Rule(prefix: "/grpc.testing.TestService/Unary", requirement: .scope("orders"))],
                         fallback: .user)),
      authService: channel)
    let probe = UpstreamProbe()

    // A password sign-in at the service; the gateway verifies the token locally.
    var login = Mesh_Auth_V1_IssueTokenRequest()
    var grant = Mesh_Auth_V1_PasswordGrant()
    grant.username = "ann"
    grant.password = AuthServiceFixture.password
    login.grant = .password(grant)
    let issued = try await client.issueToken(login)
    let call = await emptyCall(through: [auth, probe], metadata: bearer(issued.accessToken, [("x-mesh-user-id", "u-admin")]))
    #expect(call.status?.code == .ok, "\(String(describing: call.status))")
    #expect(probe.last?["x-mesh-user-id"] == [.string("u-ann")] && probe.last?.firstString(forKey: "x-mesh-scopes") == "chat")
    let denied = await emptyCall(through: [auth, probe], metadata: bearer(issued.accessToken),
                                 method: Grpc_Testing_TestService.Method.unaryCall.descriptor)
    #expect(denied.status?.code == .permissionDenied)
    // The same token with a flipped signature byte is refused.
    var bytes = Array(issued.accessToken.utf8)
    bytes[bytes.count - 5] = bytes[bytes.count - 5] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    #expect(await emptyCall(through: [auth], metadata: bearer(String(decoding: bytes, as: UTF8.self))).status?.code == .unauthenticated)

    // An API key made at the service: accepted, its owner and scopes go upstream, the key does not.
    var create = Mesh_Auth_V1_CreateApiKeyRequest()
    create.owner = "u-bob"
    create.scopes = ["orders"]
    let created = try await client.createApiKey(create, metadata: CallerIdentity.metadata(for: "u-bob"))
    let keyed = await emptyCall(through: [auth, probe], metadata: [("x-api-key", created.secret)],
                                method: Grpc_Testing_TestService.Method.unaryCall.descriptor)
    #expect(keyed.status?.code == .ok, "\(String(describing: keyed.status))")
    let seen = try #require(probe.last)
    #expect(seen.firstString(forKey: "x-mesh-user-id") == "u-bob" && seen.firstString(forKey: "x-mesh-scopes") == "orders")
    #expect(seen.firstString(forKey: "x-mesh-auth-method") == "api_key" && seen.firstString(forKey: "x-api-key") == nil)
    #expect(seen.firstString(forKey: "x-mesh-api-key-id") == APIKeyCache.keyID(of: created.secret))
    for _ in 0..<5 { #expect(await emptyCall(through: [auth], metadata: [("x-api-key", created.secret)]).status?.code == .ok) }
    #expect(auth.apiKeys.serviceLookups == 1, "the positive cache answers repeated calls")

    // A wrong key: refused, and asked about once while the negative entry lives.
    let wrong = created.secret.dropLast(4) + "AAAA"
    for _ in 0..<3 {
      let refused = await emptyCall(through: [auth], metadata: [("x-api-key", String(wrong))])
      #expect(refused.status?.code == .unauthenticated && refused.trailers.firstString(forKey: "www-authenticate") != nil)
    }
    #expect(auth.apiKeys.serviceLookups == 2)

    // Revoked at the service: refused once the positive entry (3 s here: a loaded machine must not see it
    // expire between the five calls above, as a 300 ms one did) has expired.
    var revoke = Mesh_Auth_V1_RevokeApiKeyRequest()
    revoke.keyID = created.keyID
    #expect(try await client.revokeApiKey(revoke, metadata: CallerIdentity.metadata(for: "u-bob")).revoked)
    try await Task.sleep(for: .milliseconds(3100))
    #expect(await emptyCall(through: [auth], metadata: [("x-api-key", created.secret)]).status?.code == .unauthenticated)
    #expect(await auth.jwks.attempts == 1)
  }
}
