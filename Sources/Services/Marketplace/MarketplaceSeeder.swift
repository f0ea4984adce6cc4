import Foundation
public import MeshPostgres

/// Applies the marketplace's migrations and fills an empty marketplace with generated data.
public enum MarketplaceSeeder {
  /// How much to generate.
  public struct Counts: Sendable {
    /// Listings in the catalogue.
    public var listings: Int
    /// Users, each with one or two addresses.
    public var users: Int
    /// Orders, each with one to four items, a payment, and a shipment with tracking once dispatched.
    public var orders: Int

    /// Creates counts.
    /// - Parameters:
    ///   - listings: listings.
    ///   - users: users.
    ///   - orders: orders.
    public init(listings: Int = 20_000, users: Int = 5_000, orders: Int = 50_000) {
      self.listings = listings
      self.users = users
      self.orders = orders
    }
  }

  /// The marketplace's migrations (versions from 1001, apart from MeshStores' own).
  public static func migrator() throws -> PostgresMigrator {
    guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
      throw PostgresError.invalidArgument("the marketplace Migrations folder is missing from the bundle")
    }
    return try PostgresMigrator.load(from: folder)
  }

  /// Migrates, then seeds when no data is there yet.
  /// - Parameters:
  ///   - pool: the database.
  ///   - seed: the seed.
  ///   - counts: how much to generate.
  /// - Returns: how long seeding took; nil when the data was already there.
  @discardableResult
  public static func prepare(_ pool: PostgresPool, seed: Int, counts: Counts) async throws -> Duration? {
    try await migrator().migrate(pool)
    return try await pool.withConnection { connection -> Duration? in
      // The migrator's advisory lock also keeps two marketplaces from seeding at once.
      try await connection.execute("SELECT pg_advisory_lock($1)", [PostgresMigrator.lockKey], timeout: .seconds(300))
      do {
        let seeded = try await connection.execute("SELECT 1 FROM marketplace.seed_info").first != nil
        var took: Duration?
        if !seeded { took = try await seedData(connection, seed: seed, counts: counts) }
        try await connection.execute("SELECT pg_advisory_unlock($1)", [PostgresMigrator.lockKey])
        return took
      } catch {
        if !connection.isBroken { _ = try? await connection.execute("SELECT pg_advisory_unlock($1)", [PostgresMigrator.lockKey]) }
        throw error
      }
    }
  }

  private static func seedData(_ connection: PostgresConnection, seed: Int, counts: Counts) async throws -> Duration {
    guard let file = Bundle.module.url(forResource: "seed", withExtension: "sql") else {
      throw PostgresError.invalidArgument("seed.sql is missing from the bundle")
    }
    let script = try String(contentsOf: file, encoding: .utf8)
      .replacingOccurrences(of: "{{SEED}}", with: String(seed))
      .replacingOccurrences(of: "{{LISTINGS}}", with: String(max(1, counts.listings)))
      .replacingOccurrences(of: "{{USERS}}", with: String(max(1, counts.users)))
      .replacingOccurrences(of: "{{ORDERS}}", with: String(max(0, counts.orders)))
    let started = ContinuousClock.now
    try await connection.execute("BEGIN")
    do {
      try await connection.executeScript(script, timeout: .seconds(600))
      try await connection.execute("COMMIT")
    } catch {
      if !connection.isBroken { _ = try? await connection.execute("ROLLBACK") }
      throw error
    }
    try await connection.executeScript("ANALYZE marketplace.listings; ANALYZE marketplace.orders; ANALYZE marketplace.order_items",
                                       timeout: .seconds(120))
    return ContinuousClock.now - started
  }
}
