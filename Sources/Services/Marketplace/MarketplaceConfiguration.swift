public import MeshPostgres

/// How the marketplace runs: where it listens, its database, and the data it seeds.
public struct MarketplaceConfiguration: Sendable {
  /// The numeric host to bind.
  public var host: String
  /// The port; 0 picks a free one.
  public var port: Int
  /// The database (its own schema `marketplace` is created there).
  public var database: PostgresConfiguration
  /// Connections to the database.
  public var maxConnections: Int
  /// The seed of the generated data; the same seed gives the same catalogue, users and orders.
  public var seed: Int
  /// How much data to generate when the database has none.
  public var counts: MarketplaceSeeder.Counts
  /// How long a stored `Idempotency-Key` is kept (at least `IdempotencyKeyRetention.minimum`); older
  /// ones are purged.
  public var idempotencyRetention: Duration = IdempotencyKeyRetention.standard

  /// Creates a configuration.
  /// - Parameters:
  ///   - host: the numeric host.
  ///   - port: the port; 0 for any.
  ///   - database: the PostgreSQL to use.
  ///   - maxConnections: the pool's size.
  ///   - seed: the data's seed.
  ///   - counts: how many listings, users and orders to generate.
  public init(host: String = "127.0.0.1", port: Int = 8080, database: PostgresConfiguration, maxConnections: Int = 8,
              seed: Int = 42, counts: MarketplaceSeeder.Counts = MarketplaceSeeder.Counts()) {
    self.host = host
    self.port = port
    self.database = database
    self.maxConnections = maxConnections
    self.seed = seed
    self.counts = counts
  }
}
