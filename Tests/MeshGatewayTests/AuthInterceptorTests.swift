import Foundation
import MeshAuthTestSupport
import MeshCore
import MeshCrypto
import MeshGateway
import MeshProtos
import Testing

/// The auth filter alone, against a JWKS served over gRPC by a real server (the test can rotate its keys);
/// `AuthServiceFilterTests` runs it against the real auth service.
@Suite("Authentication interceptor (JWKS over gRPC)")
struct AuthInterceptorTests {
  static let unaryCall = Grpc_Testing_TestService.Method.unaryCall.descriptor

  static func interceptor(_ channel: any ClientTransport, fallback: AuthRequirement = .user,
                          rules: [AuthPolicy.Rule] = [], failOpen: Bool = false,
                          refetch: Duration = .seconds(30), refresh: Duration = .seconds(300),
                          timeout: Duration = .seconds(5)) -> AuthInterceptor {
    AuthInterceptor(configuration: AuthConfiguration(
      jwks: JWKSCache.Settings(refreshInterval: refresh, unknownKeyRefetchInterval: refetch, attempts: 2, retryBackoff: .milliseconds(10),
                               failureBackoff: .milliseconds(200)),
      failOpen: failOpen, policy: AuthPolicy(rules: rules, fallback: fallback), serviceTimeout: timeout),
      authService: channel)
  }

  @Test("ES256, EdDSA and RS256 tokens verify; the identity goes upstream; spoofed identity and the token do not")
  func validTokens() async throws {
    let keys = [try JWTKey.generateP256(keyID: "ec-1"), try JWTKey.generateEd25519(keyID: "ed-1"),
                try JWTKey.generateRSA(keyID: "rsa-1")]
    let publisher = JWKSPublisher()
    publisher.publish(keys)
    try await withServer([publisher]) { channel, _, _ in
      let auth = Self.interceptor(channel)
      let probe = UpstreamProbe()
      for (key, algorithm) in zip(keys, [JWTAlgorithm.es256, .edDSA, .rs256]) {
        let token = try JWTSigner(key: key).sign(claims(sub: "u-\(algorithm.rawValue)", scope: "chat orders"))
        let spoofed = bearer(token, [("x-mesh-user-id", "admin"), ("x-mesh-scopes", "admin"), ("X-Mesh-Auth-Method", "jwt"),
                                     ("x-other", "kept")])
        let call = await emptyCall(through: [auth, probe], metadata: spoofed)
        #expect(call.status?.code == .ok, "\(algorithm): \(String(describing: call.status))")
        let seen = try #require(probe.last)
        #expect(seen["x-mesh-user-id"] == [.string("u-\(algorithm.rawValue)")])
        #expect(seen["x-mesh-scopes"] == [.string("chat orders")])
        #expect(seen["x-mesh-auth-method"] == [.string("jwt")])
        #expect(seen.firstString(forKey: "authorization") == nil && seen.firstString(forKey: "x-other") == "kept")
      }
      #expect(publisher.fetches == 1, "one JWKS fetch serves every call")
    }
  }

