import Foundation
import MeshCore
import MeshGateway
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

@Suite("gRPC-Web through the gateway's front over sockets, with sonora and curl", .serialized)
struct GRPCWebSocketTests {
  @Test("sonora (PyPI) over HTTP/1.1: unary, large messages, server streaming, errors, metadata, deadlines")
  func sonora() async throws {
    let front = try GRPCWebGatewayFront.start()
    let run = try await edgeClient(try Repository.python, [edgeClientsPeer, "grpc-web", "http://127.0.0.1:\(front.http1Port)"])
    await front.stop()
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("7 passed, 0 failed"), "\(run.output)")
  }

  @Test("curl over h2c and HTTP/1.1: grpc-web-text EmptyCall, a binary UnaryCall, a CORS preflight")
  func curl() async throws {
    let front = try GRPCWebGatewayFront.start()
    defer { Task { await front.stop() } }
    for (base, flags, version) in front.versions {
      let url = base + "/grpc.testing.TestService/EmptyCall"
      // An empty message in one frame, base64: AAAAAAA=
      let text = try await edgeClient("/usr/bin/curl", ["-sS", "-i"] + flags + [
        "-H", "content-type: application/grpc-web-text", "-H", "x-grpc-web: 1", "--data-binary", "AAAAAAA=", url])
      #expect(text.status == 0)
      #expect(text.output.lowercased().contains("content-type: application/grpc-web-text+proto"), "\(version) \(text.output)")
      // The empty message's frame, then the trailer frame "grpc-status: 0\r\n" (flag 0x80, 16 bytes), in base64.
      let body = text.output.components(separatedBy: "\r\n\r\n").last ?? ""
      #expect(EdgeBase64.decode(body) == [0, 0, 0, 0, 0, 0x80, 0, 0, 0, 16] + Array("grpc-status: 0\r\n".utf8),
              "\(version) \(body)")

      // Binary gRPC-Web: a 1000-byte UnaryCall answer in a data frame, then the trailer frame.
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grpc-web-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      // SimpleRequest { response_size: 1000 } is 0x10 0xE8 0x07.
      try Data([0, 0, 0, 0, 3, 0x10, 0xE8, 0x07]).write(to: folder.appendingPathComponent("request"))
      let output = folder.appendingPathComponent("response").path
      let binary = try await edgeClient("/usr/bin/curl", ["-sS"] + flags + [
        "-H", "content-type: application/grpc-web+proto", "--data-binary", "@" + folder.appendingPathComponent("request").path,
        "-o", output, base + "/grpc.testing.TestService/UnaryCall"])
      #expect(binary.status == 0, "\(version) \(binary.output)")
      let bytes = Array((try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data())
      var frames = LengthPrefixedFrameDecoder(maxPayloadSize: 1 << 20)
      frames.append(bytes)
      let message = try frames.next()
      let trailer = try frames.next()
      #expect(message?.flags == 0 && (message?.payload.count ?? 0) > 1000, "\(version)")
      #expect(trailer.flatMap { GRPCWebTrailers.parse($0.payload) }?.first?.1 == "0", "\(version)")

      let preflight = try await edgeClient("/usr/bin/curl", ["-sS", "-i"] + flags + [
        "-X", "OPTIONS", "-H", "origin: \(GRPCWebGatewayFront.origin)", "-H", "access-control-request-method: POST",
        "-H", "access-control-request-headers: x-grpc-web,content-type", url])
      #expect(preflight.output.hasPrefix("HTTP/1.1 200") || preflight.output.hasPrefix("HTTP/2 200"), "\(preflight.output)")
      #expect(preflight.output.lowercased().contains("access-control-allow-origin: \(GRPCWebGatewayFront.origin)"))
    }
  }
}
