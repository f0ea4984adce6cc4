public import MeshHTTP
public import MeshPostgres
import MeshShopWords
public import MeshTransport

/// The bundled marketplace: a REST/JSON service (mesh/docs/marketplace.openapi.yaml) over HTTP/1.1, on
/// its own tables in PostgreSQL. The stand-in for the external shop the adapters call.
public final class Marketplace: Sendable {
  /// The address it listens on.
  public let address: SocketAddress
  /// How long seeding took at start; nil when the data was already there.
  public let seedingTime: Duration?
  private let server: HTTPServer
  private let pool: PostgresPool
  private let group: EventLoopGroup
  private let ownsGroup: Bool
  private let purging: Task<Void, Never>

  private init(address: SocketAddress, seedingTime: Duration?, server: HTTPServer, pool: PostgresPool,
               group: EventLoopGroup, ownsGroup: Bool, purging: Task<Void, Never>) {
    self.address = address
    self.seedingTime = seedingTime
    self.server = server
    self.pool = pool
    self.group = group
    self.ownsGroup = ownsGroup
    self.purging = purging
  }

  /// The router of the whole API over a database (for embedding it in another server).
  /// - Parameter pool: the database, migrated and seeded.
  public static func router(pool: PostgresPool) -> HTTPRouter {
    var router = HTTPRouter()
    router.add("GET", "/v1/health") { _ in
      await JSONResponses.guarded {
        _ = try await pool.execute("SELECT 1", idempotent: true)
        return try JSONResponses.ok(["status": "ok"])
      }
    }
    CatalogueAPI(pool: pool, vocabulary: .installed).register(on: &router)
    OrderAPI(pool: pool).register(on: &router)
    AccountAPI(pool: pool).register(on: &router)
    ShippingAPI().register(on: &router)
    return router
  }

  /// Migrates and seeds the database when needed, then serves the API.
  /// - Parameters:
  ///   - configuration: where to listen, the database, the seed.
  ///   - group: event loops to share; a new group of one loop per core when nil.
  /// - Returns: the running marketplace.
  public static func start(_ configuration: MarketplaceConfiguration, group: EventLoopGroup? = nil) async throws
    -> Marketplace
  {
    try IdempotencyKeyRetention.check(configuration.idempotencyRetention)
    let pool = PostgresPool(configuration: configuration.database, maxConnections: configuration.maxConnections)
    let loops = group ?? EventLoopGroup()
    do {
      let took = try await MarketplaceSeeder.prepare(pool, seed: configuration.seed, counts: configuration.counts)
      let server = HTTPServer(handler: router(pool: pool),
                              configuration: HTTPServerConfiguration(host: configuration.host, port: configuration.port),
                              group: loops)
      let address = try server.start()
      return Marketplace(address: address, seedingTime: took, server: server, pool: pool, group: loops,
                         ownsGroup: group == nil,
                         purging: IdempotencyKeyRetention.purging(pool, retention: configuration.idempotencyRetention))
    } catch {
      pool.close()
      if group == nil { loops.shutdown() }
      throw error
    }
  }

  /// Stops serving (responses in flight finish) and closes the database pool.
  public func stop() async {
    purging.cancel()
    await purging.value
    await server.shutdown(gracePeriod: .seconds(2))
    pool.close()
    if ownsGroup { group.shutdown() }
  }
}
