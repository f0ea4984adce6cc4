import MeshAuthTestSupport
import MeshConfig
import MeshCore
import MeshCrypto
import MeshGateway
import MeshInterop
import MeshProtos
import MeshRateLimitService
import Testing

/// The call filters installed as the gateway installs them: built from a mesh file by
/// `CallFilterConfiguration`, handed to gwcore's `UpstreamDispatcher`, in front of a real upstream reached
/// over HTTP/2, with the auth and ratelimit clusters served by real gRPC servers.
@Suite("Call filters in the upstream dispatcher, from a mesh file")
struct FilterUpstreamDispatcherTests {
  static let yaml = """
    version: 1
    gateway:
      listeners: [{ name: a, address: 127.0.0.1:8080 }]
      clusters:
        - { name: interop, endpoints: [127.0.0.1:1] }
        - { name: auth, endpoints: [127.0.0.1:2] }
        - { name: ratelimit, endpoints: [127.0.0.1:3] }
      limits:
        rate_limit: { requests_per_second: 1000, burst: 1000, key: client_ip }
        global_rate_limit:
          cluster: ratelimit
          domain: gw
          timeout: 2s
          descriptors: [{ keys: [user] }]
      auth:
        jwt: { issuer: mesh-auth, audience: mesh }
        rules: [{ prefix: /grpc.testing.TestService/EmptyCall, require: user }]
    """

  @Test("Identity reaches the upstream over HTTP/2 (spoofed copies stripped), 401 without a token, the global limit per user")
  func installed() async throws {
    let gateway = try #require(MeshFileLoader.parse(Self.yaml).file?.gateway)
    let calls = try CallFilterConfiguration(auth: gateway.auth, limits: gateway.limits)
    let key = try JWTKey.generateEd25519(keyID: "k1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    let upstreamProbe = UpstreamProbe()
    let limiter = DescriptorLimiter(rules: try RateLimitRule.parse("gw user_id 3/minute"))
    try await withServer([publisher]) { authChannel, _, _ in
      try await withServer([RateLimitServiceProvider(limiter: limiter)]) { rateLimitChannel, _, _ in
        try await withServer([TestServiceProvider()], interceptors: [upstreamProbe]) { upstream, _, _ in
          let transports: [String: any ClientTransport] = ["auth": authChannel, "ratelimit": rateLimitChannel]
          let interceptors = try calls.makeInterceptors { transports[$0] }
          #expect(interceptors.count == 3)
          let dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
            routes: RouteTable([GatewayRoute(name: "interop", match: RouteMatch(pathPrefix: "/grpc.testing.TestService/"),
                                             cluster: "interop")]),
            clusters: ["interop": upstream], interceptors: interceptors))
          func call(_ metadata: Metadata) async -> RecordedCall {
            let call = RecordedCall(request: [])
            await dispatcher.dispatch(head: ServerCallHead(method: Grpc_Testing_TestService.Method.emptyCall.descriptor,
                                                           metadata: metadata, deadline: nil, peer: "ipv4:127.0.0.1:9"),
                                      stream: call)
            return call
          }
          #expect(await call([("x-mesh-user-id", "admin")]).status?.code == .unauthenticated)
          #expect(upstreamProbe.count == 0)
          let token = try JWTSigner(key: key).sign(claims(sub: "u-1", scope: "chat"))
          for _ in 0..<3 {
            let ok = await call(bearer(token, [("x-mesh-user-id", "admin"), ("x-mesh-scopes", "admin")]))
            #expect(ok.status?.code == .ok, "\(String(describing: ok.status))")
          }
          let seen = try #require(upstreamProbe.last)
          #expect(seen["x-mesh-user-id"] == [.string("u-1")] && seen["x-mesh-scopes"] == [.string("chat")])
          #expect(seen.firstString(forKey: "authorization") == nil)
          let over = await call(bearer(token))
          #expect(over.status?.code == .resourceExhausted)
          #expect(over.trailers.firstString(forKey: "x-ratelimit-limit-name") == "gw|user_id")
          #expect(upstreamProbe.count == 3)
          // Another user has a budget of its own.
          #expect(await call(bearer(try JWTSigner(key: key).sign(claims(sub: "u-2")))).status?.code == .ok)
        }
      }
    }
  }
}
