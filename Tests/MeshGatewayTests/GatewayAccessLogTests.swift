import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import MeshTransport
import Testing

/// The real gateway's access log: one JSON line per request, whatever the protocol, with route, cluster,
/// the endpoint actually used, statuses, bytes and durations, and never a token or a message body (the
/// requests carry a JWT and a card number).
@Suite("Gateway access log")
struct GatewayAccessLogTests {
  static let card = "4111111111111111"

  @Test("One line per request on gRPC, Connect, gRPC-Web, REST and static files; no token, key or body in any")
  func linesPerRequest() async throws {
    let callers = try SignedCallers()
    let web = NSTemporaryDirectory() + "access-web-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: web, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: web) }
    try Data("<!doctype html><title>t</title>".utf8).write(to: URL(fileURLWithPath: web + "/index.html"))
    try await withServer([callers.publisher, TestServiceProvider()]) { _, _, address in
      let upstream = "127.0.0.1:\(address.port)"
      let mesh = gatewayMeshFile(routes: ["{ match: { prefix: /grpc.testing.TestService/ }, cluster: interop }"],
                                 clusters: ["interop": [upstream], "auth": [upstream]],
                                 extra: SignedCallers.authSection + "  web: \(web)\n")
      try await GatewayFixture.with(mesh) { fixture in
        let token = try callers.token("u-ann")
        let channel = try fixture.channel()
        defer { channel.close() }
        let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))

        // Native gRPC, with the card number in the message.
        var request = Grpc_Testing_SimpleRequest()
        request.payload = Grpc_Testing_Payload()
        request.payload?.body = Array(Self.card.utf8)
        request.responseSize = 10
        _ = try await client.unaryCall(request, metadata: bearer(token, [("x-api-key", "key-secret-123")]))
        // Connect JSON, the card number in a field the upstream echoes into its error message.
        let connect = try await curl([
          "-H", "authorization: Bearer \(token)", "-H", "content-type: application/json",
          "--data", #"{"responseStatus":{"code":3,"message":"card \#(Self.card)"}}"#,
          "http://127.0.0.1:\(fixture.port)/grpc.testing.TestService/UnaryCall",
        ])
        #expect(connect.contains("invalid_argument"), "\(connect)")
        // gRPC-Web over HTTP/1.1, an empty message.
        let frame = NSTemporaryDirectory() + "frame-\(UUID().uuidString)"
        try Data([0, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: frame))
        defer { try? FileManager.default.removeItem(atPath: frame) }
        _ = try await curl(["-H", "authorization: Bearer \(token)", "-H", "content-type: application/grpc-web+proto",
                            "--data-binary", "@" + frame, "http://127.0.0.1:\(fixture.port)/grpc.testing.TestService/EmptyCall"])
        // No credentials: refused by the auth filter before any route.
        await #expect(throws: RPCError.self) { _ = try await client.emptyCall(Grpc_Testing_Empty()) }

        // REST: a query parameter for the field the path binds (400 before any call; the query is not logged); a
        // static page.
        _ = try await curl(["-H", "authorization: Bearer \(token)",
                            "http://127.0.0.1:\(fixture.port)/v1/listings/L1?listing_id=\(Self.card)"])
        let page = try await curl(["http://127.0.0.1:\(fixture.port)/"])
        #expect(page.contains("<title>t</title>"))

        let lines = fixture.log.lines
        #expect(lines.count == 6, "\(lines)")
        for line in lines {
          #expect(!line.contains(token) && !line.contains("Bearer") && !line.contains(Self.card), "\(line)")
          #expect(!line.contains("key-secret") && !line.contains(Data(Self.card.utf8).base64EncodedString()), "\(line)")
        }
        let entries = fixture.accessLines
        #expect(entries.count == 6)
        guard entries.count == 6 else { return }
        #expect(entries.map { $0["protocol"] as? String } == ["grpc", "connect", "grpc-web", "grpc", "rest", "static"])
        #expect(entries.map { $0["grpc_status"] as? Int } == [0, 3, 0, 16, nil, nil])
        #expect(entries[4]["grpc_status"] is NSNull && entries[5]["grpc_status"] is NSNull)
        #expect(entries.map { $0["http_status"] as? Int } == [200, 400, 200, 200, 400, 200])
        #expect(entries.map { $0["path"] as? String } == ["/grpc.testing.TestService/UnaryCall",
                                                          "/grpc.testing.TestService/UnaryCall",
                                                          "/grpc.testing.TestService/EmptyCall",
                                                          "/grpc.testing.TestService/EmptyCall",
                                                          "/v1/listings/L1", "/"])
        for entry in entries.prefix(3) {
          #expect(entry["route"] as? String == "/grpc.testing.TestService/")
          #expect(entry["cluster"] as? String == "interop")
          #expect(entry["endpoint"] as? String == upstream)
          #expect(entry["upstream_ms"] is Double)
        }
        #expect(entries[3]["route"] is NSNull && entries[3]["endpoint"] is NSNull)
        for entry in entries {
          #expect((entry["request_id"] as? String)?.isEmpty == false, "\(entry)")
          #expect((entry["trace_id"] as? String)?.count == 32, "\(entry)")
          #expect(entry["duration_ms"] is Double)
        }
        #expect((entries[0]["bytes_in"] as? Int ?? 0) >= Self.card.utf8.count)
        #expect((entries[0]["bytes_out"] as? Int ?? 0) >= 10)
        #expect((entries[1]["bytes_in"] as? Int ?? 0) > 0)
        #expect((entries[2]["bytes_in"] as? Int) == 5)
      }
    }
  }

  @Test("The front's own answers (404: no route, 415: a type nobody speaks) get a line each, protocol http")
  func frontAnswersAreLogged() async throws {
    try await withServer([TestServiceProvider()]) { _, _, address in
      let mesh = gatewayMeshFile(routes: ["{ match: { prefix: /grpc.testing.TestService/ }, cluster: interop }"],
                                 clusters: ["interop": ["127.0.0.1:\(address.port)"]])
      try await GatewayFixture.with(mesh) { fixture in
        let url = "http://127.0.0.1:\(fixture.port)/nowhere"
        let status = ["-o", "/dev/null", "-w", "%{http_code}"]
        #expect(try await curl(status + [url]) == "404")
        #expect(try await curl(status + ["-H", "content-type: text/plain", "--data", "hello", url]) == "415")
        // The line is written just after the answer: wait for it rather than race the client.
        let deadline = ContinuousClock.now + .seconds(10)
        while fixture.accessLines.count < 2 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let entries = fixture.accessLines
        #expect(entries.count == 2, "\(fixture.log.lines)")
        guard entries.count == 2 else { return }
        #expect(entries.map { $0["protocol"] as? String } == ["http", "http"])
        #expect(entries.map { $0["http_status"] as? Int } == [404, 415])
        #expect(entries.map { $0["path"] as? String } == ["/nowhere", "/nowhere"])
        for entry in entries {
          #expect(entry["route"] is NSNull && entry["grpc_status"] is NSNull, "\(entry)")
          #expect((entry["request_id"] as? String)?.isEmpty == false, "\(entry)")
          #expect((entry["trace_id"] as? String)?.count == 32, "\(entry)")
          #expect((entry["bytes_out"] as? Int ?? 0) > 0, "\(entry)")
        }
      }
    }
  }
}
