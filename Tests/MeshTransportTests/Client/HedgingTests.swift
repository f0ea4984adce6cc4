import MeshCore
import MeshTestSupport
import MeshTransport
import Testing

@Suite("Hedging against a grpcio server (A6)")
struct HedgingTests {
  @Test func aHedgeAnswersWhenTheFirstAttemptHangs() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try await FlakyPeer()
    let config = """
      {"methodConfig": [{"name": [{"service": "mesh.test.Flaky", "method": "Hang"}],
        "hedgingPolicy": {"maxAttempts": 3, "hedgingDelay": "0.2s", "nonFatalStatusCodes": ["UNAVAILABLE"]}}]}
      """
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port, configuration: .retrying(config), group: group)
    defer { channel.close() }
    let response = try await GRPCClient(transport: channel).unary(
      FlakyPeer.hang, request: RawMessage([4, 2]), options: CallOptions(timeout: .seconds(20)))
    #expect(response.message.bytes == [4, 2])
    // The second attempt answered; the first, still hanging, was cancelled once the call committed.
    var stats = try await peer.stats(group: group)
    for _ in 0..<100 where stats.cancelled == 0 {
      try await Task.sleep(for: .milliseconds(50))
      stats = try await peer.stats(group: group)
    }
    #expect(stats.cancelled == 1)
    #expect(stats.by_attempt["0"] == 1)
    #expect(stats.by_attempt["1"] == 1)
    // A third hedge goes only if the second has not answered within 0.2 s (a loaded machine): at most one.
    #expect((stats.by_attempt["2"] ?? 0) <= 1)
    #expect(stats.by_attempt["3"] == nil)
  }

  @Test func allHedgesFailingEndTheCallWithTheLastFailure() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try await FlakyPeer(["--fail-rate", "1"])
    let config = """
      {"methodConfig": [{"name": [{"service": "mesh.test.Flaky"}],
        "hedgingPolicy": {"maxAttempts": 4, "hedgingDelay": "1s", "nonFatalStatusCodes": ["UNAVAILABLE"]}}]}
      """
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port, configuration: .retrying(config), group: group)
    defer { channel.close() }
    let error = await #expect(throws: RPCError.self) {
      _ = try await GRPCClient(transport: channel).unary(FlakyPeer.unary, request: RawMessage([1]))
    }
    #expect(error?.code == .unavailable)
    // Each non-fatal failure sent the next hedge at once, without waiting the second of hedgingDelay.
    #expect(try await peer.stats(group: group).calls == 4)
  }
}
