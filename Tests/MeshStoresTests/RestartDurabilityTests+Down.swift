import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

extension RestartDurabilityTests {
  @Test func downDatabaseGivesTypedErrorAndCallersRecover() async throws {
    let cluster = try TestCluster.shared
    let pool = PostgresPool(configuration: cluster.configuration, maxConnections: 2, acquireTimeout: .milliseconds(500))
    defer { pool.close() }
    try await StoreMigrations.migrate(pool)
    let sessions = PostgresSessionStore(pool: pool)
    let session = try await sessions.create(userID: "down", ttl: .seconds(600), data: [:])
    try await cluster.embedded.stop()
    do {
      _ = try await sessions.get(session.id)
      Issue.record("read from a stopped server")
    } catch let error as PostgresError {
      // The idle connection is lost, and no new one can be made before the acquire deadline.
      #expect(error.isConnectionProblem)
    }
    try await cluster.embedded.start()
    #expect(try await sessions.get(session.id)?.userID == "down")
  }
}
