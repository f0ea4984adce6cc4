import Foundation
import MeshCore
import MeshGateway
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

@Suite("Upstream retries of calls no server saw", .serialized)
struct UpstreamRefusalTests {
  static let empty = Grpc_Testing_TestService.Method.emptyCall

  /// A cluster of [a peer that refuses every stream, a replica]; `budget` limits the retries.
  private func withRefusingCluster(budget: UpstreamClusterConfiguration.RetryBudget,
                                   _ body: (UpstreamCluster, ClusterTestReplicas, PeerProcess) async throws -> Void)
    async throws
  {
    let peer = try PeerProcess(try Repository.python, [upstreamRefusingPeer])
    defer { peer.stop() }
    let port = try PeerProcess.port(of: try await peer.waitForLine(startingWith: "listening on"))
    let replicas = try ClusterTestReplicas(count: 1)
    var configuration = UpstreamClusterConfiguration(endpoints: [GRPCChannel.Target(host: "127.0.0.1", port: port)] + replicas.targets)
    configuration.retryBudget = budget
    configuration.outlierDetection.consecutiveFailures = 1000
    let cluster = try UpstreamCluster(name: "refusing", configuration: configuration, group: replicas.group)
    try await waitForCluster(cluster, "2 endpoints connected") { $0.endpoints.allSatisfy(\.connected) }
    do {
      try await body(cluster, replicas, peer)
    } catch {
      cluster.close()
      await replicas.shutdown()
      throw error
    }
    cluster.close()
    await replicas.shutdown()
  }

  /// EmptyCall is not idempotent, yet a stream the peer refused is safe to send again: every call
  /// succeeds on the replica, and each refusal is one retry. The retry takes a round-robin turn too, so
  /// every call's first attempt goes to the peer.
  @Test func refusedStreamIsRetriedOnAnotherEndpoint() async throws {
    try await withRefusingCluster(budget: UpstreamClusterConfiguration.RetryBudget()) { cluster, replicas, peer in
      let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
      for _ in 0..<6 { _ = try await client.emptyCall(Grpc_Testing_Empty()) }
      try await waitForCluster(cluster, "calls ended") { $0.active == 0 }
      let stats = cluster.stats
      // The peer's log line of the last refusal can reach us after the retried call has ended: it is waited
      // for (up to 5 s), not taken as missing.
      func refusalsLogged() -> Int { peer.text.split(separator: "\n").filter { $0.hasPrefix("refused") }.count }
      let logDeadline = ContinuousClock.now + .seconds(5)
      while refusalsLogged() < 6, ContinuousClock.now < logDeadline { try await Task.sleep(for: .milliseconds(20)) }
      let refusals = refusalsLogged()
      print("refused streams: \(refusals) refused by the peer, \(stats.retries) retried, \(stats.failures) failed")
      #expect(refusals == 6)
      #expect(replicas.served[0].count(Self.empty.descriptor) == 6)
      #expect(stats.retries == 6 && stats.failures == 0)
      #expect(stats.endpoints[0].failures == 6 && stats.endpoints[1].failures == 0)
    }
  }

  /// With no retry allowed by the budget, a refused stream is the call's failure.
  @Test func refusedStreamIsNotRetriedPastTheBudget() async throws {
    var budget = UpstreamClusterConfiguration.RetryBudget()
    budget.percent = 0
    budget.minConcurrency = 0
    try await withRefusingCluster(budget: budget) { cluster, replicas, _ in
      let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
      var failed = 0
      for _ in 0..<6 {
        do {
          _ = try await client.emptyCall(Grpc_Testing_Empty())
        } catch let error as RPCError {
          #expect(error.code == .unavailable)
          failed += 1
        }
      }
      try await waitForCluster(cluster, "calls ended") { $0.active == 0 }
      let stats = cluster.stats
      #expect(failed == 3)
      #expect(stats.retries == 0 && stats.retriesRefusedByBudget == 3 && stats.failures == 3)
      #expect(replicas.served[0].count(Self.empty.descriptor) == 3)
    }
  }

  /// Two endpoints whose servers are gone: the call's attempt is refused a connection on one, moves to
  /// the other (nothing was sent), fails there too, and both are ejected for it.
  @Test func connectFailureMovesToAnotherEndpointAndEjects() async throws {
    let replicas = try RefusingEndpoints(count: 2)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.outlierDetection.consecutiveFailures = 1
    configuration.outlierDetection.maxEjectionPercent = 100
    let cluster = try UpstreamCluster(name: "gone", configuration: configuration, group: replicas.group)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    do {
      _ = try await client.emptyCall(Grpc_Testing_Empty())
      Issue.record("a call to two closed ports succeeded")
    } catch let error as RPCError {
      #expect(error.code == .unavailable)
    }
    try await waitForCluster(cluster, "the call ended") { $0.active == 0 }
    var stats = cluster.stats
    #expect(stats.endpoints.map(\.failures) == [1, 1])
    #expect(stats.retries == 1 && stats.ejections == 2 && stats.failures == 1)
    do {
      _ = try await client.emptyCall(Grpc_Testing_Empty())
      Issue.record("a call to an all-ejected cluster succeeded")
    } catch let error as RPCError {
      #expect(error.code == .unavailable)
      #expect(error.message.contains("2 ejected"), "\(error.message)")
    }
    stats = cluster.stats
    #expect(stats.endpoints.map(\.requests) == [1, 1])
    cluster.close()
    replicas.shutdown()
  }

  /// With every endpoint down and none ejected, a call tries each once and fails; it does not go round.
  @Test func connectFailuresTryEachEndpointOnce() async throws {
    let replicas = try RefusingEndpoints(count: 2)
    let configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    let cluster = try UpstreamCluster(name: "down", configuration: configuration, group: replicas.group)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    for _ in 0..<3 {
      await #expect(throws: RPCError.self) { _ = try await client.emptyCall(Grpc_Testing_Empty()) }
    }
    try await waitForCluster(cluster, "the calls ended") { $0.active == 0 }
    let stats = cluster.stats
    #expect(stats.endpoints.map(\.failures).reduce(0, +) == 6)
    #expect(stats.retries == 3 && stats.failures == 3 && stats.ejections == 0)
    cluster.close()
    replicas.shutdown()
  }

  /// While no endpoint has a connection, a call waits for one: `maxPendingRequests` bounds those waits.
  @Test func callsWaitingForAConnectionAreLimited() async throws {
    let replicas = try RefusingEndpoints(count: 1)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.circuitBreaker.maxPendingRequests = 0
    let cluster = try UpstreamCluster(name: "pending", configuration: configuration, group: replicas.group)
    do {
      _ = try await cluster.openCall(method: Self.empty.descriptor, metadata: [], options: .defaults)
      Issue.record("a call waited past a limit of 0 pending requests")
    } catch let error as RPCError {
      #expect(error.code == .unavailable)
      #expect(error.message.contains("max_pending_requests (0)"), "\(error.message)")
    }
    #expect(cluster.stats.overflows["max_pending_requests"] == 1)
    #expect(cluster.stats.endpoints[0].requests == 0)
    cluster.close()
    replicas.shutdown()
  }
}
