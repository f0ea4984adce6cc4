public import Foundation
public import MeshPostgres
public import Testing

/// A throwaway cluster in a temp folder for one suite: started before its tests, stopped after them
/// even when they fail.
public struct TestCluster: Sendable {
  /// The cluster.
  public let embedded: EmbeddedPostgres
  /// Its temporary folder.
  public let root: String

  /// The cluster of the suite running now.
  @TaskLocal public static var current: TestCluster?

  /// Starts a cluster in a new temporary folder.
  public static func start(durable: Bool = false) async throws -> TestCluster {
    let root = "/tmp/meshpg-\(UUID().uuidString.prefix(8))"
    // The server runs as `postgres` when the tests run as root: it must be able to walk into the folder.
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o755])
    let embedded = try EmbeddedPostgres(dataDirectory: root + "/data",
                                        settings: (durable ? [:] : ["fsync": "off"]).merging(
                                          ["shared_buffers": "32MB", "max_connections": "60"]) { a, _ in a })
    try await embedded.start()
    try embedded.stopWhenProcessDies(.stopServerAndRemove(root: root))
    return TestCluster(embedded: embedded, root: root)
  }

  /// Stops the cluster and removes its folder.
  public func stop() async {
    try? await embedded.stop(mode: "immediate")
    try? FileManager.default.removeItem(atPath: root)
  }

  /// The cluster's URL with a connect deadline for a loaded test machine (`connect_timeout=30`): every suite starts
  /// its own cluster, and on 2 cores with the other groups' peers starting, a connection took longer than the 10 s a
  /// service waits by default (CI failed on it). Services started from it, in the test process or as processes of
  /// their own, read the deadline from the URL.
  public var connectionURL: String { embedded.connectionURL + "&connect_timeout=30" }

  /// A configuration connecting to the cluster, with `connectionURL`'s deadline.
  public var configuration: PostgresConfiguration { PostgresConfiguration(connectionString: connectionURL) }

  /// A pool on the cluster's default database.
  public func pool(max: Int = 4, acquireTimeout: Duration = .seconds(10)) -> PostgresPool {
    PostgresPool(configuration: configuration, maxConnections: max, acquireTimeout: acquireTimeout)
  }

  /// The current suite's cluster.
  public static var shared: TestCluster {
    get throws {
      guard let current else { throw PostgresError.invalidArgument("test runs outside a cluster scope") }
      return current
    }
  }
}

/// Runs a suite inside its own cluster.
public struct ClusterScope: SuiteTrait, TestScoping {
  /// With fsync on, as in production: for the tests that crash the server.
  public var durable = false
  /// The scope wraps the suite, not each test.
  public var isRecursive: Bool { false }

  /// Starts the cluster, runs the suite, stops the cluster.
  public func provideScope(for test: Test, testCase: Test.Case?,
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
  public static var postgresCluster: ClusterScope { ClusterScope() }
  /// Like `postgresCluster`, with fsync on.
  public static var durablePostgresCluster: ClusterScope { ClusterScope(durable: true) }
}
