import MeshCore
import Testing

@Suite("In-memory server transport: RPCServer without sockets")
struct InMemoryServerTransportTests {
  let log = CallLog()

  /// The client connected to a transport reaches that server's handlers, with its peer name.
  @Test func rpcServerServesItsServicesThroughTheTransportsClient() async throws {
    let server = RPCServer(transport: InMemoryServerTransport(peer: "in-memory-a"), services: [RawEchoService(log: log)],
                           interceptors: [RecordingInterceptor(name: "outer", log: log)])
    let client = GRPCClient(transport: try server.start())
    let response = try await client.unary(RawEchoService.unary, request: RawMessage([4, 2]))
    #expect(response.message.bytes == [4, 2])
    #expect(log.all == ["outer in", "handler", "outer out"])
    #expect(server.transport.peer == "in-memory-a")
    await server.shutdown(gracePeriod: .seconds(1))
  }

  /// Calls before the server started, or after it shut down, are refused with UNAVAILABLE.
  @Test func callsOutsideTheServingTimeAreUnavailable() async throws {
    let transport = InMemoryServerTransport()
    let client = GRPCClient(transport: transport.clientTransport)
    let early = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.unary, request: RawMessage([1]))
    }
    #expect(early?.code == .unavailable)
    let server = RPCServer(transport: transport, services: [RawEchoService(log: log)])
    try server.start()
    #expect(try await client.unary(RawEchoService.unary, request: RawMessage([1])).message.bytes == [1])
    await server.shutdown(gracePeriod: .seconds(1))
    let late = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.unary, request: RawMessage([1]))
    }
    #expect(late?.code == .unavailable)
    #expect(late?.message == "The server is shutting down.")
    #expect(throws: RPCError.self) { try server.start() }
  }

  /// `InMemoryTransport` is that pair: its shutdown cuts a call short after the grace period.
  @Test func inMemoryTransportShutdownEndsWhatOutlastsTheGracePeriod() async throws {
    let transport = InMemoryTransport(services: [RawEchoService(log: log)], peer: "pair")
    let client = GRPCClient(transport: transport)
    let call = Task { try await client.unary(RawEchoService.sleep, request: RawMessage([])) }
    #expect(await eventually { log.calls.load(ordering: .relaxed) == 1 })
    await transport.shutdown(gracePeriod: .milliseconds(50))
    let error = await #expect(throws: RPCError.self) { _ = try await call.value }
    #expect(error?.code == .unavailable)
    #expect(log.cancelledCalls.load(ordering: .relaxed) == 1)
  }
}
