import MeshAuthTestSupport
import MeshConfig
import MeshCore
import MeshCrypto
import MeshGateway
import MeshInterop
import MeshProtos
import Testing

/// The dispatcher runs its leading interceptors that can answer at once (auth with a token it verified
/// before, the local rate limit) as plain calls before the rest of the chain: every answer must be the
/// chain's, and what comes after them must still run and see what they did.
@Suite("Interceptors answered at once in the upstream dispatcher")
struct ImmediateAdmissionTests {
  static let yaml = """
    version: 1
    gateway:
      listeners: [{ name: a, address: 127.0.0.1:8080 }]
      clusters:
        - { name: interop, endpoints: [127.0.0.1:1] }
        - { name: auth, endpoints: [127.0.0.1:2] }
      limits:
        rate_limit: { requests_per_second: 0.01, burst: 3, key: client_ip }
      auth:
        jwt: { issuer: mesh-auth, audience: mesh }
        rules:
          - { prefix: /grpc.testing.TestService/EmptyCall, require: user }
          - { prefix: /grpc.testing.TestService/UnaryCall, require: "scope:admin" }
    """

  @Test("A cached token, a missing scope, no token, a bad token and the local limit answer as the chain does")
  func immediateAnswers() async throws {
    let gateway = try #require(MeshFileLoader.parse(Self.yaml).file?.gateway)
    let calls = try CallFilterConfiguration(auth: gateway.auth, limits: gateway.limits)
    let key = try JWTKey.generateEd25519(keyID: "k1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    let upstreamProbe = UpstreamProbe()
    // Not answerable at once: runs as the chain, after the two filters that are.
    let chainProbe = UpstreamProbe()
    try await withServer([publisher]) { authChannel, _, _ in
      try await withServer([TestServiceProvider()], interceptors: [upstreamProbe]) { upstream, _, _ in
        let filters = try calls.makeInterceptors { $0 == "auth" ? authChannel : nil }
        #expect(filters.count == 2)
        let dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
          routes: RouteTable([GatewayRoute(name: "interop", match: RouteMatch(pathPrefix: "/grpc.testing.TestService/"),
                                           cluster: "interop")]),
          clusters: ["interop": upstream], interceptors: filters + [chainProbe]))
        func call(_ metadata: Metadata, method: MethodDescriptor = Grpc_Testing_TestService.Method.emptyCall.descriptor,
                  peer: String = "ipv4:127.0.0.1:9") async -> RecordedCall {
          let call = RecordedCall(request: [])
          await dispatcher.dispatch(head: ServerCallHead(method: method, metadata: metadata, deadline: nil, peer: peer),
                                    stream: call)
          return call
        }
        let none = await call([("x-mesh-user-id", "admin")])
        #expect(none.status?.code == .unauthenticated)
        #expect(none.trailers.firstString(forKey: "www-authenticate") == "Bearer realm=\"mesh\"")
        let token = try JWTSigner(key: key).sign(claims(sub: "u-1", scope: "chat"))
        let spoofed = bearer(token, [("x-mesh-user-id", "admin"), ("x-mesh-scopes", "admin")])
        // The first call verifies the signature (the chain); the second finds the token verified.
        for _ in 0..<2 {
          let ok = await call(spoofed)
          #expect(ok.status?.code == .ok, "\(String(describing: ok.status))")
          for seen in [try #require(chainProbe.last), try #require(upstreamProbe.last)] {
            #expect(seen["x-mesh-user-id"] == [.string("u-1")] && seen["x-mesh-scopes"] == [.string("chat")])
            #expect(seen.firstString(forKey: "authorization") == nil)
          }
        }
        let scope = await call(bearer(token), method: Grpc_Testing_TestService.Method.unaryCall.descriptor)
        #expect(scope.status?.code == .permissionDenied)
        #expect(scope.trailers.firstString(forKey: "www-authenticate")?.contains("insufficient_scope") == true)
        let bad = await call(bearer("not-a-token"), peer: "ipv4:127.0.0.2:9")
        #expect(bad.status?.code == .unauthenticated)
        #expect(bad.trailers.firstString(forKey: "www-authenticate")?.contains("invalid_token") == true)
        // Refused calls took none of the burst of 3: the third call passes, the fourth is limited.
        #expect(await call(bearer(token)).status?.code == .ok)
        let over = await call(bearer(token))
        #expect(over.status?.code == .resourceExhausted)
        #expect(over.trailers.firstString(forKey: "retry-after") != nil)
        #expect(chainProbe.count == 3 && upstreamProbe.count == 3)
      }
    }
  }
}
