import MeshCore
import MeshTestSupport
import MeshTransport
import Synchronization
import Testing

@Suite("Retries against a grpcio server that fails calls (A6)")
struct RetryTests {
  private static func retryConfig(maxAttempts: Int = 5, method: String = "", throttling: String = "") -> String {
    """
    {"methodConfig": [{"name": [{"service": "mesh.test.Flaky"\(method.isEmpty ? "" : ", \"method\": \"\(method)\"")}],
      "retryPolicy": {"maxAttempts": \(maxAttempts), "initialBackoff": "0.01s", "maxBackoff": "0.05s",
                      "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}]
     \(throttling.isEmpty ? "" : ", \"retryThrottling\": \(throttling)")}
    """
  }

  /// Makes `count` calls one after another; returns how many succeeded.
  private func run(_ count: Int, _ client: GRPCClient) async -> Int {
    var succeeded = 0
    for index in 0..<count {
      let request = RawMessage(Array("call \(index)".utf8))
      if let response = try? await client.unary(FlakyPeer.unary, request: request), response.message == request {
        succeeded += 1
      }
    }
    return succeeded
  }

  @Test func retriesHideAThirtyPercentFailureRate() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let calls = 300
    // Without a policy: the failures reach the application.
    let plainPeer = try await FlakyPeer(["--fail-rate", "0.3", "--seed", "7"])
    let plain = try GRPCChannel(host: "127.0.0.1", port: plainPeer.port, group: group)
    let plainSucceeded = await run(calls, GRPCClient(transport: plain))
    plain.close()
    // With up to 5 attempts, on a server with the same sequence of failures.
    let peer = try await FlakyPeer(["--fail-rate", "0.3", "--seed", "7"])
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port,
                                  configuration: .retrying(Self.retryConfig()), group: group)
    defer { channel.close() }
    let succeeded = await run(calls, GRPCClient(transport: channel))
    let stats = try await peer.stats(group: group)
    print("retry figures: \(calls) calls on a 30%-failing grpcio server: \(plainSucceeded) succeed without retries, "
          + "\(succeeded) with maxAttempts 5; server saw \(stats.calls) attempts, \(stats.failed) failed, by previous attempts \(stats.by_attempt)")
    #expect(plainSucceeded < calls * 80 / 100)
    #expect(succeeded >= calls * 99 / 100)
    // Each retried attempt carried grpc-previous-rpc-attempts, and none went past the fifth attempt.
    #expect((stats.by_attempt["1"] ?? 0) > 0)
    #expect(stats.by_attempt.keys.allSatisfy { (Int($0) ?? 99) <= 4 })
    #expect(stats.calls == stats.failed + succeeded)
  }

  @Test func retriesStopWhenTheThrottleBudgetIsSpent() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try await FlakyPeer(["--fail-rate", "1"])
    let config = Self.retryConfig(throttling: #"{"maxTokens": 10, "tokenRatio": 0.1}"#)
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port, configuration: .retrying(config), group: group)
    defer { channel.close() }
    let succeeded = await run(10, GRPCClient(transport: channel))
    let stats = try await peer.stats(group: group)
    print("throttle figures: 10 calls on an always-failing server, maxTokens 10: \(stats.calls) attempts, tokens left \(channel.retryThrottle?.snapshot.tokens ?? -1)")
    #expect(succeeded == 0)
    // The first call spends 5 tokens on 5 attempts (10 → 5, the threshold); every later call makes one
    // attempt, which spends one more token and is not retried: 5 + 9 attempts in all.
    #expect(stats.calls == 14)
    #expect(channel.retryThrottle?.snapshot.tokens == 0)
  }

  @Test func serverPushbackIsHonoured() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try await FlakyPeer()
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port,
                                  configuration: .retrying(Self.retryConfig(maxAttempts: 3)), group: group)
    defer { channel.close() }
    let client = GRPCClient(transport: channel)
    // "-1": do not retry.
    let stop = await #expect(throws: RPCError.self) {
      _ = try await client.unary(FlakyPeer.pushback, request: RawMessage(Array("-1".utf8)))
    }
    #expect(stop?.code == .unavailable)
    #expect(try await peer.stats(group: group).calls == 1)
    // "150": retry after 150 ms each time, until the attempts run out.
    let start = ContinuousClock.now
    await #expect(throws: RPCError.self) {
      _ = try await client.unary(FlakyPeer.pushback, request: RawMessage(Array("150".utf8)))
    }
    let elapsed = ContinuousClock.now - start
    #expect(try await peer.stats(group: group).calls == 4)
    #expect(elapsed >= .milliseconds(300))  // two pushback waits at least: a lower bound, not a speed test
  }

  @Test func aClientStreamIsReplayedFromItsBuffer() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try await FlakyPeer()
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port,
                                  configuration: .retrying(Self.retryConfig()), group: group)
    defer { channel.close() }
    let response = try await GRPCClient(transport: channel).clientStreaming(FlakyPeer.failFirst) { writer in
      for part in ["a", "b", "c"] { try await writer.write(RawMessage(Array(part.utf8))) }
    }
    #expect(response.message.bytes == Array("abc".utf8))
    #expect(try await peer.stats(group: group).by_attempt == ["0": 1, "1": 1])
  }

  @Test func aStreamPastThePerCallBufferIsCommittedAndNotRetried() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try await FlakyPeer()
    var configuration = try GRPCChannel.Configuration.retrying(Self.retryConfig())
    configuration.retryBufferBytesPerCall = 1024
    let channel = try GRPCChannel(host: "127.0.0.1", port: peer.port, configuration: configuration, group: group)
    defer { channel.close() }
    let error = await #expect(throws: RPCError.self) {
      _ = try await GRPCClient(transport: channel).clientStreaming(FlakyPeer.failFirst) { writer in
        for _ in 0..<4 { try await writer.write(RawMessage([UInt8](repeating: 1, count: 512))) }
      }
    }
    #expect(error?.code == .unavailable)
    #expect(try await peer.stats(group: group).calls == 1)
    #expect(channel.retryBufferPool.bytesInUse == 0)
  }

  @Test(arguments: ["refuse", "goaway"])
  func aStreamTheServerNeverSawIsRetriedTransparently(mode: String) async throws {
    try await withRefusingPeer(mode: mode) { channel, peer in
      // No retry policy: only A6's transparent retry can save this call.
      let response = try await GRPCClient(transport: channel).unary(
        FlakyPeer.unary, request: RawMessage([9, 9]), options: CallOptions(timeout: .seconds(10)))
      #expect(response.message.bytes == [9, 9])
      _ = try await peer.waitForLine(startingWith: "request 2")
      // A transparent retry is not a retry of the policy: no grpc-previous-rpc-attempts.
      #expect(peer.text.contains("request 2 previous=0"))
    }
  }

  /// The requests a caller sent before the server turned the stream away are replayed on the transparent
  /// retry, in order, and the retry's requests end with the caller's.
  @Test(arguments: ["refuse", "goaway"])
  func aRequestStreamTheServerNeverSawIsReplayedTransparently(mode: String) async throws {
    try await withRefusingPeer(mode: mode) { channel, peer in
      let echoed = try await GRPCClient(transport: channel).bidirectionalStreaming(
        FlakyPeer.method("Echo", .bidirectionalStreaming), options: CallOptions(timeout: .seconds(10))
      ) { writer, responses in
        for part in ["a", "b", "c"] { try await writer.write(RawMessage(Array(part.utf8))) }
        try await writer.finish()
        var echoed: [String] = []
        for try await response in responses { echoed.append(String(decoding: response.bytes, as: UTF8.self)) }
        return echoed
      }
      #expect(echoed == ["a", "b", "c"])
      _ = try await peer.waitForLine(startingWith: "request 2")
    }
  }

  /// An end observer of a call with no retry policy (how a gateway's cluster counts a call's end without a
  /// task) is told once, of the transparent retry's end: the refused attempt's end is not the call's.
  @Test(arguments: ["refuse", "goaway"])
  func anEndObserverIsToldOnceOfTheTransparentRetrysEnd(mode: String) async throws {
    try await withRefusingPeer(mode: mode) { channel, peer in
      let stream = try await RetryingCall.open(
        method: FlakyPeer.unary.descriptor, metadata: [], options: CallOptions(timeout: .seconds(10)), policy: nil,
        admission: nil, pool: channel.retryBufferPool
      ) { head in try await channel.openCall(method: head.method, metadata: head.metadata, options: head.options) }
      let ends = Mutex<[ClientCallEnd]>([])
      let observing = try #require(stream as? any CallEndObserving)
      observing.whenEnded { end in ends.withLock { $0.append(end) } }
      try await stream.send([9, 9], compress: false)
      try await stream.closeSending()
      var responses: [[UInt8]] = []
      while let message = try await stream.receive() { responses.append(message) }
      let (status, _) = await stream.finalStatus()
      #expect(status.code == .ok && responses == [[9, 9]])
      // The observer runs on the connection's loop as the call ends, maybe after `finalStatus` returned here.
      for _ in 0..<500 where ends.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(10)) }
      let told = ends.withLock { $0 }
      #expect(told.count == 1 && told.first?.status.code == .ok && told.first?.unprocessed == false)
      _ = try await peer.waitForLine(startingWith: "request 2")
      // One registered after the end is told at once.
      let late = Mutex(0)
      observing.whenEnded { end in if end.status.code == .ok { late.withLock { $0 += 1 } } }
      #expect(late.withLock { $0 } == 1)
    }
  }

  /// A channel with no retry policy to `refusing_peer.py MODE`, which turns its first stream away.
  private func withRefusingPeer(mode: String, _ body: (GRPCChannel, PeerProcess) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let peer = try PeerProcess(try Repository.python, [FlakyPeer.refusingScript, mode])
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on", seconds: 180))
    var configuration = GRPCChannel.Configuration()
    configuration.backoff = ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(100))
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, configuration: configuration, group: group)
    defer { channel.close() }
    try await body(channel, peer)
  }
}
