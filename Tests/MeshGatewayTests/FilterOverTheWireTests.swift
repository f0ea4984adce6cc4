import Foundation
import MeshAuthTestSupport
import MeshCore
import MeshCrypto
import MeshGateway
import MeshInterop
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// The call filters installed on a real gRPC server, called by a gRPC client over loopback: what they
/// put in the error's metadata reaches the client in the trailers.
@Suite("Call filters over a real socket")
struct FilterOverTheWireTests {
  @Test("UNAUTHENTICATED carries www-authenticate and RESOURCE_EXHAUSTED carries retry-after and the limit's name, over HTTP/2")
  func overTheWire() async throws {
    let key = try JWTKey.generateEd25519(keyID: "k1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    try await withServer([publisher]) { authChannel, _, _ in
      let auth = AuthInterceptor(configuration: AuthConfiguration(), authService: authChannel)
      let limit = LocalRateLimitInterceptor(rules: [try LocalRateLimitRule(name: "per-user", requestsPerSecond: 0.05, burst: 2, keys: [.user])])
      let group = EventLoopGroup(threads: 1)
      defer { group.shutdown() }
      let server = GRPCServer(services: [TestServiceProvider()], interceptors: [auth, limit],
                              configuration: .init(host: "127.0.0.1", port: 0), group: group)
      let address = try server.start()
      let channel: GRPCChannel
      do { channel = try GRPCChannel(host: address.host, port: address.port, group: group) } catch {
        await server.shutdown(gracePeriod: .zero)
        throw error
      }
      func code(_ metadata: Metadata) async -> (Status.Code?, Metadata) {
        do {
          _ = try await Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel)).emptyCall(Grpc_Testing_Empty(), metadata: metadata)
          return (.ok, [])
        } catch let error as RPCError {
          return (error.code, error.metadata)
        } catch {
          return (.unknown, [])
        }
      }
      let (anonymous, challenge) = await code([])
      #expect(anonymous == .unauthenticated && challenge.firstString(forKey: "www-authenticate") == "Bearer realm=\"mesh\"")
      let token = try JWTSigner(key: key).sign(claims(sub: "u-wire"))
      #expect(await code(bearer(token)).0 == .ok)
      #expect(await code(bearer(token)).0 == .ok)
      let (limited, trailers) = await code(bearer(token))
      #expect(limited == .resourceExhausted)
      // A slow rate (one call per 20 s) so that a loaded machine cannot refill the bucket between the calls.
      let retryAfter = trailers.firstString(forKey: "retry-after").flatMap(Int.init) ?? 0
      #expect((1...20).contains(retryAfter) && trailers.firstString(forKey: "x-ratelimit-limit-name") == "per-user")
      // Another user has a budget of its own, even from the same address.
      #expect(await code(bearer(try JWTSigner(key: key).sign(claims(sub: "u-other")))).0 == .ok)
      channel.close()
      await server.shutdown(gracePeriod: .zero)
    }
  }

  @Test("grpcio, an independent client, reads the filters' answers: 401 challenge, 403 scope, 429 retry-after and limit name")
  func grpcioClient() async throws {
    let key = try JWTKey.generateP256(keyID: "k1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    let peer = Repository.root.appendingPathComponent("Tests/MeshGatewayTests/Peers/grpcio_filter_client.py").path
    let python = try Repository.python
    try await withServer([publisher]) { authChannel, _, _ in
      let auth = AuthInterceptor(configuration: AuthConfiguration(policy: AuthPolicy(
        rules: [AuthPolicy.Rule(prefix: "/grpc.testing.TestService/UnaryCall", requirement: .scope("orders"))], fallback: .user)),
        authService: authChannel)
      // One call per 100 s: a Python process takes a second to start, which would refill a faster limit.
      let limit = LocalRateLimitInterceptor(rules: [try LocalRateLimitRule(name: "per-user", requestsPerSecond: 0.01, burst: 1,
                                                                           keys: [.user])])
      try await withServer([TestServiceProvider()], interceptors: [auth, limit]) { _, _, address in
        func call(_ path: String, _ metadata: [String]) async throws -> [String: Any] {
          let process = try PeerProcess(python, [peer, "127.0.0.1:\(address.port)", path] + metadata)
          defer { process.stop() }
          let line = try await process.waitForLine(startingWith: "{")
          return try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        func trailer(_ answer: [String: Any], _ key: String) -> String? { (answer["trailers"] as? [String: String])?[key] }
        let anonymous = try await call("/grpc.testing.TestService/EmptyCall", ["x-mesh-user-id=admin"])
        #expect(anonymous["code"] as? String == "UNAUTHENTICATED" && trailer(anonymous, "www-authenticate") == "Bearer realm=\"mesh\"")
        let token = "authorization=Bearer " + (try JWTSigner(key: key).sign(claims(sub: "u-py", scope: "chat")))
        let scoped = try await call("/grpc.testing.TestService/UnaryCall", [token])
        #expect(scoped["code"] as? String == "PERMISSION_DENIED", "\(scoped)")
        let first = try await call("/grpc.testing.TestService/EmptyCall", [token])
        #expect(first["code"] as? String == "OK", "\(first)")
        let second = try await call("/grpc.testing.TestService/EmptyCall", [token])
        #expect(second["code"] as? String == "RESOURCE_EXHAUSTED", "\(second)")
        #expect((90...100).contains(Int(trailer(second, "retry-after") ?? "") ?? 0), "\(second)")
        #expect(trailer(second, "x-ratelimit-limit-name") == "per-user" && trailer(second, "ratelimit-policy") == "\"per-user\";q=1;w=100")
      }
    }
  }

  @Test("Token checks per second through the auth interceptor, per algorithm (printed, not asserted)")
  func verificationBenchmark() async throws {
    let keys = [try JWTKey.generateEd25519(keyID: "ed"), try JWTKey.generateP256(keyID: "ec"), try JWTKey.generateRSA(keyID: "rsa")]
    let publisher = JWKSPublisher()
    publisher.publish(keys)
    try await withServer([publisher]) { channel, _, _ in
      let auth = AuthInterceptor(configuration: AuthConfiguration(), authService: channel)
      func run(_ tokens: [String], count: Int) async throws -> (perSecond: Int, micros: Double) {
        let start = ContinuousClock.now
        for index in 0..<count {
          let context = ServerContext(head: ServerCallHead(method: Grpc_Testing_TestService.Method.emptyCall.descriptor,
                                                           metadata: bearer(tokens[index % tokens.count]), deadline: nil,
                                                           peer: "ipv4:127.0.0.1:1"))
          try await auth.intercept(stream: RecordedCall(request: []), context: context) { _, _ in }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (Int(Double(count) / seconds), seconds / Double(count) * 1e6)
      }
      for key in keys {
        let name = key.algorithms.map(\.rawValue).sorted().joined()
        let fresh = try (0..<200).map { try JWTSigner(key: key).sign(claims(sub: "u-\($0)")) }
        let first = try await run(fresh, count: fresh.count)
        let again = try await run(fresh, count: 5000)
        print("auth interceptor, \(name): first check of a token \(first.perSecond)/s (\(String(format: "%.1f", first.micros)) µs), "
              + "a token seen before \(again.perSecond)/s (\(String(format: "%.1f", again.micros)) µs)")
      }
    }
  }
}
