import MeshCore
import MeshTestSupport
import MeshTransport
import Testing

/// A client that gets the server's status while its request is still open resets the stream with NO_ERROR
/// (RFC 9113 8.1, as grpc-go and grpc-core do), drops the request bytes still queued, and fails later sends
/// cleanly; a client whose END_STREAM went out first sends no reset. Against a raw h2 server
/// (`Peers/early_status_peer.py`) that grants no stream window for requests, so most of a large request stays queued.
@Suite struct EarlyStatusResetTests {
  private static let script = Repository.root.appendingPathComponent("Tests/MeshTransportTests/Peers/early_status_peer.py").path

  private static func method(_ name: String) -> MethodDescriptor {
    MethodDescriptor(service: "mesh.test.Early", method: name)
  }

  /// The request DATA bytes the peer got on `stream`, from its line, and how the stream ended there.
  private static func outcome(_ peer: PeerProcess, stream: Int32) async throws -> (how: String, received: Int) {
    let line = try await peer.waitForLine(startingWith: "stream \(stream) ", seconds: 30)
    let words = line.split(separator: " ")
    let received = words.last.flatMap { Int($0) } ?? -1
    return (words.dropFirst(2).dropLast(2).joined(separator: " "), received)
  }

  /// A deadline, so that a call the peer never answers fails the test instead of hanging it.
  private static var options: CallOptions {
    var options = CallOptions()
    options.timeout = .seconds(30)
    return options
  }

  private func withPeer(_ body: (GRPCChannel, PeerProcess) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try PeerProcess(try Repository.python, [Self.script])
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on", seconds: 180))
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, group: group)
    defer { channel.close() }
    try await body(channel, peer)
  }

  @Test func aStatusWithTheRequestOpenResetsItWithNoError() async throws {
    try await withPeer { channel, peer in
      let call = try await channel.openCall(method: Self.method("Early"), metadata: [], options: Self.options)
      // 1 MiB against a 64 KiB window: the rest is queued when the status comes, and the sender waits for room.
      let size = 1 << 20
      let sending = Task { try await call.send([UInt8](repeating: 7, count: size), compress: false) }
      let (status, _) = await call.finalStatus()
      #expect(status.code == .ok)
      let (how, received) = try await Self.outcome(peer, stream: 1)
      #expect(how == "reset 0")
      // The queued bytes were dropped, not sent after the status.
      #expect(received > 0 && received <= 65_535)
      // The waiting sender and any later send fail with an error, none hangs or crashes.
      await #expect(throws: RPCError.self) { try await sending.value }
      await #expect(throws: RPCError.self) { try await call.send([1, 2, 3], compress: false) }
      try await call.closeSending()
      #expect(try await call.receive() == nil)

      // The connection goes on: the next call's request ends first, so its stream closes without a reset.
      let next = try await channel.openCall(method: Self.method("AfterEnd"), metadata: [], options: Self.options)
      try await next.send([1, 2, 3], compress: false)
      try await next.closeSending()
      #expect(await next.finalStatus().0.code == .ok)
      let (nextHow, nextReceived) = try await Self.outcome(peer, stream: 3)
      #expect(nextHow == "ended")
      #expect(nextReceived == 8)
      #expect(!peer.text.contains("stream 3 reset"))
    }
  }
}
