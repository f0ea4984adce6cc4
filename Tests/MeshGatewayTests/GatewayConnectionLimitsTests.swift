import Foundation
import MeshConfig
@testable import MeshGateway
import MeshHTTP
import MeshTestSupport
import MeshTransport
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

/// `limits.lingering_close_quiet` and `lingering_close_limit` reach the connections' `ServerLimits` (both
/// sides: h2 and, through `http1Configuration`, HTTP/1.1), and their defaults are the transport's.
@Suite("Gateway lingering close from the mesh file")
struct GatewayLingeringCloseConfigurationTests {
  static func configuration(_ limits: String) throws -> GatewayConfiguration {
    let check = MeshFileLoader.parse("""
      version: 1
      gateway:
        listeners: [{ name: edge, address: "127.0.0.1:8080" }]
      \(limits)
      """)
    #expect(check.problems == [], "\(check.problems.map(\.description))")
    return try GatewayConfiguration(file: try #require(check.file), folder: "/")
  }

  @Test func configuredTimesReachBothProtocols() throws {
    let configuration = try Self.configuration("""
        limits: { lingering_close_quiet: 250ms, lingering_close_limit: 2s }
      """)
    let limits = GatewayServer.connectionLimits(for: configuration)
    #expect(limits.lingeringCloseQuietPeriod == .milliseconds(250))
    #expect(limits.lingeringCloseLimit == .seconds(2))
    let http1 = GatewayServer.http1Configuration(for: try #require(configuration.listeners.first), limits: limits)
    #expect(http1.lingeringCloseQuietPeriod == .milliseconds(250))
    #expect(http1.lingeringCloseLimit == .seconds(2))
  }

  @Test func absentKeysKeepTheTransportsDefaults() throws {
    let limits = GatewayServer.connectionLimits(for: try Self.configuration(""))
    #expect(limits.lingeringCloseQuietPeriod == ServerLimits().lingeringCloseQuietPeriod)
    #expect(limits.lingeringCloseLimit == ServerLimits().lingeringCloseLimit)
  }

  @Test func aWrongDurationIsRefusedWithItsPlace() {
    let check = MeshFileLoader.parse("""
      version: 1
      gateway:
        listeners: [{ name: edge, address: "127.0.0.1:8080" }]
        limits: { lingering_close_limit: soon }
      """)
    #expect(check.file == nil || !check.problems.isEmpty)
    #expect(check.problems.contains { $0.description.contains("lingering_close_limit") }, "\(check.problems.map(\.description))")
  }
}
