import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import MeshStandardServices
import MeshTestSupport
import MeshTransport
import Synchronization
import Testing

/// Counts the calls one server saw, by method path.
final class UpstreamServedCalls: ServerInterceptor, Sendable {
  private let counts = Mutex<[String: Int]>([:])

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    counts.withLock { $0[context.method.path, default: 0] += 1 }
    try await next(stream, context)
  }

  /// Calls of a method.
  func count(_ method: MethodDescriptor) -> Int { counts.withLock { $0[method.path, default: 0] } }
}

/// A count shared between tasks.
final class UpstreamTally: Sendable {
  private let value = Mutex(0)
  func add() { value.withLock { $0 += 1 } }
  var count: Int { value.withLock { $0 } }
}

/// A UnaryCall that never answers until it is cancelled: the replica a hedge must route around.
struct UpstreamHangingService: RegistrableRPCService {
  let cancelled: UpstreamTally

  func registerMethods(with router: inout RPCRouter) {
    router.registerUnary(Grpc_Testing_TestService.Method.unaryCall) { [cancelled] (_: Grpc_Testing_SimpleRequest, _) in
      do {
        try await Task.sleep(for: .seconds(60))
      } catch {
        cancelled.add()
        throw error
      }
      return Grpc_Testing_SimpleResponse()
    }
  }
}

/// In-process replicas of the interop TestService (with grpc.health.v1), each on an ephemeral port,
/// each counting the calls it served.
final class ClusterTestReplicas: Sendable {
  let group: EventLoopGroup
  let servers: [GRPCServer]
  let health: [HealthStatusStore]
  let served: [UpstreamServedCalls]
  let ports: [Int]

  /// Starts `count` replicas; `services(i)` replaces replica i's TestService when it returns one.
  init(count: Int, services: (Int) -> (any RegistrableRPCService)? = { _ in nil }) throws {
    group = EventLoopGroup(threads: 1)
    var servers: [GRPCServer] = []
    var health: [HealthStatusStore] = []
    var served: [UpstreamServedCalls] = []
    var ports: [Int] = []
    for index in 0..<count {
      let store = HealthStatusStore()
      let counter = UpstreamServedCalls()
      let own: [any RegistrableRPCService] = [services(index) ?? TestServiceProvider()]
      let server = GRPCServer(services: own + StandardServices.make(for: own, health: store), interceptors: [counter],
                              group: group)
      ports.append(try server.start().port)
      servers.append(server)
      health.append(store)
      served.append(counter)
    }
    self.servers = servers
    self.health = health
    self.served = served
    self.ports = ports
  }

  var targets: [GRPCChannel.Target] { ports.map { GRPCChannel.Target(host: "127.0.0.1", port: $0) } }

  func unaryCalls(of replica: Int) -> Int { served[replica].count(Grpc_Testing_TestService.Method.unaryCall.descriptor) }

  func shutdown() async {
    for server in servers { await server.shutdown(gracePeriod: .milliseconds(200)) }
    group.shutdown()
  }
}

/// Endpoints whose servers are gone: loopback ports that refuse every connection for the test's length
/// (`RefusingPort`), with a loop for the cluster. A shut-down replica's port would not do: another test's
/// server may be given it at once, and the calls meant to be refused reach that server.
final class RefusingEndpoints: Sendable {
  let group = EventLoopGroup(threads: 1)
  let ports: [RefusingPort]

  init(count: Int) throws { ports = try (0..<count).map { _ in try RefusingPort() } }

  var targets: [GRPCChannel.Target] { ports.map { GRPCChannel.Target(host: "127.0.0.1", port: $0.port) } }

  func shutdown() {
    ports.forEach { $0.close() }
    group.shutdown()
  }
}

/// Waits until the cluster's stats satisfy `condition`, for at most `seconds`.
func waitForCluster(_ cluster: UpstreamCluster, seconds: Double = 10, _ what: String,
             _ condition: (UpstreamClusterStats) -> Bool) async throws {
  let deadline = ContinuousClock.now + .seconds(seconds)
  while !condition(cluster.stats) {
    guard ContinuousClock.now < deadline else {
      Issue.record("timed out waiting for \(what): \(cluster.stats)")
      throw CancellationError()
    }
    try await Task.sleep(for: .milliseconds(20))
  }
}

/// A UnaryCall request answered with `code` (0: OK) by the interop TestService.
func upstreamUnaryRequest(code: Int32 = 0, responseSize: Int32 = 0) -> Grpc_Testing_SimpleRequest {
  var request = Grpc_Testing_SimpleRequest()
  request.responseSize = responseSize
  if code != 0 {
    var status = Grpc_Testing_EchoStatus()
    status.code = code
    status.message = "asked to fail"
    request.responseStatus = status
  }
  return request
}

/// The HTTP/2 peer that refuses every stream (REFUSED_STREAM).
let upstreamRefusingPeer = Repository.root.appendingPathComponent("Tests/MeshGatewayTests/Peers/upstream_refusing_peer.py").path
