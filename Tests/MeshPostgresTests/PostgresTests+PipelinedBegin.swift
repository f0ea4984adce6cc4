import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import Testing

extension PostgresTests {
  /// `BEGIN` goes with a transaction's first statement: a first statement that fails (new to the connection,
  /// then prepared already; a bad one that cannot even be prepared) throws its own error and rolls back; a
  /// transaction with no statement commits nothing; and the same connection goes on serving transactions
  /// and plain statements.
  @Test func transactionsWithBeginInTheirFirstStatement() async throws {
    let pool = try TestCluster.shared.pool(max: 1)
    defer { pool.close() }
    let table = "pipelined_\(UUID().uuidString.prefix(8).lowercased())"
    try await pool.execute("CREATE TABLE \(table) (k text PRIMARY KEY)")
    for round in 0..<2 {
      try await pool.withTransaction { connection in
        #expect(connection.isInTransaction)
        try await connection.execute("INSERT INTO \(table) VALUES ($1)", ["k\(round)"])
        try await connection.execute("INSERT INTO \(table) VALUES ($1)", ["k\(round)b"])
      }
      do {
        try await pool.withTransaction { connection in
          try await connection.execute("INSERT INTO \(table) VALUES ($1)", ["k\(round)"])
          try await connection.execute("INSERT INTO \(table) VALUES ($1)", ["never"])
        }
        Issue.record("duplicate key accepted")
      } catch let error as PostgresError {
        #expect(error.sqlState == "23505")
      }
    }
    await #expect(throws: PostgresError.self) {
      try await pool.withTransaction { try await $0.execute("SELEC nonsense FROM \(table)") }
    }
    try await pool.withTransaction { _ in }
    struct Boom: Error {}
    await #expect(throws: Boom.self) { try await pool.withTransaction { _ in throw Boom() } }
    let keys = try await pool.execute("SELECT k FROM \(table) ORDER BY k").rows.map { try $0.decode(String.self, at: 0) }
    #expect(keys == ["k0", "k0b", "k1", "k1b"])
    // The connection was not left inside a transaction, and a statement on it is a transaction of its own.
    try await pool.withConnection { connection in
      #expect(!connection.isInTransaction)
      try await connection.execute("INSERT INTO \(table) VALUES ($1)", ["alone"])
      #expect(!connection.isInTransaction)
    }
  }
}
