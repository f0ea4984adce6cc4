import Foundation
import MeshTestSupport
import Testing

/// The gateway's close after its last words, with a client that goes on sending (`linger_peer.py`): an
/// error GOAWAY over h2c, a 413 over HTTP/1.1 on the same port. A client that stops soon reads the whole
/// answer and a clean end (no reset); one that never stops is closed at the default 5 s limit.
@Suite("Gateway lingering close")
struct GatewayLingeringCloseTests {
  @Test("h2c GOAWAY and HTTP/1.1 413 read whole by a client that sends on; one that never stops is cut at the limit")
  func lingeringOnBothVersions() async throws {
    try await InteropUpstream.with { upstream in
      let mesh = gatewayMeshFile(routes: ["{ match: { prefix: / }, cluster: interop }"],
                                 clusters: ["interop": ["127.0.0.1:\(upstream.port)"]],
                                 listener: "max_body_bytes: 65536")
      try await GatewayFixture.with(mesh) { fixture in
        let port = "\(fixture.port)"
        let path = "/grpc.testing.TestService/UnaryCall"
        async let h2Quiet = LingerPeer.run(["h2", port, "0.5"])
        async let http1Quiet = LingerPeer.run(["http1", port, path, "0.5"])
        async let h2Forever = LingerPeer.run(["h2", port, "60"])
        async let http1Forever = LingerPeer.run(["http1", port, path, "60"])
        let (quiet2, quiet1) = try await (h2Quiet, http1Quiet)
        #expect(quiet2["goaway"] as? Int == 1, "\(quiet2)")
        #expect(quiet1["statuses"] as? [Int] == [413], "\(quiet1)")
        for result in [quiet2, quiet1] {
          #expect(result["cut"] as? Bool == false, "a reset while the client sent: \(result)")
          #expect(result["eof"] as? Bool == true, "\(result)")
        }
        let (forever2, forever1) = try await (h2Forever, http1Forever)
        #expect(forever2["goaway"] as? Int == 1, "\(forever2)")
        #expect(forever1["statuses"] as? [Int] == [413], "\(forever1)")
        for result in [forever2, forever1] {
          #expect(result["cut"] as? Bool == true, "a client that never stops lingered 60 s: \(result)")
          #expect((result["elapsed"] as? Double ?? 0) >= 5.0, "closed before the 5 s limit: \(result)")
        }
      }
    }
  }
}