  @Test("Forged, expired, not-yet-valid, wrong-issuer, wrong-audience, alg:none, HS/RS-confused and unknown-kid tokens are refused")
  func refusedTokens() async throws {
    let rsa = try JWTKey.generateRSA(keyID: "rsa-1")
    let ed = try JWTKey.generateEd25519(keyID: "ed-1")
    let publisher = JWKSPublisher()
    publisher.publish([rsa, ed])
    try await withServer([publisher]) { channel, _, _ in
      let auth = Self.interceptor(channel)
      let probe = UpstreamProbe()
      let forger = try JWTKey.generateEd25519(keyID: "ed-1")
      let rsaPublicPEM = try #require(rsa.publicKeyPEM)
      let confused = try JWTSigner(key: JWTKey.hmac(secret: Array(rsaPublicPEM.utf8), keyID: "rsa-1"), algorithm: .hs256)
      let payload = Base64URL.encode(Array("{\"sub\":\"admin\",\"iss\":\"mesh-auth\",\"aud\":\"mesh\",\"exp\":\(Int(Date().timeIntervalSince1970) + 60)}".utf8))
      let unsigned = Base64URL.encode(Array("{\"alg\":\"none\",\"kid\":\"ed-1\"}".utf8)) + "." + payload + "."
      let valid = try JWTSigner(key: ed).sign(claims())
      let tampered = valid.split(separator: ".").prefix(2).joined(separator: ".") + "." + Base64URL.encode([UInt8](repeating: 1, count: 64))
      let cases: [(String, String)] = [
        ("forged signature", try JWTSigner(key: forger).sign(claims())),
        ("tampered signature", tampered),
        ("expired", try JWTSigner(key: ed).sign(claims(exp: -120))),
        ("not yet valid", try JWTSigner(key: ed).sign(claims(nbf: 300))),
        ("wrong issuer", try JWTSigner(key: ed).sign(claims(iss: "someone-else"))),
        ("wrong audience", try JWTSigner(key: rsa).sign(claims(aud: "other-api"))),
        ("alg none", unsigned),
        ("HS256 with the RSA public key as secret", try confused.sign(claims())),
        ("unknown kid", try JWTSigner(key: JWTKey.generateEd25519(keyID: "ed-unknown")).sign(claims())),
        ("garbage", "not.a.token"),
      ]
      for (name, token) in cases {
        let call = await emptyCall(through: [auth, probe], metadata: bearer(token))
        #expect(call.status?.code == .unauthenticated, "\(name): \(String(describing: call.status))")
        #expect(call.trailers.firstString(forKey: "www-authenticate")?.hasPrefix("Bearer realm=\"mesh\"") == true, "\(name)")
      }
      #expect(probe.count == 0, "no refused call reaches the upstream")
      // The valid token passes, so the refusals above are the tokens' fault.
      #expect(await emptyCall(through: [auth, probe], metadata: bearer(valid)).status?.code == .ok)
    }
  }

  @Test("Per-route requirements: public, user, scope; UNAUTHENTICATED vs PERMISSION_DENIED; identity stripped on public routes")
  func requirements() async throws {
    let key = try JWTKey.generateEd25519(keyID: "ed-1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    try await withServer([publisher]) { channel, _, _ in
      let auth = Self.interceptor(channel, fallback: .user, rules: [
        AuthPolicy.Rule(prefix: "/grpc.testing.TestService/EmptyCall", requirement: .open),
        AuthPolicy.Rule(prefix: "/grpc.testing.TestService/Unary", requirement: .scope("orders")),
      ])
      let probe = UpstreamProbe()
      // Public: no credentials needed, and a claimed identity never reaches the upstream.
      let open = await emptyCall(through: [auth, probe], metadata: [("x-mesh-user-id", "admin"), ("x-mesh-scopes", "orders")])
      #expect(open.status?.code == .ok)
      #expect(probe.last?.firstString(forKey: "x-mesh-user-id") == nil && probe.last?.firstString(forKey: "x-mesh-scopes") == nil)
      // A bad token is refused even on a public route.
      #expect(await emptyCall(through: [auth, probe], metadata: bearer("x.y.z")).status?.code == .unauthenticated)

      // Scope route: no credentials → 401 with a challenge; a token without the scope → 403; with it → OK.
      let anonymous = await emptyCall(through: [auth, probe], metadata: [("x-mesh-user-id", "admin")], method: Self.unaryCall)
      #expect(anonymous.status?.code == .unauthenticated)
      #expect(anonymous.trailers.firstString(forKey: "www-authenticate") == "Bearer realm=\"mesh\"")
      let chatOnly = await emptyCall(through: [auth, probe], metadata: bearer(try JWTSigner(key: key).sign(claims(scope: "chat"))),
                                     method: Self.unaryCall)
      #expect(chatOnly.status?.code == .permissionDenied)
      #expect(chatOnly.trailers.firstString(forKey: "www-authenticate")?.contains("insufficient_scope") == true)
      let orders = await emptyCall(through: [auth, probe], metadata: bearer(try JWTSigner(key: key).sign(claims(scope: "chat orders"))),
                                   method: Self.unaryCall)
      #expect(orders.status?.code == .ok)

      // Any other method needs a user.
      let other = Grpc_Testing_TestService.Method.streamingOutputCall.descriptor
      #expect(await emptyCall(through: [auth, probe], method: other).status?.code == .unauthenticated)
    }
  }

