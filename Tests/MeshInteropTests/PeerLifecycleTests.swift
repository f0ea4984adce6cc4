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

  /// The tests start peers from threads that block SIGTERM; a peer that does not unblock it itself (here
  /// `sleep`) must still die of it, without the SIGKILL that `stop` sends later.
  @Test func spawnedPeerDiesOnSIGTERM() async throws {
    let peer = try PeerProcess("/bin/sh", ["-c", "echo ready; exec sleep 60"])
    _ = try await peer.waitForLine(startingWith: "ready")
    kill(peer.processIdentifier, SIGTERM)
    #expect(try await peer.waitForExit(seconds: 10) == SIGTERM)
  }
}
