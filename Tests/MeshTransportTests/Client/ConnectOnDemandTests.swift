import MeshCore
import MeshTestSupport
@testable import MeshTransport
import Testing

/// A channel whose connection attempts failed long enough for the backoff delay to grow reaches a server
/// that started meanwhile when a call asks for it (connect on demand) or when told the server is back
/// (`resetConnectBackoff`), not when the grown delay is over.
@Suite("Channels: connect on demand and backoff reset")
struct ConnectOnDemandTests {
  /// Delays of 0.3 s, then 9 s (×30, no jitter): after the second failed attempt the next timed one is
  /// 9 s away, longer than anything below waits.
  private static var slowBackoff: GRPCChannel.Configuration {
    var configuration = GRPCChannel.Configuration()
    configuration.backoff = ConnectionBackoff(initial: .milliseconds(300), multiplier: 30, jitter: 0, maximum: .seconds(60))
    return configuration
  }

  /// Runs `body` with a channel to a port nothing listens on (yet), once its two first attempts have
  /// failed (the second 0.3 s after the first); then closes the channel and stops the loop. The port is
  /// held by a socket that never listens (`RefusingPort`) until a test's own server listens on it: a port
  /// merely freed once went to another test's server in the same run, and "nothing listens" connected.
  private static func withChannelBackingOff(_ body: (GRPCChannel, RefusingPort, EventLoopGroup) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let refusing = try RefusingPort()
    defer { refusing.close() }
    let channel = try GRPCChannel(host: "127.0.0.1", port: refusing.port, configuration: slowBackoff, group: group)
    defer { channel.close() }
    try await Task.sleep(for: .milliseconds(800))
    // The second attempt is due at 0.3 s, but a starved loop (a whole suite in parallel on two cores) can
    // start it later: still running when the test's server listens, it connects, and "the next attempt is
    // ~9 s away" no longer holds (CI, 2026-12-06). So the tests begin once it has failed, not at a time.
    let settled = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < settled,
          !channel.state.withLock({ $0.connectAttempts >= 2 && !$0.states.values.contains(.connecting) }) {
      try await Task.sleep(for: .milliseconds(10))
    }
    try await body(channel, refusing, group)
  }

  /// A server on the refusing port, which is given up once the server listens: the server that "came
  /// back". Closed before the bind, the port once went in between to another connection, and the bind
  /// failed with EADDRINUSE; both sockets set SO_REUSEPORT, so the server binds while the port is held.
  private static func serverComingBack(on refusing: RefusingPort, probe: EchoService.Probe, group: EventLoopGroup) throws -> GRPCServer {
    let server = GRPCServer(services: [EchoService(probe: probe)], configuration: .init(port: refusing.port), group: group)
    try server.start()
    refusing.close()
    return server
  }

  @Test func failFastCallConnectsOnDemandInsteadOfWaitingOutTheDelay() async throws {
    try await Self.withChannelBackingOff { channel, refusing, group in
      let probe = EchoService.Probe()
      let server = try Self.serverComingBack(on: refusing, probe: probe, group: group)
      let started = ContinuousClock.now
      let outcome: Result<[UInt8], any Error>
      do {
        outcome = .success(try await GRPCClient(transport: channel).unary(
          EchoService.unary, request: RawMessage([5]), options: CallOptions(timeout: .seconds(3))).message.bytes)
      } catch {
        outcome = .failure(error)
      }
      print("connect on demand: the call ended after \(ContinuousClock.now - started)")
      await server.shutdown()
      // Without the demand the call fails at once (every address failed; the next attempt is ~9 s away).
      #expect(try outcome.get() == [5])
      #expect(probe.calls.load(ordering: .relaxed) == 1)
    }
  }

  @Test func callsWhileNothingListensFailAndDemandAtMostOneAttemptPerFirstDelay() async throws {
    try await Self.withChannelBackingOff { channel, _, _ in
      let client = GRPCClient(transport: channel)
      var codes: [Status.Code] = []
      let attemptsBefore = channel.state.withLock { $0.connectAttempts }
      let started = ContinuousClock.now
      for _ in 0..<200 {
        do {
          _ = try await client.unary(EchoService.unary, request: RawMessage([1]), options: CallOptions(timeout: .seconds(2)))
        } catch let error as RPCError {
          codes.append(error.code)
        }
      }
      let elapsed = (ContinuousClock.now - started).seconds
      let attempts = channel.state.withLock { $0.connectAttempts } - attemptsBefore
      print("200 calls while nothing listens: \(attempts) connect attempts in \(elapsed) s")
      #expect(codes.count == 200 && codes.allSatisfy { $0 == .unavailable })
      // A demand per 0.3 s at most (plus the one started as the burst began), not one per call.
      #expect(attempts >= 1 && attempts <= 2 + Int(elapsed / 0.3), "\(attempts) attempts in \(elapsed) s")
      #expect(channel.connectionsEstablished == 0)
    }
  }

  /// A starved loop can still be making a timed attempt when the server comes back (the settle wait gave up, CI
  /// 2026-12-07: the channel was ready before the reset), and such a run says nothing about the reset: the scenario
  /// is run again, up to three times, and it is an issue only when no run could test the reset.
  @Test func resetConnectBackoffConnectsNowToAServerThatCameBack() async throws {
    var tested = false
    for _ in 0..<3 where !tested {
      try await Self.withChannelBackingOff { channel, refusing, group in
        let attemptsBefore = channel.state.withLock { $0.connectAttempts }
        let server = try Self.serverComingBack(on: refusing, probe: EchoService.Probe(), group: group)
        try await Task.sleep(for: .milliseconds(300))
        guard channel.state.withLock({ $0.connectAttempts }) == attemptsBefore, !channel.hasReadyConnection else {
          await server.shutdown()
          return
        }
        tested = true
        channel.resetConnectBackoff()
        let deadline = ContinuousClock.now + .seconds(3)
        while !channel.hasReadyConnection && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        let ready = channel.hasReadyConnection
        await server.shutdown()
        #expect(ready)
        #expect(channel.connectionsEstablished >= 1)
      }
    }
    #expect(tested, "a timed attempt came before the reset in each of three runs: the reset was never tested")
  }
}
