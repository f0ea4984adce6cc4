import Foundation
import MeshTestSupport
import Testing

/// The gateway's `limits:` reach its HTTP/2 connections: a client is told (and held to) the configured
/// `max_concurrent_streams`, and the header list it may send is at least what `max_header_bytes` lets
/// through, so the limits filter answers an oversized header block with its own error. Before, both were
/// the transport's defaults (100 streams, 16 KiB) whatever the file said.
@Suite("Gateway connection limits")
struct GatewayConnectionLimitsTests {
  static let peer = Repository.root.appendingPathComponent("Tests/MeshGatewayTests/Peers/settings_client.py").path

  /// The SETTINGS a gateway serving `limits` sends first, read by the `h2` package.
  static func settings(limits: String) async throws -> [String: Any] {
    var answer: [String: Any] = [:]
    let mesh = gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: nowhere }"],
                               clusters: ["nowhere": ["127.0.0.1:9"]], extra: limits)
    try await GatewayFixture.with(mesh) { fixture in
      let process = try PeerProcess(try Repository.python, [peer, String(fixture.port)])
      let status = try await process.waitForExit(seconds: 30)
      guard status == 0, let line = process.text.split(separator: "\n").last,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { throw CurlFailure(description: "settings_client.py failed (\(status)): \(process.text)") }
      answer = object
    }
    return answer
  }

  @Test("max_concurrent_streams and max_header_bytes from the file are what a client is told")
  func configuredLimitsAreAdvertised() async throws {
    let configured = try await Self.settings(limits: """
        limits:
          max_concurrent_streams: 7
          max_header_bytes: 65536

      """)
    #expect(configured["max_concurrent_streams"] as? Int == 7, "\(configured)")
    let headerList = configured["max_header_list_size"] as? Int ?? 0
    #expect(headerList >= 65536, "\(configured)")
  }

  @Test("Without limits: 100 streams and a header list above the filter's 16 KiB")
  func defaultsAreAdvertised() async throws {
    let defaults = try await Self.settings(limits: "")
    #expect(defaults["max_concurrent_streams"] as? Int == 100, "\(defaults)")
    #expect(defaults["max_header_list_size"] as? Int ?? 0 >= 16384, "\(defaults)")
  }
}
