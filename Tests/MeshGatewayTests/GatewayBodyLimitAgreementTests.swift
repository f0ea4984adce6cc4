import Foundation
import MeshTestSupport
import Testing

/// One body limit for HTTP/1.1 and h2: a listener's `max_body_bytes` above the HTTP/1.1 decoder's own
/// 1 MiB default holds on both sides of it over HTTP/1.1 as over h2c (Connect with a length and chunked,
/// REST, gRPC-Web). Before, the decoder answered HTTP/1.1 bodies past 1 MiB with its plain 413 while h2
/// accepted them up to the listener's limit; now the decoder's limit is the listener's, and a body past
/// it gets the protocol's own refusal (Connect's error body, gRPC-Web's RESOURCE_EXHAUSTED) on both
/// (gRPC-Web past the limit over HTTP/1.1 only: see the note in the test).
@Suite("Gateway body limit agreement")
struct GatewayBodyLimitAgreementTests {
  static let limit = 2 << 20

  @Test("Within a 2 MiB listener limit: served over HTTP/1.1 and h2c; past it: the protocol's 413 / RESOURCE_EXHAUSTED on both")
  func bothSidesOfTheLimitOnBothVersions() async throws {
    try await InteropUpstream.with { upstream in try await Self.run(upstream) }
  }

  static func run(_ upstream: InteropUpstream) async throws {
    let mesh = gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: interop }"],
                               clusters: ["interop": ["127.0.0.1:\(upstream.port)"]],
                               listener: "max_body_bytes: \(Self.limit)")
    // Base64 makes 4 bytes of JSON of every 3 of payload: 1.5 MiB and 2.7 MiB of JSON.
    let within = try GatewayBodyLimitTests.file(GatewayBodyLimitTests.connectBody(payload: 1_150_000))
    let past = try GatewayBodyLimitTests.file(GatewayBodyLimitTests.connectBody(payload: 2_000_000))
    let webWithin = try GatewayBodyLimitTests.file(grpcWebFrame(payload: 1_500_000))
    let webPast = try GatewayBodyLimitTests.file(grpcWebFrame(payload: Self.limit + 1000))
    defer { [within, past, webWithin, webPast].forEach { try? FileManager.default.removeItem(atPath: $0) } }
    try await GatewayFixture.with(mesh) { fixture in
      let base = "http://127.0.0.1:\(fixture.port)"
      let connect = base + "/grpc.testing.TestService/UnaryCall"
      let versions = [["--http1.1"], ["--http1.1", "-H", "transfer-encoding: chunked"], ["--http2-prior-knowledge"]]
      for flags in versions {
        let served = try await GatewayBodyLimitTests.post(connect, file: within, type: "application/json", flags)
        #expect(served.status == "200", "Connect within, \(flags): \(served.body.prefix(300))")
        let refused = try await GatewayBodyLimitTests.post(connect, file: past, type: "application/json", flags)
        #expect(refused.status == "413", "Connect past, \(flags): \(refused.body.prefix(300))")
        #expect(refused.body.contains("resource_exhausted"), "Connect past, \(flags): \(refused.body.prefix(300))")

        let rest = base + "/v1/shipments:estimate"
        let restWithin = try await GatewayBodyLimitTests.post(rest, file: within, type: "application/json", flags)
        #expect(restWithin.status != "413", "REST within, \(flags): \(restWithin.body.prefix(300))")
        let restPast = try await GatewayBodyLimitTests.post(rest, file: past, type: "application/json", flags)
        #expect(restPast.status == "413", "REST past, \(flags): \(restPast.body.prefix(300))")

        let webServed = try await GatewayBodyLimitTests.post(connect, file: webWithin, type: "application/grpc-web+proto", flags + ["-i"])
        #expect(Self.grpcStatus(webServed.body) == "0", "gRPC-Web within, \(flags): \(webServed.body.prefix(600))")
        // Over h2c curl 7.88 never ends after gRPC-Web's RESOURCE_EXHAUSTED (a 200 with END_STREAM) to an
        // upload past the stream window, on main too (8f83984, by hand): left to the h2 relay's owner.
        guard !flags.contains("--http2-prior-knowledge") else { continue }
        let webRefused = try await GatewayBodyLimitTests.post(connect, file: webPast, type: "application/grpc-web+proto", flags + ["-i"])
        #expect(Self.grpcStatus(webRefused.body) == "8", "gRPC-Web past, \(flags): \(webRefused.body.prefix(600))")
      }
    }
  }

  /// A gRPC-Web request frame for UnaryCall with a payload of `size` bytes.
  static func grpcWebFrame(payload size: Int) -> [UInt8] {
    // SimpleRequest { payload (field 3) { body (field 2) } }, lengths as varints.
    func varint(_ value: Int) -> [UInt8] {
      var value = value, bytes: [UInt8] = []
      repeat {
        bytes.append(UInt8(value & 0x7F) | (value >= 0x80 ? 0x80 : 0))
        value >>= 7
      } while value > 0
      return bytes
    }
    let payload = [0x12] + varint(size) + [UInt8](repeating: 7, count: size)
    let message = [0x1A] + varint(payload.count) + payload
    let count = UInt32(message.count)
    return [0, UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)] + message
  }

  /// The grpc-status of a gRPC-Web answer (curl -i: in the headers for a trailers-only answer, else in
  /// the trailer frame's text).
  static func grpcStatus(_ text: String) -> String? {
    let flat = text.lowercased().replacingOccurrences(of: " ", with: "")
    guard let range = flat.range(of: "grpc-status:") else { return nil }
    return String(flat[range.upperBound...].prefix { $0.isNumber })
  }
}
