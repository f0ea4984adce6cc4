import Foundation
public import MeshPostgres

/// User preferences in PostgreSQL; the bag is JSONB, merged on the server with `||`.
public final class PostgresPreferencesStore: PreferencesStore {
  /// The database.
  public let pool: PostgresPool
  /// The largest accepted bag, as JSON bytes.
  public let maxExtrasBytes: Int

  /// Creates the store over a migrated database.
  /// - Parameters:
  ///   - pool: the database.
  ///   - maxExtrasBytes: the size limit of the bag.
  public init(pool: PostgresPool, maxExtrasBytes: Int = 16 * 1024) {
    self.pool = pool
    self.maxExtrasBytes = maxExtrasBytes
  }

  /// Reads the row, or returns the defaults when the user has none.
  public func preferences(userID: String) async throws -> UserPreferences {
    let result = try await pool.execute("""
      SELECT language, currency, marketing_opt_in, extras::text FROM user_preferences WHERE user_id = $1
      """, [userID], idempotent: true)
    guard let row = result.first else { return UserPreferences(userID: userID) }
    return try decode(userID, row)
  }

  /// Upserts every field after checking the language tag and the currency code.
  public func save(_ preferences: UserPreferences) async throws {
    try validate(preferences)
    try await pool.execute("""
      INSERT INTO user_preferences (user_id, language, currency, marketing_opt_in, extras, updated_at)
      VALUES ($1, $2, $3, $4, $5::jsonb, now())
      ON CONFLICT (user_id) DO UPDATE SET language = EXCLUDED.language, currency = EXCLUDED.currency,
        marketing_opt_in = EXCLUDED.marketing_opt_in, extras = EXCLUDED.extras, updated_at = now()
      """, [preferences.userID, preferences.language, preferences.currency, preferences.marketingOptIn,
            try encode(preferences.extras)], idempotent: true)
  }

  /// Merges with JSONB `||` on the server; refused when the merged bag would pass `maxExtrasBytes`.
  public func mergeExtras(_ extras: [String: PreferenceValue], userID: String) async throws -> UserPreferences {
    try StoreError.check("userID", userID, max: 200)
    let result = try await pool.execute("""
      INSERT INTO user_preferences (user_id, extras) VALUES ($1, $2::jsonb)
      ON CONFLICT (user_id) DO UPDATE SET extras = user_preferences.extras || EXCLUDED.extras, updated_at = now()
      WHERE octet_length((user_preferences.extras || EXCLUDED.extras)::text) <= $3
      RETURNING language, currency, marketing_opt_in, extras::text
      """, [userID, try encode(extras), maxExtrasBytes], idempotent: true)
    guard let row = result.first else {
      throw StoreError.valueTooLarge(field: "extras", size: maxExtrasBytes + 1, limit: maxExtrasBytes)
    }
    return try decode(userID, row)
  }

  /// Deletes the user's row.
  public func delete(userID: String) async throws -> Bool {
    try await pool.execute("DELETE FROM user_preferences WHERE user_id = $1", [userID], idempotent: true).affectedRows == 1
  }

  private func validate(_ preferences: UserPreferences) throws {
    try StoreError.check("userID", preferences.userID, max: 200)
    try StoreError.check("language", preferences.language, max: 35)
    guard preferences.currency.count == 3, preferences.currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      throw StoreError.invalidValue(field: "currency", reason: "\"\(preferences.currency)\" is not an ISO 4217 code")
    }
  }

  private func encode(_ extras: [String: PreferenceValue]) throws -> String {
    let json = String(decoding: try JSONEncoder().encode(extras), as: UTF8.self)
    guard json.utf8.count <= maxExtrasBytes else {
      throw StoreError.valueTooLarge(field: "extras", size: json.utf8.count, limit: maxExtrasBytes)
    }
    return json
  }

  private func decode(_ userID: String, _ row: PostgresRow) throws -> UserPreferences {
    let extras = try JSONDecoder().decode([String: PreferenceValue].self, from: Data(try row.decode(String.self, at: 3).utf8))
    return UserPreferences(userID: userID, language: try row.decode(String.self, at: 0), currency: try row.decode(String.self, at: 1),
                           marketingOptIn: try row.decode(Bool.self, at: 2), extras: extras)
  }
}
