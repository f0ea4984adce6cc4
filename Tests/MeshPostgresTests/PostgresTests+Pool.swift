import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import Testing

extension PostgresTests {
  @Test func listenerComesBackAfterItsBackendIsKilled() async throws {
    let cluster = try TestCluster.shared
    let listener = try PostgresListener(configuration: cluster.configuration, channels: ["mesh_reconnect"])
    defer { listener.stop() }
    let pool = cluster.pool()
    defer { pool.close() }
    var notes = listener.notifications.makeAsyncIterator()
    // Its first word is "listening now; anything before was missed" (empty payload), so that a consumer
    // that checked for work before the LISTEN took effect looks again.
    #expect(await notes.next()?.payload == "")
    // Notify until the listener is connected and hears one.
    let sender = Task {
      while !Task.isCancelled {
        try await pool.execute("SELECT pg_notify($1, $2)", ["mesh_reconnect", "before"])
        try await Task.sleep(for: .milliseconds(50))
      }
    }
    #expect(await notes.next()?.payload == "before")
    sender.cancel()
    let killed = try await pool.execute(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1", ["LISTEN \"mesh_reconnect\"%"])
    #expect(killed.rows.count == 1)
    // After reconnecting it says it may have missed messages (empty payload), then hears new ones.
    let again = Task {
      while !Task.isCancelled {
        try await pool.execute("SELECT pg_notify($1, $2)", ["mesh_reconnect", "after"])
        try await Task.sleep(for: .milliseconds(50))
      }
    }
    defer { again.cancel() }
    var sawReconnect = false
    while let note = await notes.next() {
      if note.payload.isEmpty { sawReconnect = true }
      if note.payload == "after" { break }
    }
    #expect(sawReconnect)
  }

  @Test func manyTasksShareABoundedPool() async throws {
    let pool = try TestCluster.shared.pool(max: 3)
    defer { pool.close() }
    let sum = try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<60 {
        group.addTask { try await pool.execute("SELECT $1::int8 * 2", [i]).first!.decode(Int.self, at: 0) }
      }
      return try await group.reduce(0, +)
    }
    #expect(sum == (0..<60).reduce(0, +) * 2)
    #expect(pool.openConnections <= 3)
  }
}

extension PostgresTests {
  @Test func preparedStatementsSurviveSchemaChanges() async throws {
    let pool = try TestCluster.shared.pool(max: 1)
    defer { pool.close() }
    try await pool.execute("CREATE TABLE shape (a int)")
    try await pool.execute("INSERT INTO shape VALUES ($1::int4)", [Int32(1)])
    #expect(try await pool.execute("SELECT * FROM shape").columnNames == ["a"])
    try await pool.execute("ALTER TABLE shape ADD COLUMN b int DEFAULT 2")
    // The cached plan's result type changed: the statement is prepared again, not failed.
    let row = try #require(try await pool.execute("SELECT * FROM shape").first)
    #expect(try row.decode((Int, Int).self) == (1, 2))
    // Statements with the same text but other parameter types get statements of their own.
    #expect(try await pool.execute("SELECT coalesce($1::int8, -1)", [PostgresData.null]).first?.decode(Int.self, at: 0) == -1)
    #expect(try await pool.execute("SELECT coalesce($1::int8, -1)", [5]).first?.decode(Int.self, at: 0) == 5)
    // Unprepared mode gives the same answers.
    var configuration = pool.configuration
    configuration.preparesStatements = false
    let plain = try await PostgresConnection.connect(configuration)
    #expect(try await plain.execute("SELECT count(*) FROM shape WHERE a = $1", [1]).first?.decode(Int.self, at: 0) == 1)
  }
}

extension PostgresTests {
  @Test func warmingOpensConnectionsAheadOfTheWork() async throws {
    let pool = try TestCluster.shared.pool(max: 5)
    defer { pool.close() }
    try await pool.warm(3)
    #expect(pool.openConnections == 3)
    // Open ones count: warming again opens nothing; past the bound it stops at the bound.
    try await pool.warm(2)
    #expect(pool.openConnections == 3)
    try await pool.warm(9)
    #expect(pool.openConnections == 5)
    // Five connections held at once are five distinct backends, all opened by the warming.
    var held: [PostgresConnection] = []
    for _ in 0..<5 { held.append(try await pool.acquire()) }
    let backends = Set(held.map(\.backendPID))
    for connection in held { pool.release(connection) }
    #expect(backends.count == 5)
    #expect(pool.openConnections == 5)
  }

  @Test func warmingAnUnreachableServerFailsAndLeavesNothingOpen() async throws {
    let pool = PostgresPool(configuration: PostgresConfiguration(connectionString: "host=/nonexistent-socket-dir dbname=x",
                                                                 connectTimeout: .milliseconds(200)),
                            maxConnections: 2, acquireTimeout: .milliseconds(300), metrics: nil)
    defer { pool.close() }
    await #expect(throws: PostgresError.self) { try await pool.warm(2) }
    #expect(pool.openConnections == 0)
  }
}
