import Foundation
import MeshTestSupport
import Testing

/// The peers the tests start do not outlive them (issue 8: grpcio servers were left running).
@Suite("Test peers stop with their tests")
struct PeerLifecycleTests {
  @Test func stoppedGrpcioServerIsGone() async throws {
    let peer = try PeerProcess(try Repository.python, [Repository.grpcioPeer, "server", "--port", "0"])
    _ = try await peer.waitForLine(startingWith: "listening on")
    let pid = peer.processIdentifier
    peer.stop()
    // Reaped: the pid no longer names a process of ours.
    #expect(kill(pid, 0) == -1)
  }

  @Test func peerThatIgnoresSIGTERMIsKilled() async throws {
    let peer = try PeerProcess(try Repository.python, ["-c",
      "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); time.sleep(60)"])
    _ = try await peer.waitForLine(startingWith: "ready")
    let pid = peer.processIdentifier
    peer.stop()
    #expect(kill(pid, 0) == -1)
  }
}
