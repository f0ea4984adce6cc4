import Foundation
@testable import MeshTestSupport
import Testing

/// The watchdog of a test process's peer group: peers and their grandchildren die when the process that holds the
/// group's lifeline dies by SIGKILL (here a stand-in, so that this test process lives on), even those that ignore
/// SIGTERM; the terminal's signals do not stop the watchdog.
@Suite("Peers die with their test process")
struct PeerProcessGroupTests {
  /// A shell peer that starts a grandchild (`sleep`) and prints its pid; `prelude` runs first.
  private func peerWithGrandchild(in group: PeerProcessGroup, prelude: String = ":") async throws -> (PeerProcess, Int32) {
    let peer = try PeerProcess("/bin/sh", ["-c", "\(prelude); sleep 300 & echo \"grandchild $!\"; wait"], group: group)
    let line = try await peer.waitForLine(startingWith: "grandchild ")
    guard let pid = line.split(separator: " ").last.flatMap({ Int32($0) }) else { throw PeerError("no pid in '\(line)'") }
    return (peer, pid)
  }

  @Test func peersAndGrandchildrenDieWithAStandInKilledBySIGKILL() async throws {
    let group = try PeerProcessGroup(grace: 1)
    let (peer, grandchild) = try await peerWithGrandchild(in: group)
    // `trap '' TERM` is inherited: neither the shell nor its `sleep` stops on SIGTERM, only on the SIGKILL after it.
    let (stubborn, stubbornGrandchild) = try await peerWithGrandchild(in: group, prelude: "trap '' TERM")
    let everyone = [peer.processIdentifier, grandchild, stubborn.processIdentifier, stubbornGrandchild]

    // The terminal's signals (a Ctrl-C reaches the test's own group only, but a hang-up or a `kill` may reach the
    // watchdog) do not end it: it must live to end the group.
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { kill(group.id, signal) }
    try await Task.sleep(for: .milliseconds(500))
    #expect(ProcessLiveness.isRunning(group.id))

    // The stand-in holds the lifeline in place of this process, which lets go of its own end.
    let standIn = Process()
    standIn.executableURL = URL(fileURLWithPath: "/bin/sleep")
    standIn.arguments = ["300"]
    standIn.standardInput = FileHandle(fileDescriptor: group.lifeline, closeOnDealloc: false)
    try standIn.run()
    group.end()
    #expect(everyone.allSatisfy(ProcessLiveness.isRunning), "nothing ends while the stand-in lives")

    kill(standIn.processIdentifier, SIGKILL)
    let left = try await ProcessLiveness.waitGone(everyone, seconds: 30)
    #expect(left.isEmpty)
    // The watchdog is this process's child: reaped here, after it ended its group (and itself).
    var status: Int32 = 0
    #expect(waitpid(group.id, &status, 0) == group.id)
    for pid in left { kill(pid, SIGKILL) }
  }

  @Test func theEndOfTheLifelineEndsTheGroupAsANormalExitDoes() async throws {
    let group = try PeerProcessGroup(grace: 1)
    let (peer, grandchild) = try await peerWithGrandchild(in: group)
    group.end()
    let left = try await ProcessLiveness.waitGone([peer.processIdentifier, grandchild], seconds: 30)
    #expect(left.isEmpty)
    var status: Int32 = 0
    #expect(waitpid(group.id, &status, 0) == group.id)
    for pid in left { kill(pid, SIGKILL) }
  }

  @Test func peersJoinTheSharedGroup() async throws {
    let peer = try PeerProcess("/bin/sh", ["-c", "echo ready; exec sleep 60"])
    _ = try await peer.waitForLine(startingWith: "ready")
    #expect(getpgid(peer.processIdentifier) == (try PeerProcessGroup.shared.get().id))
    peer.stop()
  }
}
