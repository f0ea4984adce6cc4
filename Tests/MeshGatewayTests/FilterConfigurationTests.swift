import Foundation
import MeshConfig
import MeshCore
import MeshGateway
import Testing

@Suite("Filters configured from the mesh file")
struct FilterConfigurationTests {
  static let yaml = """
    version: 1
    gateway:
      listeners:
        - name: plaintext
          address: 127.0.0.1:8080
      clusters:
        - name: auth
          endpoints: [127.0.0.1:7001]
        - name: ratelimit
          endpoints: [127.0.0.1:7002]
      limits:
        max_url_bytes: 2048
        max_header_count: 50
        max_body_bytes: 65536
        allowed_methods: [GET, POST, OPTIONS]
        deny:
          - { path_prefix: /admin/ }
          - { method: DELETE, header: { name: x-env, exact: prod } }
        cors:
          allowed_origins: [https://app.example]
          max_age: 2m
        request_id_response: always
        rate_limit: { requests_per_second: 50, burst: 100, key: client_ip }
        rate_limits:
          - { name: chat-per-user, requests_per_second: 2, burst: 5, keys: [user, route], prefix: /mesh.chat.v1.ChatService/ }
        global_rate_limit:
          cluster: ratelimit
          domain: gateway
          timeout: 20ms
          failure_mode: closed
          descriptors:
            - { keys: [user] }
            - { keys: [client_ip], prefix: /grpc.testing.TestService/, failure_mode: open }
      auth:
        required: true
        jwt: { issuer: mesh-auth, audience: mesh, refresh: 1m, unknown_kid_refetch: 10s, fail_open: true }
        api_keys: { key: api-key-signing, ttl: 20s, negative_ttl: 2s }
        rules:
          - { prefix: /grpc.health.v1.Health/, require: public }
          - { prefix: /mesh.orders.v1.OrderService/, require: "scope:orders" }
    keys:
      - { name: api-key-signing, env: MESH_API_KEY_PEPPER }
    """

  @Test("gateway.limits and gateway.auth map to each filter's configuration")
  func mapping() throws {
    let check = MeshFileLoader.parse(Self.yaml)
    #expect(check.problems.isEmpty, "\(check.problems)")
    let gateway = try #require(check.file?.gateway)

    let edge = try EdgeFilterConfiguration(spec: gateway.limits)
    #expect(edge.limits.maxURLBytes == 2048 && edge.limits.maxHeaderCount == 50 && edge.limits.maxBodyBytes == 65536)
    #expect(edge.limits.allowedMethods == ["GET", "POST", "OPTIONS"])
    #expect(edge.denyRules == [DenyRule(pathPrefix: "/admin/"), DenyRule(method: "DELETE", header: ("x-env", .exact("prod")))])
    #expect(edge.cors?.allowedOrigins == ["https://app.example"] && edge.cors?.maxAgeSeconds == 120)
    #expect(edge.requestIDResponse == .always)
    #expect(try EdgeFilterConfiguration(spec: nil).requestIDResponse == .generated)
    // Request id, trace, limits, path normalisation, deny rules, CORS.
    #expect(edge.makeFilters().count == 6)

    let calls = try CallFilterConfiguration(auth: gateway.auth, limits: gateway.limits)
    #expect(calls.localRateLimits.map(\.name) == ["local-1", "chat-per-user"])
    #expect(calls.localRateLimits[1].keys == [.user, .route] && calls.localRateLimits[1].prefix == "/mesh.chat.v1.ChatService/")
    let global = try #require(calls.globalRateLimit)
    #expect(global.domain == "gateway" && global.timeout == .milliseconds(20) && !global.failOpen)
    #expect(global.descriptors.map(\.failOpen) == [nil, true])
    let auth = try #require(calls.auth)
    #expect(auth.acceptsTokens && auth.acceptsAPIKeys && auth.failOpen)
    #expect(auth.jwks.refreshInterval == .seconds(60) && auth.jwks.unknownKeyRefetchInterval == .seconds(10))
    #expect(auth.apiKeyTTL == .seconds(20) && auth.apiKeyNegativeTTL == .seconds(2))
    #expect(auth.policy.requirement(for: "/grpc.health.v1.Health/Check") == .open)
    #expect(auth.policy.requirement(for: "/mesh.orders.v1.OrderService/Get") == .scope("orders"))
    #expect(auth.policy.requirement(for: "/mesh.chat.v1.ChatService/Send") == .user)
    #expect(calls.authCluster == "auth" && calls.rateLimitCluster == "ratelimit")
  }

