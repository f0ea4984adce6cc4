public import MeshServiceKit
import MeshStores

/// Starts the context service alone (`mesh serve context`).
public enum ContextServer {
  /// Opens and migrates the database, then serves on the configured address.
  /// - Parameter configuration: address and database.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    let pool = try await StoreDatabase.open(url: configuration.databaseURL, dataDirectory: configuration.dataDirectory)
    do {
      let provider = ContextServiceProvider(store: PostgresContextStore(pool: pool), preferences: PostgresPreferencesStore(pool: pool))
      return try RunningService.start(name: "context", services: [provider], configuration: configuration, pool: pool)
    } catch {
      pool.close()
      throw error
    }
  }
}
