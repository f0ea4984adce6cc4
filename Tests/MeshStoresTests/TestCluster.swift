import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores

extension TestCluster {
  /// A pool over a database migrated to the stores' newest schema.
  func migratedPool(max: Int = 4) async throws -> PostgresPool {
    let pool = self.pool(max: max)
    try await StoreMigrations.migrate(pool)
    return pool
  }

  /// A pool over a new, migrated database of its own, for tests that need tables nobody else writes.
  func isolatedPool(max: Int = 4) async throws -> PostgresPool {
    let name = "t_" + UUID().uuidString.prefix(8).lowercased()
    let admin = self.pool(max: 1)
    defer { admin.close() }
    // CREATE DATABASE takes no parameters; the name is generated above from hex digits only.
    try await admin.execute("CREATE DATABASE \(name)")
    let pool = PostgresPool(configuration: PostgresConfiguration(
      connectionString: "host=\(embedded.dataDirectory) user=\(embedded.user) dbname=\(name)"), maxConnections: max)
    try await StoreMigrations.migrate(pool)
    return pool
  }
}
