import AdapterSupport
import Marketplace
import MarketplaceAdapters
import MeshCore
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import MeshTransport

/// The processor's adapter path on real parts: the bundled marketplace on the shared test cluster (seed 42,
/// 200 users, 3,000 orders), the adapters in front of it, and an `AdapterExecutor` over a channel to them.
/// Everything is stopped after `body`, in reverse order, also when it throws.
/// - Parameter body: gets the executor and a pool on the marketplace's database.
func withAdapterExecutor(_ body: (AdapterExecutor, PostgresPool) async throws -> Void) async throws {
  let cluster = try TestCluster.shared
  let group = EventLoopGroup(threads: 2)
  let marketplace = try await Marketplace.start(
    MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 42,
                             counts: .init(listings: 2_000, users: 200, orders: 3_000)), group: group)
  let pool = cluster.pool(max: 2)
  var adapters: AdapterServer?
  var channel: GRPCChannel?
  func stop() async {
    channel?.close()
    await adapters?.stop()
    await marketplace.stop()
    pool.close()
    group.shutdown()
  }
  do {
    let server = try MarketplaceAdapters.start(AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
      baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(5))), group: group)
    adapters = server
    let opened = try GRPCChannel(host: "127.0.0.1", port: server.address.port, group: group)
    channel = opened
    let client = GRPCClient(transport: opened)
    let executor = AdapterExecutor(clients: AdapterClients(order: .init(wrapping: client), shipping: .init(wrapping: client),
                                                           payment: .init(wrapping: client), user: .init(wrapping: client),
                                                           search: .init(wrapping: client), listing: .init(wrapping: client)),
                                   pool: pool, timeout: .seconds(10), shipFromCountry: "NL")
    try await body(executor, pool)
  } catch {
    await stop()
    throw error
  }
  await stop()
}
