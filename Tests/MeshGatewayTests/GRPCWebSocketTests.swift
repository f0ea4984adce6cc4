import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshTestSupport
import Testing

/// Runs a command-line client and returns its exit status and what it printed.
func edgeClient(_ executable: String, _ arguments: [String], seconds: Double = 120) async throws -> (status: Int32, output: String) {
  let process = try PeerProcess(executable, arguments)
  defer { process.stop() }
  let status = try await process.waitForExit(seconds: seconds)
  return (status, process.text)
}

/// The edge clients' Python peer (sonora, connectrpc).
let edgeClientsPeer = Repository.root.appendingPathComponent("Tests/MeshGatewayTests/Peers/edge_clients.py").path

@Suite("gRPC-Web over HTTP/1.1 sockets, with sonora and curl", .serialized)
struct GRPCWebSocketTests {
  private static func harness() throws -> GRPCWebHTTP1Harness {
    try GRPCWebHTTP1Harness(
      protocols: [GRPCWebProtocol(configuration: GRPCWebConfiguration(cors: EdgeCORSPolicy(allowedOrigins: ["http://localhost:8080"])))],
      dispatcher: RouterDispatcher(services: [TestServiceProvider()]))
  }

  @Test("sonora (PyPI): unary, large messages, server streaming, errors, metadata, deadlines")
  func sonora() async throws {
    let harness = try Self.harness()
    let run = try await edgeClient(try Repository.python, [edgeClientsPeer, "grpc-web", "http://127.0.0.1:\(harness.port)"])
    await harness.stop()
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("7 passed, 0 failed"), "\(run.output)")
  }

  @Test("curl: a grpc-web-text EmptyCall, and a CORS preflight")
  func curl() async throws {
    let harness = try Self.harness()
    let url = "http://127.0.0.1:\(harness.port)/grpc.testing.TestService/EmptyCall"
    // An empty message in one frame, base64: AAAAAAA=
    let text = try await edgeClient("/usr/bin/curl", ["-sS", "-i", "--http1.1", "-H", "content-type: application/grpc-web-text",
                                                      "-H", "x-grpc-web: 1", "--data-binary", "AAAAAAA=", url])
    let preflight = try await edgeClient("/usr/bin/curl", [
      "-sS", "-i", "-X", "OPTIONS", "-H", "origin: http://localhost:8080", "-H", "access-control-request-method: POST",
      "-H", "access-control-request-headers: x-grpc-web,content-type", url])
    await harness.stop()
    #expect(text.status == 0)
    #expect(text.output.lowercased().contains("content-type: application/grpc-web-text+proto"), "\(text.output)")
    // The empty message's frame, then the trailer frame "grpc-status: 0\r\n" (flag 0x80, 16 bytes), in base64.
    let body = text.output.components(separatedBy: "\r\n\r\n").last ?? ""
    let bytes = EdgeBase64.decode(body) ?? []
    #expect(bytes == [0, 0, 0, 0, 0, 0x80, 0, 0, 0, 16] + Array("grpc-status: 0\r\n".utf8), "\(body)")
    #expect(preflight.output.hasPrefix("HTTP/1.1 204"), "\(preflight.output)")
    #expect(preflight.output.lowercased().contains("access-control-allow-origin: http://localhost:8080"))
  }
}
