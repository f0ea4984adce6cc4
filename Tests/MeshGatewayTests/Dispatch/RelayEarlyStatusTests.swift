import Foundation
import MeshCore
@testable import MeshGateway
import MeshTestSupport
import MeshTransport
import Testing

/// The relay's upstream side (`ClientRelayStream`) when the upstream answers while the request still streams:
/// the upstream stream is reset with NO_ERROR, not CANCEL (RFC 9113 8.1; the call did not fail), and the
/// request bytes queued for it are dropped. Upstream: the raw h2 server of the transport's tests
/// (`early_status_peer.py`), which grants no stream window for requests.
@Suite struct RelayEarlyStatusTests {
  private static let peerScript = Repository.root
    .appendingPathComponent("Tests/MeshTransportTests/Peers/early_status_peer.py").path

  @Test func anUpstreamStatusWithTheRequestOpenResetsTheUpstreamStreamWithNoError() async throws {
    let peer = try PeerProcess(try Repository.python, [Self.peerScript])
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on", seconds: 180))
    let mesh = gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: up }"], clusters: ["up": ["127.0.0.1:\(port)"]])
    try await GatewayFixture.with(mesh) { fixture in
      let channel = try fixture.channel()
      defer { channel.close() }
      let cluster = try #require(fixture.gateway.clusters.clusters["up"])
      // The peer answers every other method once the request ended: calls that prove the relay is up.
      try await GRPCRelayTests.waitUntilRelaying(channel, cluster)
      let before = cluster.stats.relayed
      var options = CallOptions()
      options.timeout = .seconds(30)
      let call = try await channel.openCall(method: MethodDescriptor(service: "mesh.test.Early", method: "Early"),
                                            metadata: [], options: options)
      // 1 MiB through a 64 KiB upstream stream window: most of it is queued in the relay when the status comes.
      let sending = Task { try await call.send([UInt8](repeating: 7, count: 1 << 20), compress: false) }
      let (status, _) = await call.finalStatus()
      #expect(status.code == .ok, "\(status)")
      _ = try? await sending.value
      #expect(cluster.stats.relayed > before)
      let line = try await peer.waitForLine(startingWith: " reset ", seconds: 30)
      let words = line.split(separator: " ")
      #expect(words.count == 6 && words[3] == "0", "\(line)")
      #expect((words.last.flatMap { Int($0) } ?? Int.max) <= 65_535, "\(line)")
    }
  }
}
