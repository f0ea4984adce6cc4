import MeshCore
import MeshTransport
import Synchronization
import Testing

/// The two server transports `RPCServer` serves on; each test below runs the same body over both.
enum ServerTransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case inMemory
  case http2

  var testDescription: String { rawValue }
}

/// Answers with the peer its context names, and holds a call until released (for drain tests).
private struct PeerService: RegistrableRPCService {
  static let peer = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Peer", method: "Peer"),
                                                      kind: .unary)
  static let held = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Peer", method: "Held"),
                                                      kind: .unary)

  /// What the held calls saw, and the switch that lets them finish.
  final class Gate: Sendable {
    let entered = Atomic<Int>(0)
    let released = Atomic<Bool>(false)
    let cancelled = Atomic<Int>(0)
  }
  let gate: Gate

  func registerMethods(with router: inout RPCRouter) {
    let gate = self.gate
    router.registerUnary(Self.peer) { _, context in RawMessage(Array(context.peer.utf8)) }
    router.registerUnary(Self.held) { request, _ in
      gate.entered.add(1, ordering: .relaxed)
      do {
        while !gate.released.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(5)) }
      } catch {
        gate.cancelled.add(1, ordering: .relaxed)
        throw error
      }
      return request
    }
  }
}

/// One `RPCServer` on a transport of the given kind, with a client of it; the peer string its handlers
/// must see tells which transport served a call.
private struct ServedRPCServer {
  let client: GRPCClient
  let servesPeer: @Sendable (String) -> Bool
  let shutdown: @Sendable (Duration) async -> Void
}

/// Serves `PeerService` behind `GatekeeperInterceptor` through `RPCServer` over `kind`, runs `body`, and
/// stops the server (and the channel, the event loops) afterwards, even when `body` throws.
private func withRPCServer(_ kind: ServerTransportKind, gate: PeerService.Gate = PeerService.Gate(),
                           _ body: (ServedRPCServer) async throws -> Void) async throws {
  let group = EventLoopGroup(threads: 1)
  defer { group.shutdown() }
  let (served, closeClient) = try await startRPCServer(kind, gate: gate, group: group)
  let outcome: Result<Void, any Error>
  do {
    try await body(served)
    outcome = .success(())
  } catch {
    outcome = .failure(error)
  }
  closeClient()
  await served.shutdown(.seconds(1))
  try outcome.get()
}

