import Foundation
import MeshCrypto
public import MeshPostgres

/// Sessions in PostgreSQL; expiry is checked by the server's clock in every read. The table keeps a
/// hash of each session id, never the id itself, so a leaked table or backup holds no live tokens.
public final class PostgresSessionStore: SessionStore {
  /// The database.
  public let pool: PostgresPool
  /// The largest accepted session data, as JSON bytes.
  public let maxDataBytes: Int

  /// Creates the store over a migrated database.
  /// - Parameters:
  ///   - pool: the database.
  ///   - maxDataBytes: the size limit of a session's data.
  public init(pool: PostgresPool, maxDataBytes: Int = 8 * 1024) {
    self.pool = pool
    self.maxDataBytes = maxDataBytes
  }

  /// Creates a session with a 256-bit random id.
  public func create(userID: String, ttl: Duration, data: [String: String] = [:]) async throws -> Session {
    try StoreError.check("userID", userID, max: 200)
    let id = SecureRandom.bytes(count: 32).hex
    let json = try encode(data)
    let row = try await pool.execute("""
      INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3::jsonb, now() + make_interval(secs => $4::float8))
      RETURNING expires_at
      """, [Self.storedID(id), userID, json, ttl.seconds]).first
    guard let row else { throw PostgresError.connectionLost("insert returned no row") }
    return Session(id: id, userID: userID, data: data, expiresAt: try row.decode(Date.self, at: 0))
  }

  /// The session if it has not expired by the server clock.
  public func get(_ id: String) async throws -> Session? {
    let result = try await pool.execute(
      "SELECT user_id, data::text, expires_at FROM sessions WHERE id = $1 AND expires_at > now()", [Self.storedID(id)], idempotent: true)
    return try result.first.map { try session(id, $0) }
  }

  /// Slides the expiry of a live session.
  public func touch(_ id: String, ttl: Duration) async throws -> Session? {
    let result = try await pool.execute("""
      UPDATE sessions SET expires_at = now() + make_interval(secs => $2::float8)
      WHERE id = $1 AND expires_at > now() RETURNING user_id, data::text, expires_at
      """, [Self.storedID(id), ttl.seconds], idempotent: true)
    return try result.first.map { try session(id, $0) }
  }

  /// Replaces a live session's data; returns nil when it had expired.
  /// - Parameters:
  ///   - id: the session id.
  ///   - data: the new values.
  public func update(_ id: String, data: [String: String]) async throws -> Session? {
    let result = try await pool.execute("""
      UPDATE sessions SET data = $2::jsonb WHERE id = $1 AND expires_at > now() RETURNING user_id, data::text, expires_at
      """, [Self.storedID(id), try encode(data)], idempotent: true)
    return try result.first.map { try session(id, $0) }
  }

  /// Deletes the session.
  public func delete(_ id: String) async throws -> Bool {
    try await pool.execute("DELETE FROM sessions WHERE id = $1", [Self.storedID(id)], idempotent: true).affectedRows == 1
  }

  /// Deletes every session of a user; returns how many.
  /// - Parameter userID: the user.
  public func deleteAll(userID: String) async throws -> Int {
    try await pool.execute("DELETE FROM sessions WHERE user_id = $1", [userID], idempotent: true).affectedRows
  }

  /// Deletes every expired session.
  public func purgeExpired() async throws -> Int {
    try await pool.execute("DELETE FROM sessions WHERE expires_at <= now()", idempotent: true).affectedRows
  }

  private func encode(_ data: [String: String]) throws -> String {
    let json = String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    guard json.utf8.count <= maxDataBytes else {
      throw StoreError.valueTooLarge(field: "session data", size: json.utf8.count, limit: maxDataBytes)
    }
    return json
  }

  private func session(_ id: String, _ row: PostgresRow) throws -> Session {
    let json = try row.decode(String.self, at: 1)
    let data = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    return Session(id: id, userID: try row.decode(String.self, at: 0), data: data, expiresAt: try row.decode(Date.self, at: 2))
  }
}

extension PostgresSessionStore {
  /// The table's key for a session id: HMAC-SHA-256 under a fixed label, as hex (a keyed hash is all
  /// MeshCrypto offers; the id is 256 random bits, so no secret key is needed against guessing).
  static func storedID(_ id: String) -> String {
    HMAC.sha256(key: Array("mesh-session-id-v1".utf8), message: Array(id.utf8)).hex
  }
}

extension Array where Element == UInt8 {
  fileprivate var hex: String {
    map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
  }
}