  @Test("A rotated-in key is fetched on its first unknown kid, at most once per interval; old keys serve while the service is down")
  func rotation() async throws {
    let first = try JWTKey.generateEd25519(keyID: "k1")
    let second = try JWTKey.generateP256(keyID: "k2")
    let third = try JWTKey.generateEd25519(keyID: "k3")
    let publisher = JWKSPublisher()
    publisher.publish([first])
    try await withServer([publisher]) { channel, server, _ in
      let auth = Self.interceptor(channel, refetch: .seconds(60))
      #expect(await emptyCall(through: [auth], metadata: bearer(try JWTSigner(key: first).sign(claims()))).status?.code == .ok)
      publisher.publish([first, second])
      #expect(await emptyCall(through: [auth], metadata: bearer(try JWTSigner(key: second).sign(claims()))).status?.code == .ok)
      #expect(publisher.fetches == 2)
      // Within the interval, another unknown kid does not reach the auth service again, even though it would verify.
      publisher.publish([first, second, third])
      let early = await emptyCall(through: [auth], metadata: bearer(try JWTSigner(key: third).sign(claims())))
      #expect(early.status?.code == .unauthenticated && publisher.fetches == 2)
      // Forged kids in a flood cost no fetch either.
      for index in 0..<20 {
        _ = await emptyCall(through: [auth], metadata: bearer(try JWTSigner(key: JWTKey.generateEd25519(keyID: "f\(index)")).sign(claims())))
      }
      #expect(publisher.fetches == 2)
      // The auth service goes away: the cached keys keep working.
      await server.shutdown(gracePeriod: .zero)
      #expect(await emptyCall(through: [auth], metadata: bearer(try JWTSigner(key: second).sign(claims()))).status?.code == .ok)
    }
  }

  @Test("With no JWKS ever fetched: fail-closed answers UNAVAILABLE (but serves public routes), fail-open lets calls through without identity")
  func jwksUnavailable() async throws {
    let key = try JWTKey.generateEd25519(keyID: "k1")
    let token = try JWTSigner(key: key).sign(claims())
    try await withDeadChannel { channel in
      // Loopback refuses at once; the short timeout only bounds a slow refusal.
      let closed = Self.interceptor(channel, timeout: .milliseconds(500))
      let refused = await emptyCall(through: [closed], metadata: bearer(token, [("x-mesh-user-id", "admin")]))
      #expect(refused.status?.code == .unavailable)
      #expect(await closed.jwks.attempts == 2, "one fetch, retried once")
      // A public route is served without identity even when failing closed.
      let publicRoute = Self.interceptor(channel, fallback: .open, timeout: .milliseconds(500))
      let probePublic = UpstreamProbe()
      #expect(await emptyCall(through: [publicRoute, probePublic], metadata: bearer(token, [("x-mesh-user-id", "admin")])).status?.code == .ok)
      #expect(probePublic.last?.firstString(forKey: "x-mesh-user-id") == nil)

      let open = Self.interceptor(channel, failOpen: true, timeout: .milliseconds(500))
      let probe = UpstreamProbe()
      let passed = await emptyCall(through: [open, probe], metadata: bearer(token, [("x-mesh-user-id", "admin")]))
      #expect(passed.status?.code == .ok)
      #expect(probe.last?.firstString(forKey: "x-mesh-user-id") == nil)
      #expect(probe.last?.firstString(forKey: "x-mesh-auth-method") == "unverified")
      #expect(probe.last?.firstString(forKey: "authorization") == nil)
      // Without credentials, a user route is still refused: fail-open never invents a user.
      #expect(await emptyCall(through: [open, probe]).status?.code == .unauthenticated)
    }
  }

  @Test("A key removed from the JWKS stops its tokens after the next refresh, even tokens verified before")
  func keyRemoval() async throws {
    let old = try JWTKey.generateEd25519(keyID: "old")
    let new = try JWTKey.generateEd25519(keyID: "new")
    let publisher = JWKSPublisher()
    publisher.publish([old, new])
    try await withServer([publisher]) { channel, _, _ in
      let auth = Self.interceptor(channel, refresh: .milliseconds(100))
      let token = try JWTSigner(key: old).sign(claims())
      #expect(await emptyCall(through: [auth], metadata: bearer(token)).status?.code == .ok)
      #expect(await emptyCall(through: [auth], metadata: bearer(token)).status?.code == .ok)
      publisher.publish([new])
      var code: Status.Code? = .ok
      for _ in 0..<40 where code == .ok {
        try await Task.sleep(for: .milliseconds(50))
        code = await emptyCall(through: [auth], metadata: bearer(token)).status?.code
      }
      #expect(code == .unauthenticated, "the refreshed set no longer has the key")
      #expect(await emptyCall(through: [auth], metadata: bearer(try JWTSigner(key: new).sign(claims()))).status?.code == .ok)
    }
  }
}
