import Foundation
public import MeshPostgres

/// The schema of every store: the versioned `.sql` files of `Migrations/`, shipped as a resource.
public enum StoreMigrations {
  /// A migrator over the bundled migration files.
  public static func migrator() throws -> PostgresMigrator {
    guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil) else {
      throw PostgresError.invalidArgument("the Migrations resource folder is missing from the bundle")
    }
    return try PostgresMigrator.load(from: folder)
  }

  /// Brings the database behind `pool` to the newest schema.
  /// - Parameter pool: the database.
  /// - Returns: the versions applied now.
  @discardableResult
  public static func migrate(_ pool: PostgresPool) async throws -> [Int] {
    try await migrator().migrate(pool)
  }
}
