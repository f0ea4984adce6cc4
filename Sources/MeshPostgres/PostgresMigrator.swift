public import Foundation

/// One versioned schema change: the SQL of a file named `NNNN_name.sql`.
public struct PostgresMigration: Sendable, Equatable {
  /// The version, from the file name's number; applied in increasing order.
  public let version: Int
  /// The name after the number.
  public let name: String
  /// The statements.
  public let sql: String

  /// Creates a migration.
  /// - Parameters:
  ///   - version: its version number.
  ///   - name: a short name.
  ///   - sql: the statements to run.
  public init(version: Int, name: String, sql: String) {
    self.version = version
    self.name = name
    self.sql = sql
  }
}

/// Applies migrations in order, each inside its own transaction, recording them in `schema_migrations`.
/// A session advisory lock makes two processes that start at once apply each migration exactly once.
public struct PostgresMigrator: Sendable {
  /// The migrations, sorted by version.
  public let migrations: [PostgresMigration]
  /// The advisory lock key shared by every process that migrates this database.
  public static let lockKey: Int64 = 0x6D65_7368_6D69_6772  // "meshmigr"

  /// Creates a migrator.
  /// - Parameter migrations: the migrations; versions must be unique.
  public init(migrations: [PostgresMigration]) throws {
    let sorted = migrations.sorted { $0.version < $1.version }
    for (a, b) in zip(sorted, sorted.dropFirst()) where a.version == b.version {
      throw PostgresError.invalidArgument("two migrations have version \(a.version)")
    }
    self.migrations = sorted
  }

  /// Loads every `NNNN_name.sql` file of a directory.
  /// - Parameter directory: the folder holding the migration files.
  public static func load(from directory: URL) throws -> PostgresMigrator {
    let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
    var migrations: [PostgresMigration] = []
    for file in files where file.pathExtension == "sql" {
      let base = file.deletingPathExtension().lastPathComponent
      guard let underscore = base.firstIndex(of: "_"), let version = Int(base[..<underscore]) else {
        throw PostgresError.invalidArgument("migration file \(file.lastPathComponent) is not named NNNN_name.sql")
      }
      let sql = try String(contentsOf: file, encoding: .utf8)
      migrations.append(PostgresMigration(version: version, name: String(base[base.index(after: underscore)...]), sql: sql))
    }
    return try PostgresMigrator(migrations: migrations)
  }

  /// Applies the migrations not yet recorded.
  /// - Parameter pool: the database to migrate.
  /// - Returns: the versions applied by this call, in order.
  @discardableResult
  public func migrate(_ pool: PostgresPool) async throws -> [Int] {
    try await pool.withConnection { connection in
      try await connection.execute("SELECT pg_advisory_lock($1)", [Self.lockKey], timeout: .seconds(120))
      do {
        let applied = try await apply(on: connection)
        try await connection.execute("SELECT pg_advisory_unlock($1)", [Self.lockKey])
        return applied
      } catch {
        if !connection.isBroken { _ = try? await connection.execute("SELECT pg_advisory_unlock($1)", [Self.lockKey]) }
        throw error
      }
    }
  }

  private func apply(on connection: PostgresConnection) async throws -> [Int] {
    try await connection.execute("""
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version bigint PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
      """)
    let done = Set(try await connection.execute("SELECT version FROM schema_migrations").rows.map { try $0.decode(Int.self, at: 0) })
    var applied: [Int] = []
    for migration in migrations where !done.contains(migration.version) {
      try await connection.execute("BEGIN")
      do {
        try await connection.executeScript(migration.sql, timeout: .seconds(300))
        try await connection.execute("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                     [migration.version, migration.name])
        try await connection.execute("COMMIT")
      } catch {
        if !connection.isBroken { _ = try? await connection.execute("ROLLBACK") }
        throw error
      }
      applied.append(migration.version)
    }
    return applied
  }
}
