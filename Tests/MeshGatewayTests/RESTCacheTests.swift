import MeshAuthTestSupport
import MeshCore
import MeshCrypto
@testable import MeshGateway
import MeshInterop
import MeshProtobuf
import MeshProtos
import Testing

/// REST GETs answered from the response cache, behind the real authentication interceptor (tokens
/// checked against a JWKS served over gRPC), so the verified identity is part of the key.
@Suite("REST GETs through the response cache")
struct RESTCacheTests {
  static let cacheable = "/grpc.testing.TestService/CacheableUnaryCall"

  /// grpc's test.proto marks no method; the configuration here declares CacheableUnaryCall free of side
  /// effects, as an annotated proto would.
  static func methods() throws -> [String: ProtoMethodInfo] {
    let info = try #require(ProtoRegistry.methods[cacheable])
    return [cacheable: ProtoMethodInfo(path: info.path, inputType: info.inputType, outputType: info.outputType,
                                       clientStreaming: false, serverStreaming: false, idempotencyLevel: .noSideEffects,
                                       httpRules: [ProtoHTTPRule(method: "GET", path: "/v1/test/cacheable/{response_size}"),
                                                   ProtoHTTPRule(method: "POST", path: "/v1/test/cacheable", body: "*")])]
  }

  @Test("A second GET of one user is a hit; another user, a POST or an expired entry reach the service")
  func privateEntries() async throws {
    let key = try JWTKey.generateEd25519(keyID: "ed-1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    let methods = try Self.methods()
    let clock = CacheTests.TestClock()
    let cache = ResponseCache(configuration: .init(methods: [Self.cacheable: .init(timeToLive: .seconds(10))]),
                              methods: methods, clock: { clock.instant })
    let rest = RESTProtocol(routes: try RESTRoute.table(methods: methods.values, messages: ProtoRegistry.messages))
    try await withServer([publisher]) { channel, _, _ in
      let probe = UpstreamProbe()
      let dispatcher = RouterDispatcher(services: [TestServiceProvider()],
                                        interceptors: [AuthInterceptorTests.interceptor(channel), ResponseCacheInterceptor(cache: cache), probe])
      func get(_ user: String, _ target: String = "/v1/test/cacheable/2", method: String = "GET",
               extra: [(String, String)] = []) async throws -> RESTTestExchange.Response {
        let token = try JWTSigner(key: key).sign(claims(sub: user))
        let exchange = RESTTestExchange(method, target, headers: [("authorization", "Bearer " + token)] + extra,
                                        body: method == "POST" ? #"{"responseSize": 2}"# : "")
        await rest.handle(exchange, dispatcher: dispatcher)
        return exchange.response
      }
      var response = try await get("u-ann")
      #expect(response.status == 200)
      #expect(response.body == #"{"payload":{"body":"AAA="}}"#)
      #expect(response.header("grpc-metadata-x-mesh-cache") == "miss")
      response = try await get("u-ann")
      #expect(response.body == #"{"payload":{"body":"AAA="}}"#)
      #expect(response.header("grpc-metadata-x-mesh-cache") == "hit")
      #expect(probe.count == 1)
      // No cache marker reaches the service.
      #expect(probe.last?.firstString(forKey: "x-mesh-cache") == nil)

      response = try await get("u-bob")
      #expect(response.header("grpc-metadata-x-mesh-cache") == "miss")
      #expect(probe.count == 2)
      _ = try await get("u-bob", "/v1/test/cacheable/3")  // another request: another key
      #expect(probe.count == 3)

      // A POST is not opted in, even when the client asks for it.
      response = try await get("u-ann", "/v1/test/cacheable", method: "POST", extra: [("x-mesh-cache", "lookup")])
      #expect(response.status == 200)
      #expect(response.header("grpc-metadata-x-mesh-cache") == nil)
      #expect(probe.count == 4)

      clock.advance(.seconds(11))
      response = try await get("u-ann")
      #expect(response.header("grpc-metadata-x-mesh-cache") == "miss")
      #expect(probe.count == 5)

      // A refused token never reaches the cache.
      let exchange = RESTTestExchange("GET", "/v1/test/cacheable/2", headers: [("authorization", "Bearer not.a.token")])
      await rest.handle(exchange, dispatcher: dispatcher)
      #expect(exchange.response.status == 401)
      #expect(probe.count == 5)
    }
  }

  @Test("Public entries are shared between callers; failures are not kept")
  func publicEntries() async throws {
    let methods = try Self.methods()
    let cache = ResponseCache(configuration: .init(methods: [Self.cacheable: .init(timeToLive: .seconds(10), isPrivate: false)]),
                              methods: methods)
    let rest = RESTProtocol(routes: try RESTRoute.table(methods: methods.values, messages: ProtoRegistry.messages))
    let probe = UpstreamProbe()
    let dispatcher = RouterDispatcher(services: [TestServiceProvider()], interceptors: [ResponseCacheInterceptor(cache: cache), probe])
    for user in ["a", "b", "c"] {
      let exchange = RESTTestExchange("GET", "/v1/test/cacheable/1", headers: [("x-mesh-user-id", user)])
      await rest.handle(exchange, dispatcher: dispatcher)
      #expect(exchange.response.status == 200)
    }
    #expect(probe.count == 1)
    for _ in 0..<2 {
      let exchange = RESTTestExchange("GET", "/v1/test/cacheable/1?response_status.code=5")
      await rest.handle(exchange, dispatcher: dispatcher)
      #expect(exchange.response.status == 404)
    }
    #expect(probe.count == 3)
    #expect(cache.usage.entries == 1)
  }
}
