import MeshCore
import MeshTransport
import Synchronization
import Testing

/// A resolver whose answer the test changes, over real servers on several loopback addresses.
final class MovingResolver: NameResolver {
  let answer: Mutex<[SocketAddress]>
  let lookups = Atomic(0)

  init(_ addresses: [SocketAddress]) { answer = Mutex(addresses) }

  func move(to addresses: [SocketAddress]) { answer.withLock { $0 = addresses } }

  func resolve(_ target: GRPCChannel.Target) async throws -> [SocketAddress] {
    lookups.add(1, ordering: .relaxed)
    return answer.withLock { $0 }
  }
}

@Suite("Name resolution: off the loop, again on disconnect and periodically")
struct NameResolutionTests {
  private func server(on host: String, group: EventLoopGroup) throws -> (GRPCServer, SocketAddress, EchoService.Probe) {
    let probe = EchoService.Probe()
    let server = GRPCServer(services: [EchoService(probe: probe)], configuration: .init(host: host, port: 0), group: group)
    return (server, try server.start(), probe)
  }

  private func configuration(_ resolver: MovingResolver, refresh: Duration?) -> GRPCChannel.Configuration {
    var configuration = GRPCChannel.Configuration()
    configuration.backoff = ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(100))
    configuration.nameResolution = NameResolution(resolver: resolver, refreshInterval: refresh,
                                                  minimumInterval: .milliseconds(50),
                                                  backoff: ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(100)))
    return configuration
  }

  @Test func theChannelFollowsAServiceThatMovesWhenItsServerGoesAway() async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let (old, oldAddress, oldProbe) = try server(on: "127.0.0.2", group: group)
    let (new, newAddress, newProbe) = try server(on: "127.0.0.3", group: group)
    let resolver = MovingResolver([oldAddress])
    let channel = try GRPCChannel(host: "echo.mesh.test", port: 1, configuration: configuration(resolver, refresh: nil), group: group)
    defer { channel.close() }
    let client = GRPCClient(transport: channel)
    _ = try await client.unary(EchoService.unary, request: RawMessage([1]), options: CallOptions(waitForReady: true))
    #expect(oldProbe.calls.load(ordering: .relaxed) == 1)
    // The service moves: the name now points at the new address, and the old server drains and goes.
    resolver.move(to: [newAddress])
    await old.shutdown(gracePeriod: .seconds(1))
    let response = try await client.unary(EchoService.unary, request: RawMessage([2]),
                                          options: CallOptions(timeout: .seconds(10), waitForReady: true))
    #expect(response.message.bytes == [2])
    #expect(newProbe.calls.load(ordering: .relaxed) == 1)
    #expect(channel.addresses == [newAddress])
    #expect(resolver.lookups.load(ordering: .relaxed) >= 2)
    await new.shutdown()
  }

  @Test func periodicLookupsAddNewAddresses() async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let (first, firstAddress, _) = try server(on: "127.0.0.2", group: group)
    let (second, secondAddress, secondProbe) = try server(on: "127.0.0.4", group: group)
    let resolver = MovingResolver([firstAddress])
    var configuration = configuration(resolver, refresh: .milliseconds(100))
    configuration.loadBalancing = .roundRobin
    let channel = try GRPCChannel(host: "echo.mesh.test", port: 1, configuration: configuration, group: group)
    defer { channel.close() }
    resolver.move(to: [firstAddress, secondAddress])
    #expect(await eventually { channel.addresses == [firstAddress, secondAddress] })
    let client = GRPCClient(transport: channel)
    for _ in 0..<10 {
      _ = try await client.unary(EchoService.unary, request: RawMessage([1]), options: CallOptions(waitForReady: true))
    }
    #expect(secondProbe.calls.load(ordering: .relaxed) >= 1)
    await first.shutdown()
    await second.shutdown()
  }

  @Test func systemResolverLooksUpLocalhostWithGetaddrinfo() async throws {
    let addresses = try await SystemNameResolver().resolve(.init(host: "localhost", port: 8080))
    #expect(addresses.contains(SocketAddress(host: "127.0.0.1", port: 8080)))
    try await withEchoServer { harness in
      let channel = try GRPCChannel(host: "localhost", port: harness.address.port, group: harness.group)
      defer { channel.close() }
      let response = try await GRPCClient(transport: channel).unary(
        EchoService.unary, request: RawMessage([3]), options: CallOptions(timeout: .seconds(5)))
      #expect(response.message.bytes == [3])
    }
  }

  @Test func anUnknownNameFailsFastWithUnavailable() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    var configuration = GRPCChannel.Configuration()
    configuration.nameResolution.refreshInterval = nil
    let channel = try GRPCChannel(host: "no-such-host.invalid", port: 443, configuration: configuration, group: group)
    defer { channel.close() }
    let error = await #expect(throws: RPCError.self) {
      _ = try await GRPCClient(transport: channel).unary(EchoService.unary, request: RawMessage([1]))
    }
    #expect(error?.code == .unavailable)
    #expect(error?.message.contains("cannot resolve no-such-host.invalid") == true)
  }
}
