import MeshCore
@testable import MeshTransport
import Testing

@Suite("Channels: balancing, readiness, reconnection, shutdown")
struct ChannelTests {
  private func startServer(group: EventLoopGroup, port: Int = 0) throws -> (GRPCServer, SocketAddress, EchoService.Probe) {
    let probe = EchoService.Probe()
    let server = GRPCServer(services: [EchoService(probe: probe)], configuration: .init(port: port), group: group)
    return (server, try server.start(), probe)
  }

  /// A port below Linux's ephemeral range (32768-60999) where a server could start and was stopped again, so that
  /// nothing listens there. A port the kernel hands out could meanwhile become the source port of another test's
  /// connection, or of the channel's own attempts to reach it (a TCP self-connect), and the server's second start
  /// there then failed with "address already in use" (seen once in CI while other processes were connecting).
  private func unusedPortBelowEphemeralRange(group: EventLoopGroup) async throws -> Int {
    for port in (20_000..<32_000).shuffled().prefix(50) {
      guard let (server, _, _) = try? startServer(group: group, port: port) else { continue }
      await server.shutdown()
      return port
    }
    throw NoUnusedPort()
  }

  /// No port of the tried ones below the ephemeral range was free.
  private struct NoUnusedPort: Error {}

  private var fastBackoff: GRPCChannel.Configuration {
    var configuration = GRPCChannel.Configuration()
    configuration.backoff = ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(100))
    return configuration
  }

  @Test func roundRobinSpreadsCallsOverServers() async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let (first, firstAddress, firstProbe) = try startServer(group: group)
    let (second, secondAddress, secondProbe) = try startServer(group: group)
    var configuration = fastBackoff
    configuration.loadBalancing = .roundRobin
    let channel = try GRPCChannel(targets: [.init(host: "127.0.0.1", port: firstAddress.port),
                                        .init(host: "127.0.0.1", port: secondAddress.port)],
                              configuration: configuration, group: group)
    let client = GRPCClient(transport: channel)
    // Wait until both are connected, then count.
    _ = try await client.unary(EchoService.unary, request: RawMessage([1]), options: CallOptions(waitForReady: true))
    try await Task.sleep(for: .milliseconds(200))
    let before = (firstProbe.calls.load(ordering: .relaxed), secondProbe.calls.load(ordering: .relaxed))
    for _ in 0..<20 { _ = try await client.unary(EchoService.unary, request: RawMessage([1])) }
    let firstCalls = firstProbe.calls.load(ordering: .relaxed) - before.0
    let secondCalls = secondProbe.calls.load(ordering: .relaxed) - before.1
    #expect(firstCalls == 10 && secondCalls == 10)
    channel.close()
    await first.shutdown()
    await second.shutdown()
  }

  @Test func pickFirstFailsOverWhenTheFirstServerGoesAway() async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let (first, firstAddress, _) = try startServer(group: group)
    let (second, secondAddress, secondProbe) = try startServer(group: group)
    let channel = try GRPCChannel(targets: [.init(host: "127.0.0.1", port: firstAddress.port),
                                        .init(host: "127.0.0.1", port: secondAddress.port)],
                              configuration: fastBackoff, group: group)
    let client = GRPCClient(transport: channel)
    _ = try await client.unary(EchoService.unary, request: RawMessage([1]), options: CallOptions(waitForReady: true))
    await first.shutdown()
    // After the first server's GOAWAY, calls go to the second.
    let response = try await client.unary(EchoService.unary, request: RawMessage([2]), options: CallOptions(waitForReady: true))
    #expect(response.message.bytes == [2])
    #expect(secondProbe.calls.load(ordering: .relaxed) >= 1)
    channel.close()
    await second.shutdown()
  }

  @Test func failFastCallIsUnavailableWhenNothingListens() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let channel = try GRPCChannel(host: "127.0.0.1", port: 1, configuration: fastBackoff, group: group)
    let error = await #expect(throws: RPCError.self) {
      _ = try await GRPCClient(transport: channel).unary(EchoService.unary, request: RawMessage([1]))
    }
    #expect(error?.code == .unavailable)
    channel.close()
  }

  @Test func waitForReadyCallWaitsForTheServerToStart() async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let port = try await unusedPortBelowEphemeralRange(group: group)
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, configuration: fastBackoff, group: group)
    let client = GRPCClient(transport: channel)
    let call = Task {
      try await client.unary(EchoService.unary, request: RawMessage([7]), options: CallOptions(timeout: .seconds(10), waitForReady: true))
    }
    try await Task.sleep(for: .milliseconds(300))
    let (server, _, _) = try startServer(group: group, port: port)
    let response = try await call.value
    #expect(response.message.bytes == [7])
    channel.close()
    await server.shutdown()
  }

  @Test func waitForReadyCallHonoursItsDeadline() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let channel = try GRPCChannel(host: "127.0.0.1", port: 1, configuration: fastBackoff, group: group)
    let error = await #expect(throws: RPCError.self) {
      _ = try await GRPCClient(transport: channel).unary(
        EchoService.unary, request: RawMessage([1]), options: CallOptions(timeout: .milliseconds(300), waitForReady: true))
    }
    #expect(error?.code == .deadlineExceeded)
    channel.close()
  }

  @Test func gracefulShutdownFinishesCallsInFlightAndRefusesNewOnes() async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let (server, address, _) = try startServer(group: group)
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, configuration: fastBackoff, group: group)
    let client = GRPCClient(transport: channel)
    // A streaming call in flight: it sends its last message after the shutdown has begun.
    let inFlight = Task {
      try await client.clientStreaming(EchoService.collect) { writer in
        try await writer.write(RawMessage([1]))
        try await Task.sleep(for: .milliseconds(400))
        try await writer.write(RawMessage([2]))
      }
    }
    try await Task.sleep(for: .milliseconds(150))
    let shutdown = Task { await server.shutdown(gracePeriod: .seconds(5)) }
    try await Task.sleep(for: .milliseconds(150))
    let response = try await inFlight.value
    #expect(response.message.bytes == [1, 2])
    await shutdown.value
    let error = await #expect(throws: RPCError.self) {
      _ = try await client.unary(EchoService.unary, request: RawMessage([1]))
    }
    #expect(error?.code == .unavailable)
    channel.close()
  }

  @Test func keepalivePingsKeepAnIdleConnectionUsable() async throws {
    // The server must permit pings this frequent, and without calls (its defaults refuse them, as gRPC's).
    var limits = ServerLimits()
    limits.minPingInterval = .milliseconds(10)
    limits.permitPingsWithoutCalls = true
    try await withEchoServer(limits: limits) { harness in
      var configuration = GRPCChannel.Configuration()
      // A generous timeout: what is tested is that the pings are answered and leave the connection up, not
      // how fast a loaded machine answers (a 2 s timeout closed the connection once under load ~20).
      configuration.keepalive = Keepalive(interval: .milliseconds(50), timeout: .seconds(60), permitWithoutCalls: true)
      let (client, channel) = try harness.client(configuration)
      defer { channel.close() }
      _ = try await client.unary(EchoService.unary, request: RawMessage([1]))
      // Held, so that a new connection cannot take its address.
      let connection = try #require(channel.state.withLock { $0.readyInOrder.first?.connection })
      // Waits for the event, several answered pings on the idle connection, within a generous bound.
      for _ in 0..<3_000 where channel.keepaliveAcknowledgements < 5 { try await Task.sleep(for: .milliseconds(10)) }
      #expect(channel.keepaliveAcknowledgements >= 5)
      let response = try await client.unary(EchoService.unary, request: RawMessage([2]))
      #expect(response.message.bytes == [2])
      // The same connection carried both calls: the server took the pings (no GOAWAY too_many_pings).
      #expect(channel.state.withLock { $0.readyInOrder.first?.connection }?.value === connection.value)
    }
  }
}
