import Foundation
import MeshTestSupport
import Testing

/// The peers the tests start do not outlive them (issue 8: grpcio servers were left running).
@Suite("Test peers stop with their tests")
struct PeerLifecycleTests {
  /// Waits up to ten seconds for the peer to exit.
  private func exits(_ peer: PeerProcess) async -> Bool {
    for _ in 0..<200 where !peer.hasExited { try? await Task.sleep(for: .milliseconds(50)) }
    return peer.hasExited
  }

  @Test func stoppedGrpcioServerIsGone() async throws {
    let peer = try PeerProcess(try Repository.python, [Repository.grpcioPeer, "server", "--port", "0"])
    _ = try await peer.waitForLine(startingWith: "listening on")
    peer.stop()
    #expect(await exits(peer))
  }

  @Test func peerThatIgnoresSIGTERMIsKilled() async throws {
    let peer = try PeerProcess(try Repository.python, ["-c",
      "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); time.sleep(60)"])
    _ = try await peer.waitForLine(startingWith: "ready")
    peer.stop()
    // SIGKILL follows two seconds after the ignored SIGTERM.
    #expect(await exits(peer))
  }
}
