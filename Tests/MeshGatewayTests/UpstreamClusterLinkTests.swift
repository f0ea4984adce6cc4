@testable import MeshGateway
import MeshMetrics
import Testing

/// How a cluster's metrics collector reaches it (`UpstreamClusterLink`: unretained, no weak reference): the
/// collector refreshes a live cluster, and once the cluster is gone its `deinit` has cut the link, so a later
/// scrape finds no cluster (and touches no freed memory).
@Suite("Upstream cluster link: the collector reaches a live cluster, and none once it is gone")
struct UpstreamClusterLinkTests {
  @Test func collectorReachesALiveClusterAndNoneOnceItIsGone() async throws {
    let replicas = try RefusingEndpoints(count: 1)
    let registry = MetricsRegistry()
    var cluster: UpstreamCluster? = try UpstreamCluster(
      name: "linked", configuration: UpstreamClusterConfiguration(endpoints: replicas.targets), group: replicas.group)
    let link = try #require(cluster?.link)
    cluster?.registerMetricsCollector(registry)
    #expect(link.withCluster { $0.name } == "linked")
    // A scrape while it lives refreshes it through the link (its series are the process registry's).
    await registry.collect()
    cluster?.close()
    cluster = nil
    #expect(link.withCluster { $0.name } == nil, "the cluster's deinit detaches the link")
    await registry.collect()
    replicas.shutdown()
  }
}
