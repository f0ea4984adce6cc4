import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import Testing

extension PostgresTests {
  /// A transaction's last statement with its `COMMIT` in one round trip: its rows come back and its writes
  /// are committed (the pool sends no second COMMIT); a statement that fails commits nothing (the
  /// transaction's earlier writes roll back with it) and the pool rolls back; a first statement that also
  /// carries the pending `BEGIN`, new to the connection and then prepared, commits; and a commit the server
  /// refuses (a deferred constraint checked at commit) throws and leaves nothing behind; a statement that
  /// follows the commit in the same round trip runs alone, after the commit only.
  @Test func lastStatementWithItsCommitInOneRoundTrip() async throws {
    let pool = try TestCluster.shared.pool(max: 1)
    defer { pool.close() }
    let table = "committing_\(UUID().uuidString.prefix(8).lowercased())"
    try await pool.execute("CREATE TABLE \(table) (k text PRIMARY KEY, n int4)")
    let backend = try await pool.execute("SELECT pg_backend_pid()").first?.decode(Int32.self, at: 0)
    try await pool.execute("""
      CREATE TABLE \(table)_ref (k text REFERENCES \(table) (k) DEFERRABLE INITIALLY DEFERRED)
      """)
    for round in 0..<2 {
      let rows = try await pool.withTransaction { connection in
        try await connection.execute("INSERT INTO \(table) VALUES ($1, 1)", ["a\(round)"])
        let result = try await connection.executeCommitting("INSERT INTO \(table) VALUES ($1, 2) RETURNING n", ["b\(round)"])
        #expect(!connection.isInTransaction)
        return try result.rows.map { try $0.decode(Int.self, at: 0) }
      }
      #expect(rows == [2])
      // BEGIN, the statement (new to the connection in round 0, prepared in round 1) and COMMIT in one pipeline.
      try await pool.withTransaction { connection in
        try await connection.executeCommitting("INSERT INTO \(table) VALUES ($1, 3)", ["c\(round)"])
      }
      do {
        try await pool.withTransaction { connection in
          try await connection.execute("INSERT INTO \(table) VALUES ($1, 4)", ["d\(round)"])
          try await connection.executeCommitting("INSERT INTO \(table) VALUES ($1, 5)", ["a\(round)"])
        }
        Issue.record("duplicate key accepted")
      } catch let error as PostgresError {
        #expect(error.sqlState == "23505")
      }
    }
    do {
      try await pool.withTransaction { connection in
        try await connection.executeCommitting("INSERT INTO \(table)_ref VALUES ($1)", ["nowhere"])
      }
      Issue.record("a commit that broke a deferred foreign key was accepted")
    } catch let error as PostgresError {
      #expect(error.sqlState == "23503")
    }
    // A follow-up after the commit runs as a transaction of its own: it sees the committed rows, its failure
    // is returned (what it follows stays committed), and it never runs after a statement that failed.
    let followed = try await pool.withTransaction { connection in
      try await connection.executeCommitting("INSERT INTO \(table) VALUES ($1, 7)", ["e"],
                                             thenAlone: ("SELECT count(*)::int4 FROM \(table) WHERE k = $1", ["e"]))
    }
    #expect(followed.followUpError == nil)
    let failedFollowUp = try await pool.withTransaction { connection in
      try await connection.executeCommitting("INSERT INTO \(table) VALUES ($1, 8)", ["f"], thenAlone: ("SELECT 1 / 0", []))
    }
    #expect(failedFollowUp.followUpError?.sqlState == "22012")
    await #expect(throws: PostgresError.self) {
      try await pool.withTransaction { connection in
        try await connection.executeCommitting("INSERT INTO \(table) VALUES ($1, 9)", ["e"],
                                               thenAlone: ("INSERT INTO \(table) VALUES ($1, 10)", ["never"]))
      }
    }
    // Every transaction above ran on the pool's one connection: none was left open (the pool drops such a one).
    #expect(try await pool.execute("SELECT pg_backend_pid()").first?.decode(Int32.self, at: 0) == backend)
    let keys = try await pool.execute("SELECT k FROM \(table) ORDER BY k").rows.map { try $0.decode(String.self, at: 0) }
    #expect(keys == ["a0", "a1", "b0", "b1", "c0", "c1", "e", "f"])
    #expect(try await pool.execute("SELECT count(*) FROM \(table)_ref").first?.decode(Int.self, at: 0) == 0)
    try await pool.withConnection { connection in
      #expect(!connection.isInTransaction)
      try await connection.execute("INSERT INTO \(table) VALUES ($1, 6)", ["alone"])
    }
  }
}
