import MeshAuthTestSupport
import MeshConfig
import MeshCore
import MeshCrypto
@testable import MeshGateway
import MeshInterop
import MeshProtos
import MeshTransport
import Testing

/// The auth interceptor on a relayed call's fields in place (`admitNow(inPlace:)`): the bearer token is
/// looked up in the verified-token cache by its bytes where they lie, so it must answer as the usual path
/// does for the same fields: a token verified before admits (identity set, credentials and claimed identity
/// dropped), in any letter case of the scheme; one not verified yet, or an API key, is left to the usual path;
/// no token or an empty one is no credentials.
@Suite("Relay: the auth interceptor on the fields in place")
struct RelayAuthAdmissionTests {
  static let yaml = """
    version: 1
    gateway:
      listeners: [{ name: a, address: 127.0.0.1:8080 }]
      clusters:
        - { name: interop, endpoints: [127.0.0.1:1] }
        - { name: auth, endpoints: [127.0.0.1:2] }
      auth:
        jwt: { issuer: mesh-auth, audience: mesh }
        rules:
          - { prefix: /grpc.testing.TestService/EmptyCall, require: user }
    """

  static func head(_ fields: [(String, String)]) -> RelayHead {
    RelayHead(method: Grpc_Testing_TestService.Method.emptyCall.descriptor, authority: "gateway.test",
              peer: "ipv4:10.1.2.3:5000", isSecure: false, fields: RequestHeaderFields(fields))
  }

  @Test("A verified token admits in place in any case of its scheme; others go to the usual path or are refused")
  func tokensInPlace() async throws {
    let gateway = try #require(MeshFileLoader.parse(Self.yaml).file?.gateway)
    let calls = try CallFilterConfiguration(auth: gateway.auth, limits: gateway.limits)
    let key = try JWTKey.generateEd25519(keyID: "k1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    try await withServer([publisher]) { authChannel, _, _ in
      try await withServer([TestServiceProvider()]) { upstream, _, _ in
        let filters = try calls.makeInterceptors { $0 == "auth" ? authChannel : nil }
        let auth = try #require(filters.first as? AuthInterceptor)
        let dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
          routes: RouteTable([GatewayRoute(name: "interop", match: RouteMatch(pathPrefix: "/grpc.testing.TestService/"),
                                           cluster: "interop")]),
          clusters: ["interop": upstream], interceptors: filters))
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
}
