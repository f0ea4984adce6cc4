import MeshCore
import MeshTransport

/// A server on a free loopback port plus a channel to it, torn down by `withEchoServer`.
struct TestHarness {
  let server: GRPCServer
  let address: SocketAddress
  let group: EventLoopGroup
  let probe: EchoService.Probe

  func client(_ configuration: GRPCChannel.Configuration = .init()) -> (GRPCClient, GRPCChannel) {
    let channel = GRPCChannel(host: "127.0.0.1", port: address.port, configuration: configuration, group: group)
    return (GRPCClient(transport: channel), channel)
  }
}

/// Runs `body` against a fresh echo server; shuts everything down afterwards, even when `body` throws.
func withEchoServer<R>(limits: ServerLimits = ServerLimits(),
                       _ body: (TestHarness) async throws -> R) async throws -> R {
  let group = EventLoopGroup(threads: 2)
  let probe = EchoService.Probe()
  let server = GRPCServer(services: [EchoService(probe: probe)],
                          configuration: .init(host: "127.0.0.1", port: 0, limits: limits), group: group)
  let address = try server.start()
  let harness = TestHarness(server: server, address: address, group: group, probe: probe)
  do {
    let result = try await body(harness)
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
    return result
  } catch {
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
    throw error
  }
}

/// Polls `condition` until it holds or about five seconds pass (no timed assertion: it only waits).
func eventually(_ condition: () -> Bool) async -> Bool {
  for _ in 0..<500 {
    if condition() { return true }
    try? await Task.sleep(for: .milliseconds(10))
  }
  return condition()
}
