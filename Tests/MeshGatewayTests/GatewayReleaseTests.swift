import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import MeshTransport
import Testing

/// A stopped gateway lets go of what it made: the server, its clusters, and the clusters a reload retired
/// (whose 60-second timer would otherwise keep them, with their connections, alive after `shutdown`).
@Suite("A stopped gateway is freed")
struct GatewayReleaseTests {
  /// Waits up to five seconds for `isFreed` (tasks that held a reference end on their loops).
  static func eventually(_ isFreed: () -> Bool) async throws -> Bool {
    for _ in 0..<100 {
      if isFreed() { return true }
      try await Task.sleep(for: .milliseconds(50))
    }
    return isFreed()
  }

  @Test("The server, its cluster and a cluster a reload retired are freed after shutdown")
  func freedAfterShutdown() async throws {
    weak var gateway: GatewayServer?
    weak var current: UpstreamCluster?
    weak var retired: UpstreamCluster?
    try await InteropUpstream.with { upstream in
      func mesh(endpoints: [String]) -> String {
        gatewayMeshFile(routes: ["{ match: { prefix: /grpc.testing.TestService/ }, cluster: interop }"],
                        clusters: ["interop": endpoints])
      }
      let endpoint = "127.0.0.1:\(upstream.port)"
      try await GatewayFixture.with(mesh(endpoints: [endpoint])) { fixture in
        let channel = try fixture.channel()
        defer { channel.close() }
        let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
        _ = try await client.emptyCall(Grpc_Testing_Empty())
        retired = fixture.gateway.clusters.clusters["interop"]
        // A changed endpoint list makes a new cluster; the old one is retired behind its timer.
        try fixture.reload(mesh(endpoints: [endpoint, endpoint]))
        _ = try await client.emptyCall(Grpc_Testing_Empty())
        current = fixture.gateway.clusters.clusters["interop"]
        gateway = fixture.gateway
        #expect(retired != nil && current != nil && retired !== current)
      }
    }
    #expect(try await Self.eventually { retired == nil }, "a cluster retired by a reload outlived the gateway's shutdown")
    #expect(try await Self.eventually { current == nil }, "the running cluster outlived the gateway's shutdown")
    #expect(try await Self.eventually { gateway == nil }, "the gateway server outlived its shutdown")
  }
}
