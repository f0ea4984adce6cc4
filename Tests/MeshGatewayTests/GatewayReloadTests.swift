import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import MeshTransport
import Testing

/// SIGHUP's reload on the real `GatewayServer`: what did not change keeps its state (the JWKS fetched
/// from a real auth server through the gateway's own `auth` cluster, the clusters' connections), a changed
/// route takes effect at once, and a call open across the reload goes on.
@Suite("Gateway reload keeps what is still valid")
struct GatewayReloadTests {
  static let duplexRoute = "{ match: { service: grpc.testing.TestService, method: FullDuplexCall }, cluster: interop }"
  static let emptyRoute = "{ match: { service: grpc.testing.TestService, method: EmptyCall }, cluster: interop }"
  static let allRoute = "{ match: { prefix: /grpc.testing.TestService/ }, cluster: interop }"

  static func mesh(_ routes: [String], upstream: String, audience: String = "mesh") -> String {
    gatewayMeshFile(routes: routes, clusters: ["interop": [upstream], "auth": [upstream]],
                    extra: SignedCallers.authSection.replacingOccurrences(of: "audience: mesh", with: "audience: \(audience)"))
  }

  static func request(size: Int) -> Grpc_Testing_StreamingOutputCallRequest {
    var request = Grpc_Testing_StreamingOutputCallRequest()
    var parameters = Grpc_Testing_ResponseParameters()
    parameters.size = Int32(size)
    request.responseParameters = [parameters]
    return request
  }

  /// Runs `body` with a real JWKS and interop server, a gateway routing every TestService method to it with
  /// `auth:` on, and a client of the gateway.
  static func withGateway(
    _ body: (GatewayFixture, Grpc_Testing_TestService.Client, SignedCallers, _ upstream: String) async throws -> Void
  ) async throws {
    let callers = try SignedCallers()
    try await withServer([callers.publisher, TestServiceProvider()]) { _, _, address in
      let upstream = "127.0.0.1:\(address.port)"
      try await GatewayFixture.with(Self.mesh([Self.allRoute], upstream: upstream)) { fixture in
        let channel = try fixture.channel()
        defer { channel.close() }
        try await body(fixture, Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel)), callers, upstream)
      }
    }
  }

  @Test("An unchanged auth section keeps its JWKS; a changed route applies while an open call goes on")
  func reloadKeepsStateAndOpenCalls() async throws {
    try await Self.withGateway { fixture, client, callers, upstream in
      let token = try callers.token("u-ann")
      _ = try await client.emptyCall(Grpc_Testing_Empty(), metadata: bearer(token))
      #expect(callers.publisher.fetches == 1)
      let jwks = try #require(fixture.gateway.authInterceptor).jwks
      let interop = try #require(fixture.gateway.clusters.clusters["interop"])

      try await client.fullDuplexCall(metadata: bearer(token)) { writer, responses in
        var iterator = responses.makeAsyncIterator()
        try await writer.write(Self.request(size: 3))
        #expect(try await iterator.next()?.payload?.body.count == 3)

        // UnaryCall loses its route; the auth section and the clusters are as they were.
        try fixture.reload(Self.mesh([Self.emptyRoute, Self.duplexRoute], upstream: upstream))
        do {
          _ = try await client.unaryCall(Grpc_Testing_SimpleRequest(), metadata: bearer(token))
          Issue.record("UnaryCall still has a route after the reload")
        } catch let error as RPCError {
          #expect(error.code == .unimplemented, "\(error)")
        }
        _ = try await client.emptyCall(Grpc_Testing_Empty(), metadata: bearer(try callers.token("u-bob")))

        // The call opened before the reload goes on, on its connection.
        try await writer.write(Self.request(size: 5))
        #expect(try await iterator.next()?.payload?.body.count == 5)
        try await writer.finish()
        #expect(try await iterator.next() == nil)
      }
      #expect(callers.publisher.fetches == 1, "the JWKS was fetched again on a reload that kept the auth section")
      let kept = try #require(fixture.gateway.authInterceptor).jwks
      #expect(ObjectIdentifier(kept) == ObjectIdentifier(jwks))
      #expect(fixture.gateway.clusters.clusters["interop"] === interop)

      // A changed auth section is a new filter: its keys are fetched anew.
      try fixture.reload(Self.mesh([Self.allRoute], upstream: upstream, audience: "other"))
      do {
        _ = try await client.emptyCall(Grpc_Testing_Empty(), metadata: bearer(token))
        Issue.record("a token for the audience 'mesh' passed a gateway that wants 'other'")
      } catch let error as RPCError {
        #expect(error.code == .unauthenticated)
      }
      #expect(callers.publisher.fetches == 2)
      #expect(fixture.gateway.clusters.clusters["interop"] === interop)
    }
  }

  @Test("A reload naming a missing auth cluster is refused and the running filters stay")
  func refusedReloadKeepsFilters() async throws {
    try await Self.withGateway { fixture, client, callers, upstream in
      // The file check refuses such a file first; the server refuses it too, whoever hands it over.
      var broken = try GatewayFixture.configuration(Self.mesh([Self.emptyRoute], upstream: upstream))
      broken.clusters.removeAll { $0.name == "auth" }
      #expect(throws: FilterConfigurationError.self) { try fixture.gateway.reload(broken) }
      #expect(fixture.gateway.clusters.clusters["auth"] != nil)
      _ = try await client.unaryCall(Grpc_Testing_SimpleRequest(), metadata: bearer(try callers.token("u-ann")))
      _ = try await client.emptyCall(Grpc_Testing_Empty(), metadata: bearer(try callers.token("u-ann")))
      #expect(callers.publisher.fetches == 1)
    }
  }

  @Test("Local rate-limit buckets survive a reload that keeps their settings, and start anew when they change")
  func rateLimitBucketsSurvive() async throws {
    try await InteropUpstream.with { upstream in
      func mesh(rate: String) -> String {
        gatewayMeshFile(routes: [Self.allRoute], clusters: ["interop": ["127.0.0.1:\(upstream.port)"]], extra: """
            limits:
              rate_limit: { requests_per_second: \(rate), burst: 1, key: client_ip }

          """)
      }
      try await GatewayFixture.with(mesh(rate: "0.01")) { fixture in
        let channel = try fixture.channel()
        defer { channel.close() }
        let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
        func admitted() async throws -> Bool {
          do {
            _ = try await client.emptyCall(Grpc_Testing_Empty())
            return true
          } catch let error as RPCError where error.code == .resourceExhausted {
            return false
          }
        }
        var calls = 0
        while try await admitted() {
          calls += 1
          try #require(calls < 10, "a limit of 0.01/s with a burst of 1 admitted 10 calls")
        }
        try fixture.reload(mesh(rate: "0.01"))
        #expect(try await admitted() == false, "the reload emptied the buckets")
        try fixture.reload(mesh(rate: "0.02"))
        #expect(try await admitted() == true, "a changed limit kept the old buckets")
      }
    }
  }
}
