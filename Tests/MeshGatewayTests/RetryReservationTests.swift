import MeshCore
@testable import MeshGateway
import MeshTransport
import Testing

/// A retry the cluster's budget lets go holds its room from that decision until its attempt opens (or
/// its call ends). When the budget was only checked at the decision and taken when the attempt opened,
/// several calls whose attempts failed together (a killed replica's) were all let go, and the last to
/// open after its backoff failed on the breaker's `max_retries`, a refusal the budget did not count:
/// `killedReplicaIsEjectedAndNoCallFailsBeyondTheBudget` then saw more failures than refused retries.
@Suite("Retry budget reservations")
struct RetryReservationTests {
  @Test func aRetryLetGoHoldsItsRoomUntilItOpens() async throws {
    let replicas = try ClusterTestReplicas(count: 1)
    var configuration = UpstreamClusterConfiguration(endpoints: replicas.targets)
    // Room for exactly one retry in flight.
    var budget = UpstreamClusterConfiguration.RetryBudget()
    budget.percent = 0
    budget.minConcurrency = 1
    configuration.retryBudget = budget
    let cluster = try UpstreamCluster(name: "reserve", configuration: configuration, group: replicas.group)
    try await waitForCluster(cluster, "connected") { $0.endpoints.allSatisfy(\.connected) }
    let first = UpstreamCallContext(hedged: false)
    let second = UpstreamCallContext(hedged: false)
    // Two calls' attempts fail together: the first call's retry takes the room, the second's is refused
    // (and counted) at once, not let go to fail when it opens.
    #expect(ClusterRetryAdmission(cluster: cluster, call: first).recordFailure())
    #expect(!ClusterRetryAdmission(cluster: cluster, call: second).recordFailure())
    #expect(cluster.stats.retriesRefusedByBudget == 1)
    // The first call's retry opens on its room though the budget is full.
    let (endpoint, _, _) = try cluster.admit(isRetry: true, hedge: false, excluding: [], loop: nil, reservation: first)
    #expect(cluster.stats.retries == 1 && cluster.stats.overflows.isEmpty, "\(cluster.stats)")
    #expect(!cluster.retryAllowed(countRefusal: false))
    // Its end gives the room back.
    cluster.attemptEnded(endpoint, code: .ok, isRetry: true)
    #expect(cluster.retryAllowed(countRefusal: false))
    // A call that ends while its retry waits out the backoff (never opened) gives its room back too.
    #expect(ClusterRetryAdmission(cluster: cluster, call: second).recordFailure())
    #expect(!cluster.retryAllowed(countRefusal: false))
    cluster.state.withLock { $0.stats.active += 1 }  // the call `callEnded` ends was never opened here
    cluster.callEnded(ok: false, call: second)
    #expect(cluster.retryAllowed(countRefusal: false))
    // A failure told after the call's end (its committed attempt's) takes no room that nothing would give back.
    #expect(ClusterRetryAdmission(cluster: cluster, call: second).recordFailure())
    #expect(cluster.retryAllowed(countRefusal: false))
    #expect(cluster.stats.retriesRefusedByBudget == 1)
    cluster.close()
    await replicas.shutdown()
  }
}