  @Test("A wrong requirement is reported at its line; impossible settings are refused by the mapping")
  func refused() throws {
    let check = MeshFileLoader.parse(Self.yaml.replacingOccurrences(of: "\"scope:orders\"", with: "admins"))
    #expect(check.problems.contains { $0.message.contains("public, user or scope:NAME") }, "\(check.problems)")
    let echo = MeshFileLoader.parse(Self.yaml.replacingOccurrences(of: "request_id_response: always",
                                                                   with: "request_id_response: sometimes"))
    #expect(echo.problems.contains { $0.message.contains("generated, always, never") }, "\(echo.problems)")

    // Values the mesh file's checker refuses first; the mapping refuses them too (JSON skips the checker).
    func decode<Spec: Decodable>(_ type: Spec.Type, _ json: String) throws -> Spec {
      let decoder = JSONDecoder()
      decoder.keyDecodingStrategy = .convertFromSnakeCase
      return try decoder.decode(type, from: Data(json.utf8))
    }
    let zeroRate = try decode(GatewayLimitsSpec.self, #"{"rate_limit": {"requests_per_second": 0, "burst": 1}}"#)
    #expect(throws: FilterConfigurationError.self) { try CallFilterConfiguration(auth: nil, limits: zeroRate) }
    let noBurst = try decode(GatewayLimitsSpec.self, #"{"rate_limits": [{"requests_per_second": 5, "burst": 0}]}"#)
    #expect(throws: FilterConfigurationError.self) { try CallFilterConfiguration(auth: nil, limits: noBurst) }
    let emptyDeny = try decode(GatewayLimitsSpec.self, #"{"deny": [{}]}"#)
    #expect(throws: FilterConfigurationError.self) { try EdgeFilterConfiguration(spec: emptyDeny) }
    let twoConditions = try decode(GatewayLimitsSpec.self, #"{"deny": [{"header": {"name": "a", "exact": "x", "contains": "y"}}]}"#)
    #expect(throws: FilterConfigurationError.self) { try EdgeFilterConfiguration(spec: twoConditions) }
    let noCluster = try decode(GatewayAuthSpec.self, #"{"api_keys": {"key": "k"}, "rules": [{"prefix": "/", "require": "scope:x"}]}"#)
    let calls = try CallFilterConfiguration(auth: noCluster, limits: nil)
    #expect(calls.auth?.policy.requirement(for: "/a") == .scope("x"))
    #expect(throws: FilterConfigurationError.self) { try calls.makeInterceptors { _ in nil } }
  }

  @Test("mesh check reports filter settings that do not resolve, with their lines")
  func checked() {
    let check = MeshFileLoader.parse("""
      version: 1
      gateway:
        listeners: [{ name: a, address: 127.0.0.1:8080 }]
        limits:
          deny: [{}]
          rate_limits: [{ requests_per_second: 0, burst: 1, prefix: chat }]
          global_rate_limit: { cluster: nowhere, domain: gw, descriptors: [{ keys: [user] }] }
        auth:
          cluster: missing
          api_keys: { key: k }
          rules: [{ prefix: x, require: user }]
      keys:
        - { name: k, env: K }
      """)
    let found = check.problems.map { "\($0.line):\($0.path)" }
    for expected in ["5:gateway.limits.deny[0]", "6:gateway.limits.rate_limits[0].requests_per_second",
                     "6:gateway.limits.rate_limits[0].prefix", "7:gateway.limits.global_rate_limit.cluster",
                     "9:gateway.auth.cluster", "11:gateway.auth.rules[0].prefix"] {
      #expect(found.contains(expected), "\(expected) in \(found)")
    }
  }
}
