import MeshAuthTestSupport
import MeshConfig
import MeshCore
import MeshCrypto
@testable import MeshGateway
import MeshInterop
import MeshProtos
import MeshTransport
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

  /// The interceptors of `yaml` over a JWKS publisher of `key`, and a dispatcher that runs them (then
  /// `chain`) to an interop upstream (with `upstreamInterceptors`).
  static func withDispatcher(key: JWTKey, chain: [any ServerInterceptor] = [], upstreamInterceptors: [any ServerInterceptor] = [],
                             _ body: ([any ServerInterceptor], UpstreamDispatcher) async throws -> Void) async throws {
    let gateway = try #require(MeshFileLoader.parse(Self.yaml).file?.gateway)
    let calls = try CallFilterConfiguration(auth: gateway.auth, limits: gateway.limits)
    let publisher = JWKSPublisher()
    publisher.publish([key])
    try await withServer([publisher]) { authChannel, _, _ in
      try await withServer([TestServiceProvider()], interceptors: upstreamInterceptors) { upstream, _, _ in
        let filters = try calls.makeInterceptors { $0 == "auth" ? authChannel : nil }
        let dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
          routes: RouteTable([GatewayRoute(name: "interop", match: RouteMatch(pathPrefix: "/grpc.testing.TestService/"),
                                           cluster: "interop")]),
          clusters: ["interop": upstream], interceptors: filters + chain))
        try await body(filters, dispatcher)
      }
    }
  }

  @Test("A cached token, a missing scope, no token, a bad token and the local limit answer as the chain does")
  func immediateAnswers() async throws {
    let key = try JWTKey.generateEd25519(keyID: "k1")
    let upstreamProbe = UpstreamProbe()
    // Not answerable at once: runs as the chain, after the two filters that are.
    let chainProbe = UpstreamProbe()
    try await Self.withDispatcher(key: key, chain: [chainProbe], upstreamInterceptors: [upstreamProbe]) { filters, dispatcher in
        #expect(filters.count == 2)
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

  static func head(_ fields: [(String, String)]) -> RelayHead {
    RelayHead(method: Grpc_Testing_TestService.Method.emptyCall.descriptor, authority: "gateway.test",
              peer: "ipv4:10.1.2.3:5000", isSecure: false, fields: RequestHeaderFields(fields))
  }

  /// The auth interceptor on a relayed call's fields in place (`admitNow(inPlace:)`): the bearer token is
  /// looked up in the verified-token cache by its bytes where they lie, so it must answer as the usual path
  /// does for the same fields: a token verified before admits (identity set, credentials and claimed
  /// identity dropped), in any letter case of the scheme; one not verified yet is left to the usual path;
  /// no token or an empty one is no credentials.
  @Test("Relay in place: a verified token admits in place in any case of its scheme; others go to the usual path or are refused")
  func tokensInPlace() async throws {
    let key = try JWTKey.generateEd25519(keyID: "k1")
    try await Self.withDispatcher(key: key) { filters, dispatcher in
        let auth = try #require(filters.first as? AuthInterceptor)
        let token = try JWTSigner(key: key).sign(claims(sub: "u-1", scope: "chat"))
        let other = try JWTSigner(key: key).sign(claims(sub: "u-2", scope: "chat"))
        // Not verified yet: the relay leaves the call to the usual path, fields untouched.
        var unverified = Self.head([("authorization", "Bearer " + token)])
        #expect(try auth.admitNow(inPlace: &unverified) == false)
        #expect(unverified.fields.textFields.map(\.0) == ["authorization"])
        // The usual path verifies it once (and starts the revocation feed).
        let call = RecordedCall(request: [])
        await dispatcher.dispatch(head: ServerCallHead(method: Grpc_Testing_TestService.Method.emptyCall.descriptor,
                                                       metadata: bearer(token), deadline: nil, peer: "ipv4:127.0.0.1:9"),
                                  stream: call)
        #expect(call.status?.code == .ok, "\(String(describing: call.status))")
        for scheme in ["Bearer ", "bearer ", "BEARER   "] {
          var head = Self.head([("x-a", "1"), ("authorization", scheme + token), ("x-mesh-user-id", "admin")])
          #expect(try auth.admitNow(inPlace: &head), "\(scheme)")
          let fields = head.fields.textFields
          #expect(fields.first { $0.0 == "authorization" } == nil)
          #expect(fields.filter { $0.0 == "x-mesh-user-id" }.map(\.1) == ["u-1"])
          #expect(fields.first { $0.0 == "x-a" }?.1 == "1")
        }
        // Another token (same key, not verified yet) and a token with a byte more are misses, never u-1.
        for sent in [other, token + "x", String(token.dropLast())] {
          var head = Self.head([("authorization", "Bearer " + sent)])
          #expect(try auth.admitNow(inPlace: &head) == false)
          #expect(head.fields.textFields.first { $0.0 == "x-mesh-user-id" } == nil)
        }
        // No token, another scheme, an empty token: no credentials, refused on a route that needs a user.
        for fields in [[("x-a", "1")], [("authorization", "Basic dTpw")], [("authorization", "Bearer   ")]] {
          var head = Self.head(fields)
          #expect(throws: RPCError.self) { try auth.admitNow(inPlace: &head) }
        }
    }
  }
}
