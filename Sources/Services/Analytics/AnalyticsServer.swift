public import MeshServiceKit
import MeshStores

/// Starts the analytics service alone (`mesh serve analytics`).
public enum AnalyticsServer {
  /// Opens and migrates the database, then serves on the configured address.
  /// - Parameter configuration: address and database.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    let pool = try await StoreDatabase.open(url: configuration.databaseURL, dataDirectory: configuration.dataDirectory)
    do {
      return try RunningService.start(name: "analytics", services: [AnalyticsServiceProvider(pool: pool)],
                                      configuration: configuration, pool: pool)
    } catch {
      pool.close()
      throw error
    }
  }
}
