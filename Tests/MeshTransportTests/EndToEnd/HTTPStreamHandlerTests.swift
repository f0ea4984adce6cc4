import Foundation
import MeshCore
import MeshTestSupport
import MeshTransport
import Testing

/// Echoes the body back, chunk by chunk as it reads it, with its size in a header and a trailer.
private struct EchoBodyHandler: HTTPStreamHandler {
  func handle(_ exchange: HTTPExchange) async {
    do {
      try await exchange.writeHead(status: 200, headers: [("content-type", "application/x-echo"),
                                                          ("x-path", exchange.request.path)])
      var total = 0
      while let chunk = try await exchange.readBodyChunk() {
        total += chunk.count
        try await exchange.write(chunk)
      }
      exchange.finish(trailers: [("x-body-bytes", "\(total)")])
    } catch {
      exchange.finish()
    }
  }
}

@Suite("Handlers chosen by content type, over real h2c")
struct HTTPStreamHandlerTests {
  @Test func registeredContentTypeReachesItsHandlerWithFlowControl() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0)
    configuration.httpHandlers.register(contentTypePrefix: "application/x-echo", handler: EchoBodyHandler())
    let server = GRPCServer(services: [EchoService()], configuration: configuration, group: group)
    let address = try server.start()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-http-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // 3 MiB: three times the stream window, so the upload only completes if reading grants window.
    let body = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
    let bodyFile = folder.appendingPathComponent("body")
    try body.write(to: bodyFile)
    let output = folder.appendingPathComponent("out")
    let headers = folder.appendingPathComponent("headers")
    let curl = try PeerProcess("/usr/bin/curl", [
      "-sS", "--http2-prior-knowledge", "--max-time", "30", "-H", "content-type: application/x-echo+json",
      "--data-binary", "@\(bodyFile.path)", "-o", output.path, "-D", headers.path,
      "http://127.0.0.1:\(address.port)/any/path",
    ])
    #expect(try await curl.waitForExit(seconds: 60) == 0, "\(curl.text)")
    let head = (try? String(contentsOf: headers, encoding: .utf8)) ?? ""
    #expect(head.hasPrefix("HTTP/2 200"), "\(head)")
    #expect(head.contains("x-path: /any/path"), "\(head)")
    #expect(head.contains("x-body-bytes: \(3 << 20)"), "\(head)")
    #expect(try Data(contentsOf: output) == body)

    // A content type nobody registered is still 415, and gRPC still works beside the handler.
    let other = try PeerProcess("/usr/bin/curl", [
      "-sS", "--http2-prior-knowledge", "-o", "/dev/null", "-w", "%{http_code}", "-H", "content-type: application/json",
      "--data-binary", "{}", "http://127.0.0.1:\(address.port)/mesh.test.Echo/Unary",
    ])
    #expect(try await other.waitForExit(seconds: 30) == 0)
    #expect(other.text.contains("415"), "\(other.text)")
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    defer { channel.close() }
    let response = try await GRPCClient(transport: channel).unary(EchoService.unary, request: RawMessage([5]))
    #expect(response.message.bytes == [5])
    await server.shutdown(gracePeriod: .seconds(1))
  }

  @Test func longestPrefixWins() {
    struct Named: HTTPStreamHandler {
      let name: String
      func handle(_ exchange: HTTPExchange) async {}
    }
    var handlers = HTTPStreamHandlers()
    handlers.register(contentTypePrefix: "application/grpc-web", handler: Named(name: "web"))
    handlers.register(contentTypePrefix: "application/grpc-web-text", handler: Named(name: "text"))
    #expect((handlers.handler(for: "application/grpc-web+proto") as? Named)?.name == "web")
    #expect((handlers.handler(for: "Application/GRPC-Web-Text") as? Named)?.name == "text")
    #expect(handlers.handler(for: "application/json") == nil)
  }
}
