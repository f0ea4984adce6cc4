import MeshCore
import MeshGateway
import MeshMetrics
import MeshProtos
import MeshTransport
import Testing

/// `mesh_gateway_retries_total{cluster, route, reason}` says why each attempt after a call's first was
/// sent: over real replicas, a connect failure counts as `connect_failure` and a hedge as `hedge`, and
/// neither as the other nor as `status`. Each test has a cluster name of its own, since the counters live
/// in the process's registry.
@Suite("Retry reasons in the gateway's metrics", .serialized)
struct UpstreamRetryReasonTests {
  /// The counter of one cluster and reason (calls of no route, as these are), 0 when it has no sample.
  static func retries(cluster: String, reason: String) -> Double {
    let prefix = #"mesh_gateway_retries_total{cluster="\#(cluster)",route="none",reason="\#(reason)"} "#
    let line = MetricsRegistry.process.exposition().split(separator: "\n").first { $0.hasPrefix(prefix) }
    return line.flatMap { Double($0.dropFirst(prefix.count)) } ?? 0
  }

  /// With both endpoints' servers gone, each call is refused a connection on one and moves to the other:
  /// one `connect_failure` retry per call.
  @Test func connectFailuresAreCountedAsSuch() async throws {
    let replicas = try RefusingEndpoints(count: 2)
    let name = "reason-connect-failure"
    let cluster = try UpstreamCluster(name: name, configuration: UpstreamClusterConfiguration(endpoints: replicas.targets),
                                      group: replicas.group)
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    for _ in 0..<3 {
      await #expect(throws: RPCError.self) { _ = try await client.emptyCall(Grpc_Testing_Empty()) }
    }
    try await waitForCluster(cluster, "the calls ended") { $0.active == 0 }
    #expect(cluster.stats.retries == 3)
    #expect(Self.retries(cluster: name, reason: "connect_failure") == 3)
    #expect(Self.retries(cluster: name, reason: "status") == 0 && Self.retries(cluster: name, reason: "hedge") == 0)
    cluster.close()
    replicas.shutdown()
  }

  /// The first attempt hangs on replica 0; after the hedging delay a second goes to replica 1 and answers:
  /// one `hedge` retry.
  @Test func hedgesAreCountedAsSuch() async throws {
    let cancelled = UpstreamTally()
    let replicas = try ClusterTestReplicas(count: 2) { $0 == 0 ? UpstreamHangingService(cancelled: cancelled) : nil }
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    configuration.idempotentMethods = ["grpc.testing.TestService"]
    configuration.hedgingPolicy = try HedgingPolicy(maxAttempts: 2, hedgingDelay: .milliseconds(100),
                                                    nonFatalStatusCodes: [.unavailable])
    let name = "reason-hedge"
    let cluster = try UpstreamCluster(name: name, configuration: configuration, group: replicas.group)
    try await waitForCluster(cluster, "2 endpoints connected") { $0.endpoints.filter(\.connected).count == 2 }
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: cluster))
    let response = try await client.unaryCall(upstreamUnaryRequest(responseSize: 10))
    #expect(response.payload?.body.count == 10)
    try await waitForCluster(cluster, "the hanging attempt cancelled") { $0.active == 0 }
    #expect(cluster.stats.hedges == 1)
    #expect(Self.retries(cluster: name, reason: "hedge") == 1)
    #expect(Self.retries(cluster: name, reason: "status") == 0 && Self.retries(cluster: name, reason: "connect_failure") == 0)
    cluster.close()
    await replicas.shutdown()
  }
}
