public import MeshPostgres

/// The one way services open the mesh's database: the URL they were given, or else the embedded
/// cluster in a data folder (initialised and started when needed); migrated to the newest schema.
public enum StoreDatabase {
  /// Opens, and migrates, the database.
  /// - Parameters:
  ///   - url: a PostgreSQL URL or conninfo; nil for the embedded cluster.
  ///   - dataDirectory: the embedded cluster's data folder (used only when `url` is nil).
  ///   - maxConnections: the pool's bound.
  public static func open(url: String?, dataDirectory: String, maxConnections: Int = 8) async throws -> PostgresPool {
    let configuration: PostgresConfiguration
    if let url {
      configuration = PostgresConfiguration(connectionString: url)
    } else {
      let cluster = try EmbeddedPostgres(dataDirectory: dataDirectory)
      try await cluster.start()
      configuration = cluster.configuration
    }
    let pool = PostgresPool(configuration: configuration, maxConnections: maxConnections)
    do {
      try await StoreMigrations.migrate(pool)
    } catch {
      pool.close()
      throw error
    }
    return pool
  }
}
