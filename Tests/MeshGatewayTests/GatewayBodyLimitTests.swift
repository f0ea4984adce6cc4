import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import MeshTransport
import Testing

/// A listener's `max_body_bytes` on every edge protocol of the real gateway, with curl (HTTP/1.1 with a
/// length, HTTP/1.1 chunked, h2c) and our gRPC client: 413 where the answer is an HTTP status (Connect,
/// REST), RESOURCE_EXHAUSTED where it is a gRPC status (gRPC, gRPC-Web); a body within the limit passes.
@Suite("Gateway body limit")
struct GatewayBodyLimitTests {
  static let limit = 2048

  /// Writes `bytes` to a file of its own and returns its path.
  static func file(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "body-\(UUID().uuidString)"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// A Connect JSON request for UnaryCall whose payload is `size` bytes (base64 in the JSON).
  static func connectBody(payload size: Int) -> [UInt8] {
    Array(#"{"payload":{"body":"\#(Data(count: size).base64EncodedString())"}}"#.utf8)
  }

  /// curl's answer: the body, then the HTTP status on a line of its own.
  static func post(_ url: String, file: String, type: String, _ more: [String] = []) async throws -> (status: String, body: String) {
    let output = try await curl(more + ["-H", "content-type: \(type)", "--data-binary", "@" + file, "-w", "\n%{http_code}", url])
    let status = String(output.split(separator: "\n").last ?? "")
    return (status, output)
  }

  @Test("Too large: 413 for Connect and REST, RESOURCE_EXHAUSTED for gRPC and gRPC-Web; within the limit: served")
  func everyProtocol() async throws {
    try await InteropUpstream.with { upstream in try await Self.run(upstream) }
  }

  static func run(_ upstream: InteropUpstream) async throws {
    let mesh = gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: interop }"],
                               clusters: ["interop": ["127.0.0.1:\(upstream.port)"]],
                               listener: "max_body_bytes: \(Self.limit)")
    let big = try Self.file(Self.connectBody(payload: 3 * Self.limit))
    let small = try Self.file(Self.connectBody(payload: 100))
    defer {
      try? FileManager.default.removeItem(atPath: big)
      try? FileManager.default.removeItem(atPath: small)
    }
    try await GatewayFixture.with(mesh) { fixture in
      let base = "http://127.0.0.1:\(fixture.port)"
      let connect = base + "/grpc.testing.TestService/UnaryCall"
      // Connect with a content-length: refused before the body is read, on HTTP/1.1 and h2c.
      for flags in [["--http1.1"], ["--http2-prior-knowledge"]] {
        let answer = try await Self.post(connect, file: big, type: "application/json", flags)
        #expect(answer.status == "413", "\(flags): \(answer.body)")
        #expect(answer.body.contains("resource_exhausted"), "\(answer.body)")
        #expect(try await Self.post(connect, file: small, type: "application/json", flags).status == "200")
      }
      // Chunked: no length to look at, the limit holds while the body streams in.
      let chunked = try await Self.post(connect, file: big, type: "application/json",
                                        ["--http1.1", "-H", "transfer-encoding: chunked"])
      #expect(chunked.status == "413", "\(chunked.body)")

      // REST: a JSON body for an annotated POST.
      let rest = try await Self.post(base + "/v1/shipments:estimate", file: big, type: "application/json")
      #expect(rest.status == "413", "\(rest.body)")
      let restSmall = try await Self.post(base + "/v1/shipments:estimate", file: small, type: "application/json")
      #expect(restSmall.status != "413", "\(restSmall.body)")

      // gRPC-Web: the status is a gRPC one.
      var request = Grpc_Testing_SimpleRequest()
      request.payload = Grpc_Testing_Payload()
      request.payload?.body = [UInt8](repeating: 7, count: 3 * Self.limit)
      var message: [UInt8] = []
      try request.appendWireBytes(to: &message)
      let count = UInt32(message.count)
      let frame = [0, UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)] + message
      let web = try Self.file(frame)
      defer { try? FileManager.default.removeItem(atPath: web) }
      let grpcWeb = try await Self.post(connect, file: web, type: "application/grpc-web+proto", ["-i"])
      #expect(grpcWeb.body.replacingOccurrences(of: " ", with: "").lowercased().contains("grpc-status:8"), "\(grpcWeb.body)")

      // Native gRPC: RESOURCE_EXHAUSTED before the message goes upstream.
      let channel = try fixture.channel()
      defer { channel.close() }
      let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
      do {
        _ = try await client.unaryCall(request)
        Issue.record("a \(message.count)-byte message passed a \(Self.limit)-byte limit")
      } catch let error as RPCError {
        #expect(error.code == .resourceExhausted, "\(error)")
      }
      request.payload?.body = [UInt8](repeating: 7, count: 100)
      _ = try await client.unaryCall(request)
    }
  }
}
