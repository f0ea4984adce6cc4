public import MeshServiceKit
import MeshStores

/// Starts the chat service alone (`mesh serve chat`). It needs the database (shared with the
/// processor, which answers the turns it enqueues) and the chat keys (`ChatKeyring`).
public enum ChatServer {
  /// Opens and migrates the database, listens for replies, and serves on the configured address.
  /// - Parameter configuration: address, database, settings.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    let pool = try await StoreDatabase.open(url: configuration.databaseURL, dataDirectory: configuration.dataDirectory, maxConnections: 16)
    do {
      let provider = try ChatServiceProvider(pool: pool, keyring: try ChatKeyring.load(configuration.settings).keyring)
      await provider.waitUntilListening()
      return try RunningService.start(name: "chat", services: [provider], configuration: configuration, pool: pool) {
        provider.stop()
      }
    } catch {
      pool.close()
      throw error
    }
  }
}