/// Starts the server and makes its client; what closes the client beside it.
private func startRPCServer(_ kind: ServerTransportKind, gate: PeerService.Gate, group: EventLoopGroup) async throws
  -> (ServedRPCServer, @Sendable () -> Void)
{
  let services: [any RegistrableRPCService] = [PeerService(gate: gate)]
  let interceptors: [any ServerInterceptor] = [GatekeeperInterceptor()]
  switch kind {
  case .inMemory:
    // A name of this run's own, so a peer string from anywhere else does not pass.
    let name = "in-memory-\(UInt64.random(in: 1...UInt64.max))"
    let server = RPCServer(transport: InMemoryServerTransport(peer: name), services: services, interceptors: interceptors)
    let client = try server.start()
    return (ServedRPCServer(client: GRPCClient(transport: client), servesPeer: { $0 == name },
                            shutdown: { await server.shutdown(gracePeriod: $0) }), {})
  case .http2:
    let transport = HTTP2ServerTransport(configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let server = RPCServer(transport: transport, services: services, interceptors: interceptors)
    let address = try server.start()
    do {
      let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
      return (ServedRPCServer(client: GRPCClient(transport: channel), servesPeer: { $0.hasPrefix("ipv4:127.0.0.1:") },
                              shutdown: { await server.shutdown(gracePeriod: $0) }), { channel.close() })
    } catch {
      await server.shutdown(gracePeriod: .seconds(1))
      throw error
    }
  }
}

/// Starts a `Held` call and waits until its handler runs.
private func startHeldCall(_ client: GRPCClient, gate: PeerService.Gate) async
  -> Task<ClientResponse<RawMessage>, any Error>
{
  let call = Task { try await client.unary(PeerService.held, request: RawMessage([7]), metadata: openKey) }
  #expect(await eventually { gate.entered.load(ordering: .relaxed) == 1 })
  return call
}

private let openKey: Metadata = [("x-key", "open")]

@Suite("RPCServer over each server transport")
struct ServerTransportTests {
  /// The same service and interceptor, served through `RPCServer` by either transport: the interceptor
  /// refuses and stamps, the handler answers, and the peer it sees is the serving transport's.
  @Test(arguments: ServerTransportKind.allCases)
  func serviceAndInterceptorServeThroughRPCServer(_ kind: ServerTransportKind) async throws {
    try await withRPCServer(kind) { served in
      let refused = await #expect(throws: RPCError.self) {
        _ = try await served.client.unary(PeerService.peer, request: RawMessage([]))
      }
      #expect(refused?.code == .permissionDenied)
      let response = try await served.client.unary(PeerService.peer, request: RawMessage([]), metadata: openKey)
      let peer = String(decoding: response.message.bytes, as: UTF8.self)
      #expect(served.servesPeer(peer), "peer \(peer) is not the \(kind) transport's")
      #expect(response.trailingMetadata.firstString(forKey: "x-checked-by") == "gatekeeper")
      let unknown = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Peer", method: "Nope"),
                                                      kind: .unary)
      let missing = await #expect(throws: RPCError.self) {
        _ = try await served.client.unary(unknown, request: RawMessage([]), metadata: openKey)
      }
      #expect(missing?.code == .unimplemented)
    }
  }

  /// A shutdown lets the call in flight finish with its response, and refuses calls made after it began.
  @Test(arguments: ServerTransportKind.allCases)
  func gracefulShutdownFinishesTheCallInFlightAndRefusesNewOnes(_ kind: ServerTransportKind) async throws {
    let gate = PeerService.Gate()
    try await withRPCServer(kind, gate: gate) { served in
      let client = served.client
      let inFlight = await startHeldCall(client, gate: gate)
      let shutdown = Task { await served.shutdown(.seconds(30)) }
      // The shutdown has begun once a new call is refused; until then new calls are still served.
      var refusal: RPCError?
      for _ in 0..<500 where refusal == nil {
        do {
          _ = try await client.unary(PeerService.peer, request: RawMessage([]), metadata: openKey)
          try await Task.sleep(for: .milliseconds(10))
        } catch let error as RPCError {
          refusal = error
        }
      }
      gate.released.store(true, ordering: .relaxed)
      let response = try await inFlight.value
      await shutdown.value
      #expect(refusal?.code == .unavailable)
      #expect(response.message.bytes == [7])
      #expect(gate.cancelled.load(ordering: .relaxed) == 0)
    }
  }

  /// A call still running when the grace period ends is cut short, and the shutdown returns.
  @Test(arguments: ServerTransportKind.allCases)
  func shutdownCutsShortWhatOutlastsTheGracePeriod(_ kind: ServerTransportKind) async throws {
    let gate = PeerService.Gate()
    try await withRPCServer(kind, gate: gate) { served in
      let client = served.client
      let inFlight = await startHeldCall(client, gate: gate)
      await served.shutdown(.milliseconds(100))
      let cut = await #expect(throws: RPCError.self) { _ = try await inFlight.value }
      #expect(cut?.code == .unavailable)
      #expect(await eventually { gate.cancelled.load(ordering: .relaxed) == 1 })
    }
  }

  /// A transport serves one router: starting it again fails instead of listening twice.
  @Test(arguments: ServerTransportKind.allCases)
  func aSecondStartIsRefused(_ kind: ServerTransportKind) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let error: RPCError?
    switch kind {
    case .inMemory:
      let server = RPCServer(transport: InMemoryServerTransport(), services: [PeerService(gate: .init())])
      try server.start()
      error = #expect(throws: RPCError.self) { try server.start() }
      await server.shutdown(gracePeriod: .seconds(1))
    case .http2:
      let server = RPCServer(transport: HTTP2ServerTransport(configuration: .init(host: "127.0.0.1", port: 0), group: group),
                             services: [PeerService(gate: .init())])
      try server.start()
      error = #expect(throws: RPCError.self) { try server.start() }
      await server.shutdown(gracePeriod: .seconds(1))
    }
    #expect(error?.code == .failedPrecondition)
  }
}
