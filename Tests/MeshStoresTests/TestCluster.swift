import Foundation
import MeshPostgres
import MeshStores
import Testing

/// A throwaway cluster in a temp folder for one suite: started before its tests, stopped after them
/// even when they fail.
struct TestCluster: Sendable {
  let embedded: EmbeddedPostgres
  let root: String

  @TaskLocal static var current: TestCluster?

  static func start(durable: Bool = false) async throws -> TestCluster {
    let root = "/tmp/meshpg-\(UUID().uuidString.prefix(8))"
    // The server runs as `postgres` when the tests run as root: it must be able to walk into the folder.
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o755])
    let embedded = try EmbeddedPostgres(dataDirectory: root + "/data",
                                        settings: (durable ? [:] : ["fsync": "off"]).merging(
                                          ["shared_buffers": "32MB", "max_connections": "60"]) { a, _ in a })
    try await embedded.start()
    return TestCluster(embedded: embedded, root: root)
  }

  func stop() async {
    try? await embedded.stop(mode: "immediate")
    try? FileManager.default.removeItem(atPath: root)
  }

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

  func pool(max: Int = 4, acquireTimeout: Duration = .seconds(10)) -> PostgresPool {
    PostgresPool(configuration: embedded.configuration, maxConnections: max, acquireTimeout: acquireTimeout)
  }

  static var shared: TestCluster {
    get throws {
      guard let current else { throw PostgresError.invalidArgument("test runs outside a cluster scope") }
      return current
    }
  }
}

/// Runs a suite inside its own cluster.
struct ClusterScope: SuiteTrait, TestScoping {
  /// With fsync on, as in production: for the tests that crash the server.
  var durable = false
  var isRecursive: Bool { false }

  func provideScope(for test: Test, testCase: Test.Case?,
                    performing function: @Sendable () async throws -> Void) async throws {
    let cluster = try await TestCluster.start(durable: durable)
    do {
      try await TestCluster.$current.withValue(cluster) { try await function() }
    } catch {
      await cluster.stop()
      throw error
    }
    await cluster.stop()
  }
}

extension Trait where Self == ClusterScope {
  /// Starts a private PostgreSQL for the suite and stops it afterwards.
  static var postgresCluster: ClusterScope { ClusterScope() }
  /// Like `postgresCluster`, with fsync on.
  static var durablePostgresCluster: ClusterScope { ClusterScope(durable: true) }
}
